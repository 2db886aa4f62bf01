//! A quoted cell never closed: one error naming where it starts.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_unbalanced_quote.csv")]
    pub enum Codes: u16 {}
}

fn main() {}
