//! A string table reserving a number.

codetable::define_codes! {
    /// Codes.
    #[reserved(5)]
    pub enum Code: str {
        A = "A" => "A.",
    }
}

fn main() {}
