//! `url` given twice.

codetable::define_codes! {
    /// Codes.
    #[codes(url = "https://example.com/a/{value}", url = "https://example.com/b/{value}")]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
