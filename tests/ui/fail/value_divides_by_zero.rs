//! An expression that divides by zero.

codetable::define_codes! {
    /// Codes.
    pub enum Code: u8 {
        HALF = 10 / (2 - 2) => "Divides by zero.",
    }
}

fn main() {}
