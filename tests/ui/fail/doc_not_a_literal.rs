//! A doc attribute whose value is not a string literal.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        #[doc = concat!("a", "b")]
        A = 1 => "A.",
    }
}

fn main() {}
