//! A value that is a constant, not a literal.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = LIMIT => "A constant is not evaluated.",
    }
}

fn main() {}
