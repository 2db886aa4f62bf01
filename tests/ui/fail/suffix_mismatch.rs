//! A literal suffix that does not match the table's type.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1u8 => "The suffix says u8, the table says i32.",
    }
}

fn main() {}
