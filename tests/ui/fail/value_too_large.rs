//! A literal too large for any integer type.

codetable::define_codes! {
    /// Codes.
    pub enum Code: u64 {
        HUGE = 340_282_366_920_938_463_463_374_607_431_768_211_456 => "2^128.",
    }
}

fn main() {}
