//! A value type that is not an integer type.

codetable::define_codes! {
    /// Codes.
    pub enum Code: f32 {
        A = 1 => "A.",
    }
}

fn main() {}
