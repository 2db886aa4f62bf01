//! `#[alias]` with a string value no earlier entry has.

codetable::define_codes! {
    /// Codes.
    pub enum SqlState: str {
        UNIQUE_VIOLATION = "23505" => "unique_violation",
        #[alias]
        OTHER = "23506",
    }
}

fn main() {}
