//! A floating-point value.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1.5 => "Codes are integers.",
    }
}

fn main() {}
