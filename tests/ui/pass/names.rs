//! Raw identifiers and keywords written raw; names once used by the expansion; the
//! case-insensitive lookup. (Two names equal ignoring ASCII case are an error:
//! fail/names_differ_in_case.)
#![allow(non_upper_case_globals)]

codetable::define_codes! {
    /// Codes.
    pub enum Names: i32 {
        r#type = 1 => "A keyword, written raw.",
        r#match = 2 => "Another.",
        Error = 3 => "Mixed case.",
        r#Self_ = 6 => "Raw but not a keyword.",
        #[alias]
        r#loop = 2 => "An alias, written raw.",
        __CODETABLE_DATA = 7 => "Not reserved: the table's data lives off the enum.",
        ALL = 8 => "Not reserved: the codes are `all()`.",
    }
}

fn main() {
    assert_eq!(Names::ALL.value(), 8);
    assert_eq!(Names::all().len(), 6);
    assert_eq!(Names::r#type.name(), "type");
    assert_eq!(Names::from_name("type"), Some(Names::r#type));
    assert_eq!(Names::from_name("r#type"), None);
    assert_eq!(Names::from_name("Error"), Some(Names::Error));
    assert_eq!(Names::from_name("ERROR"), None);
    assert_eq!(
        Names::from_name_ignore_ascii_case("ERROR"),
        Some(Names::Error)
    );
    assert_eq!(
        Names::from_name_ignore_ascii_case("TYPE"),
        Some(Names::r#type)
    );
    assert_eq!(
        Names::from_name_ignore_ascii_case("Loop"),
        Some(Names::r#match)
    );
    assert_eq!(Names::from_name("loop"), Some(Names::r#match));
    assert_eq!(Names::ALIASES[0].name(), "loop");
    assert_eq!(Names::from_value(6).map(Names::name), Some("Self_"));
    assert_eq!(Names::__CODETABLE_DATA.value(), 7);
}
