//! Two rows of a data file with one value: the message names both lines.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_duplicate_value.csv")]
    pub enum Codes: u16 {}
}

fn main() {}
