//! A cell that does not lex as Rust tokens.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_cell_tokens.csv")]
    pub enum Codes: u16 {}
}

fn main() {}
