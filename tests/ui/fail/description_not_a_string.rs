//! A description that is not a string literal.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 => 42,
    }
}

fn main() {}
