//! A value out of the range of the table's type.

codetable::define_codes! {
    /// Codes.
    pub enum Code: u8 {
        BIG = 256 => "Does not fit a u8.",
    }
}

fn main() {}
