//! A table left without variants (after an error) is emitted bare, without the user's
//! derives and their helpers, which could not apply to it: one error, no follow-on.

codetable::define_codes! {
    /// Codes.
    #[derive(serde_repr::Serialize_repr)]
    #[serde(rename_all = "lowercase")]
    pub enum Code: i32 {}
}

fn main() {}
