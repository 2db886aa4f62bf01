//! Name cells that are not names: a keyword (the message of Rust's) and two words.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_cell_not_a_name.tsv")]
    pub enum Codes: u16 {}
}

fn main() {}
