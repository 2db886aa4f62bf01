//! A `where` clause after the value type.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 where {
        A = 1 => "A.",
    }
}

fn main() {}
