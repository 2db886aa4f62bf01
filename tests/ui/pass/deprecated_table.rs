//! A whole table marked `#[deprecated]`: declaring it is silent under `deny(deprecated)`;
//! only the user's own uses of it would warn.
#![deny(deprecated)]

codetable::define_codes! {
    /// The codes of a retired protocol.
    #[deprecated(note = "use the v2 codes")]
    pub enum Retired: i32 {
        OLD = 1 => "An old code.",
        #[deprecated]
        OLDER = 2 => "An even older code.",
    }
}

#[allow(deprecated)]
fn main() {
    assert_eq!(Retired::from_value(2), Some(Retired::OLDER));
    assert_eq!(Retired::OLD.name(), "OLD");
}
