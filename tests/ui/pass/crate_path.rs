//! `#[codes(crate = ...)]` for crates that reach codetable through a re-export.
pub mod support {
    pub use ::codetable as reexported;
}

// Stands where `::codetable` would be if the user crate did not depend on it directly.
support::reexported::define_codes! {
    /// Codes.
    #[codes(crate = crate::support::reexported)]
    pub enum Code: u16 {
        A = 1 => "One.",
    }
}

fn main() {
    assert_eq!(<Code as support::reexported::Code>::TABLE, "Code");
    assert_eq!(Code::A.value(), 1);
}
