//! A URL template with a space, which no URL has (and which `{:#}` would show).

codetable::define_codes! {
    /// Codes.
    #[codes(url = "https://example.com/my errors#{anchor}")]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
