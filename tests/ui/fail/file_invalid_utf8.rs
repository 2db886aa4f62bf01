//! A file that is not UTF-8.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_invalid_utf8.csv")]
    pub enum Codes: u16 {}
}

fn main() {}
