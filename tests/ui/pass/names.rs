//! Raw identifiers, keywords written raw, and names that differ only in case.
#![allow(non_upper_case_globals)]

codetable::define_codes! {
    /// Codes.
    pub enum Names: i32 {
        r#type = 1 => "A keyword, written raw.",
        r#match = 2 => "Another.",
        Error = 3 => "Mixed case.",
        ERROR = 4 => "Upper case.",
        error = 5 => "Lower case.",
        r#Self_ = 6 => "Raw but not a keyword.",
    }
}

fn main() {
    assert_eq!(Names::r#type.name(), "type");
    assert_eq!(Names::from_name("type"), Some(Names::r#type));
    assert_eq!(Names::from_name("r#type"), None);
    assert_eq!(Names::from_name("ERROR"), Some(Names::ERROR));
    assert_eq!(Names::from_name("error"), Some(Names::error));
    assert_eq!(Names::from_name("Error"), Some(Names::Error));
    assert_eq!(Names::from_value(6).map(Names::name), Some("Self_"));
}
