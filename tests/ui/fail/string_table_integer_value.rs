//! An integer value in a string table: one error that says the table has string values.

codetable::define_codes! {
    /// Codes.
    pub enum SqlState: str {
        UNIQUE_VIOLATION = 23505 => "unique_violation",
        UNDEFINED_TABLE = "42P01" => "undefined_table",
    }
}

fn main() {}
