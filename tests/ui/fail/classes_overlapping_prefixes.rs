//! Two prefixes, one of which starts the other.

codetable::define_codes! {
    /// SQLSTATE codes.
    #[classes(Integrity = "23" => "Integrity constraint violation.", Unique = "235" => "Unique.")]
    pub enum SqlState: str {
        UNIQUE_VIOLATION = "23505" => "unique_violation",
    }
}

fn main() {}
