//! A string table classes its values by prefix, not by range.

codetable::define_codes! {
    /// SQLSTATE codes.
    #[classes(Integrity = 23000..24000 => "Integrity constraint violation.")]
    pub enum SqlState: str {
        UNIQUE_VIOLATION = "23505" => "unique_violation",
    }
}

fn main() {}
