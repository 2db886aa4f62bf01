//! With `std::error::Error` imported, `Display` still prints the table's description, not
//! the deprecated `Error::description`.
use std::error::Error;

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        NOT_FOUND = 404 => "Not Found",
        GONE => "Gone",
    }
}

fn main() {
    assert_eq!(Code::NOT_FOUND.to_string(), "Not Found");
    assert_eq!(format!("{:#}", Code::NOT_FOUND), "NOT_FOUND (404): Not Found");
    assert_eq!(format!("{:#}", Code::GONE), "GONE: Gone");
    assert_eq!(format!("{:?}", Code::GONE), "GONE");
    let error: &dyn Error = &Code::NOT_FOUND;
    assert!(error.source().is_none());
}
