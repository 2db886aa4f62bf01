//! A URL template with a `}` that closes nothing.

codetable::define_codes! {
    /// Codes.
    #[codes(url = "https://example.com/errors/value}")]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
