//! Zero and prefixed literals with leading zeros are fine; only a decimal with a leading
//! zero is refused (fail/value_leading_zero).

codetable::define_codes! {
    /// Codes.
    pub enum Code: i16 {
        ZERO = 0 => "Zero.",
        HEX = 0x0010 => "Sixteen.",
        OCTAL = 0o10 => "Eight.",
        BINARY = 0b0000_0011 => "Three.",
        NEGATIVE_HEX = -0x007 => "Minus seven.",
        #[alias]
        ZERO_HEX = 0x00 => "Zero, in hex.",
    }
}

fn main() {
    assert_eq!(Code::ZERO.value(), 0);
    assert_eq!(Code::HEX.value(), 16);
    assert_eq!(Code::OCTAL.value(), 8);
    assert_eq!(Code::BINARY.value(), 3);
    assert_eq!(Code::NEGATIVE_HEX.value(), -7);
    assert_eq!(Code::ZERO_HEX, Code::ZERO);
    assert_eq!(Code::from_value(0o10), Some(Code::OCTAL));
}
