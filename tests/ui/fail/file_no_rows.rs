//! A file of a header row only, and no entries in Rust: the table is empty.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_no_rows.csv")]
    pub enum Codes: u16 {}
}

fn main() {}
