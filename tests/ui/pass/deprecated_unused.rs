//! Declaring deprecated entries without naming them is fine under `deny(deprecated)`: the
//! generated code does not trigger the warning.
#![deny(deprecated)]

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        NEW = 1 => "The new code.",
        #[deprecated(note = "use NEW")]
        OLD = 2 => "The old code.",
        #[deprecated]
        OLDER = 3 => "The older code.",
        #[deprecated(note = "use NEW")]
        ANCIENT = NEW,
    }
}

fn main() {
    let old = Code::from_value(2).unwrap();
    assert!(old.is_deprecated());
    assert_eq!(old.name(), "OLD");
    assert_eq!(Code::all().len(), 3);
    assert!(Code::ALIASES[0].is_deprecated());
    assert_eq!(Code::from_name("ANCIENT"), Some(Code::NEW));
}
