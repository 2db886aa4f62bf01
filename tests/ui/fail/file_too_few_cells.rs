//! A row with fewer cells than the header.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_too_few_cells.csv")]
    pub enum Codes: u16 {}
}

fn main() {}
