//! `hex` on a table of strings.

codetable::define_codes! {
    /// Codes.
    #[codes(hex, len = 5)]
    pub enum SqlState: str {
        UNIQUE_VIOLATION = "23505" => "unique_violation",
    }
}

fn main() {}
