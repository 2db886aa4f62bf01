//! A cast to a type that is not an integer type.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        HALF = 1 as f32 => "Not an integer type.",
    }
}

fn main() {}
