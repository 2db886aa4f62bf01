//! A row that `reserved(...)` picks out reserves its value: an entry written in Rust with that
//! value fails, naming the row.
codetable::define_codes! {
    #[file(
        "../../../../tests/ui/data/file_reserved_row_taken.csv",
        name = upper_snake("Description"),
        skip(description = "Unassigned"),
        reserved(description = "(Unused)"),
    )]
    pub enum Status: u16 {
        SWITCH_PROXY = 306 => "No longer used.",
    }
}

fn main() {}
