//! A table with a URL template has the method `url`: no entry or column may take its name.

codetable::define_codes! {
    /// Codes.
    #[codes(url = "https://example.com/errors#{anchor}")]
    pub enum Code: i32 {
        A = 1 => "A.",
        url = 2 => "B.",
    }
}

fn main() {}
