//! A value that breaks the declared length is an error on that value.

codetable::define_codes! {
    /// Codes.
    #[codes(len = 5)]
    pub enum SqlState: str {
        UNIQUE_VIOLATION = "23505" => "unique_violation",
        TOO_LONG = "235050" => "one character too many",
    }
}

fn main() {}
