//! A blank description cell in a table that does not opt in: Rust's message, with the cell's place.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_empty_description.csv")]
    pub enum Codes: u16 {}
}

fn main() {}
