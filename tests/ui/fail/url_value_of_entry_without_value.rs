//! A template with `{value}`, and an entry declared without a value.

codetable::define_codes! {
    /// Codes.
    #[codes(url = "https://example.com/errors/{value}")]
    pub enum Code: i32 {
        A = 1 => "A.",
        B = _ => "B.",
    }
}

fn main() {}
