//! A file that does not exist.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_not_found.csv")]
    pub enum Codes: u16 {}
}

fn main() {}
