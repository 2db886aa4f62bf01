//! `#[classes(from_file)]` on a table whose file format declares no classes (CSV): one
//! error on `from_file`, and the table gets no classes (no error for `cover`).
codetable::define_codes! {
    /// Codes.
    #[classes(cover, from_file)]
    #[file("../../../../tests/ui/data/codes.csv", name = "Name", value = "Code")]
    pub enum Status: u16 {}
}

fn main() {}
