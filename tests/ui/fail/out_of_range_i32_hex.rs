//! A hex value that would wrap in C does not fit an i32 here.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        HIGH_BIT = 0x8000_0000 => "2^31 does not fit an i32.",
    }
}

fn main() {}
