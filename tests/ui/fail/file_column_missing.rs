//! A row whose cell of a column without a default is empty.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_column_missing.csv")]
    #[columns(http: u16)]
    pub enum Codes: u16 {}
}

fn main() {}
