//! With `std::error::Error` imported, `description()` is still the table's description, not
//! the deprecated `Error::description`, and `Display` prints the code with it.
use std::error::Error;

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        NOT_FOUND = 404 => "Not Found",
        GONE = _ => "Gone",
    }
}

fn main() {
    assert_eq!(Code::NOT_FOUND.description(), "Not Found");
    assert_eq!(Code::NOT_FOUND.to_string(), "NOT_FOUND (404): Not Found");
    assert_eq!(Code::GONE.to_string(), "GONE: Gone");
    assert_eq!(
        format!("{:#}", Code::NOT_FOUND),
        "Code::NOT_FOUND (404): Not Found"
    );
    assert_eq!(format!("{:#}", Code::GONE), "Code::GONE: Gone");
    assert_eq!(format!("{:?}", Code::GONE), "GONE");
    let error: &dyn Error = &Code::NOT_FOUND;
    assert!(error.source().is_none());
    assert_eq!(error.to_string(), "NOT_FOUND (404): Not Found");
}
