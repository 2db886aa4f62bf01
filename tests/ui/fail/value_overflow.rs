//! An expression whose result does not fit the table's type.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        BIG = 0x7FFF_FFFF => "The largest.",
        PAST = BIG + 1 => "Overflows.",
    }
}

fn main() {}
