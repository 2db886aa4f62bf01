//! A row that names its original and gives a value.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_alias_and_value.csv")]
    pub enum Codes: u16 {}
}

fn main() {}
