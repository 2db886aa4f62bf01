//! A length that is not a positive integer.

codetable::define_codes! {
    /// Codes.
    #[codes(len = 0)]
    pub enum SqlState: str {
        UNIQUE_VIOLATION = "23505" => "unique_violation",
    }
}

fn main() {}
