//! A URL template with a placeholder that is not `{name}`, `{value}` or `{anchor}`.

codetable::define_codes! {
    /// Codes.
    #[codes(url = "https://example.com/errors/{code}")]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
