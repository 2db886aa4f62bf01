//! `#[codes(optional_descriptions)]`: entries without a description, in Rust and in a
//! file without a description column; `description()` is `""` and Display shows
//! `NAME (value)` alone.
#![deny(warnings, missing_docs)]

codetable::define_codes! {
    /// Some codes have no description.
    #[codes(optional_descriptions)]
    pub enum Sparse: u8 {
        WITH = 1 => "Has one.",
        WITHOUT = 2,
    }

    /// A file of names and values only.
    #[codes(optional_descriptions)]
    #[file("../../../../tests/ui/data/names_only.csv")]
    pub enum NamesOnly: u16 {}
}

fn main() {
    assert_eq!(Sparse::WITHOUT.description(), "");
    assert_eq!(Sparse::WITHOUT.to_string(), "WITHOUT (2)");
    assert_eq!(Sparse::WITH.to_string(), "WITH (1): Has one.");
    assert_eq!(NamesOnly::all().len(), 2);
    assert_eq!(NamesOnly::IOERR_READ.value(), 10 | (1 << 8));
    assert_eq!(NamesOnly::IOERR_READ.description(), "");
}
