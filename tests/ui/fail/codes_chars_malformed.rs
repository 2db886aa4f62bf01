//! A `chars` range written backwards.

codetable::define_codes! {
    /// Codes.
    #[codes(chars = "Z-A")]
    pub enum SqlState: str {
        UNIQUE_VIOLATION = "23505" => "unique_violation",
    }
}

fn main() {}
