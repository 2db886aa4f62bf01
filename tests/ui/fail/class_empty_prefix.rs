//! An empty prefix would put every value in the class.

codetable::define_codes! {
    /// SQLSTATE codes.
    #[classes(Everything = "" => "Every code.")]
    pub enum SqlState: str {
        UNIQUE_VIOLATION = "23505" => "unique_violation",
    }
}

fn main() {}
