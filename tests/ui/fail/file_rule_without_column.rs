//! A `skip(...)` rule that reads a column the file does not have.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_rule_without_column.csv", skip(details = "x"))]
    pub enum Status: u16 {}
}

fn main() {}
