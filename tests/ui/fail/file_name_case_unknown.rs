//! A case for names that the macro does not know.
codetable::define_codes! {
    #[file(
        "../../../../tests/ui/data/file_rule_without_column.csv",
        name = lower_kebab("Description"),
    )]
    pub enum Status: u16 {}
}

fn main() {}
