//! Inside `#[cfg_attr(...)]` too, a derive of a trait the macro implements is an error at
//! that trait, whatever the predicate.

codetable::define_codes! {
    /// Codes.
    #[cfg_attr(any(), derive(serde::Serialize, Clone))]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
