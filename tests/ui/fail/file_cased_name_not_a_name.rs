//! A name made of a description by `upper_snake(...)` that is not an identifier: the message
//! shows the cell as written.
codetable::define_codes! {
    #[file(
        "../../../../tests/ui/data/file_cased_name_not_a_name.csv",
        name = upper_snake("Description"),
    )]
    pub enum Status: u16 {}
}

fn main() {}
