//! `check` reads an integer return value: a string table cannot have it.

codetable::define_codes! {
    /// Codes.
    #[codes(check = nonzero)]
    pub enum Code: str {
        A = "a" => "A.",
    }
}

fn main() {}
