//! An option of #[file] that does not exist.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_option_unknown.csv", title = "Name")]
    pub enum Codes: u16 {}
}

fn main() {}
