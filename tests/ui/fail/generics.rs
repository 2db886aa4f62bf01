//! A table with generic parameters.

codetable::define_codes! {
    /// Codes.
    pub enum Code<T>: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
