//! A value that is an expression.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 << 4 => "Expressions are not evaluated.",
    }
}

fn main() {}
