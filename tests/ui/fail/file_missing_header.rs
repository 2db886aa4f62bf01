//! A header the table needs (description) is not in the file.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_missing_header.csv", value = "code")]
    pub enum Codes: u16 {}
}

fn main() {}
