//! A value cell that is not a value: the same message as in Rust, with the cell's place.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_bad_cell_value.csv")]
    pub enum Codes: u16 {}
}

fn main() {}
