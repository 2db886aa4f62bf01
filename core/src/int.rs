//! Integer values as text: the one reader of every integer table (`FromStr`, serde's
//! human-readable formats, [`Table::parse_value`](crate::Table::parse_value)) and the hex
//! writer of tables declared `#[codes(hex)]`.
//!
//! Reading, for a type of `bits` bits:
//! - decimal, with an optional `+` or (for a signed type) `-`: the number, if the type holds
//!   it (`"-5"`, `"+200"`, `"007"`);
//! - `0x` or `0X` and hex digits (either case): the bit pattern of the type, if it fits in
//!   its width, so that what a hex table prints reads back (`"0x80070005"` is
//!   -2147024891 for an `i32`, 2147942405 for a `u32` or an `i64`; `"0xFFFFFFFF"` is -1 for
//!   an `i32`, and too wide for an `i16`);
//! - `-0x` and hex digits (a signed type only): the negative number of that magnitude, if the
//!   type holds it (`"-0x80"` is -128 for an `i8`).
//!
//! Nothing else: no spaces, no `_`, no other prefix.

use crate::Value;
use core::fmt;

/// The width in bits and the signedness of integer type `type_name` (`"i8"` to `"u64"`,
/// `"isize"`, `"usize"`: C's types are aliases of these).
pub(crate) fn shape(type_name: &str) -> Option<(u32, bool)> {
    Some(match type_name {
        "isize" => (usize::BITS, true),
        "usize" => (usize::BITS, false),
        "i8" => (8, true),
        "i16" => (16, true),
        "i32" => (32, true),
        "i64" => (64, true),
        "u8" => (8, false),
        "u16" => (16, false),
        "u32" => (32, false),
        "u64" => (64, false),
        _ => return None,
    })
}

/// `text` as a value of an integer type of `bits` bits (at most 64), signed or not: see
/// the [module docs](self).
pub(crate) fn parse(text: &str, bits: u32, signed: bool) -> Option<i128> {
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' if signed => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (digits, radix) = match rest.get(..2) {
        Some("0x" | "0X") => (&rest[2..], 16),
        _ => (rest, 10),
    };
    if digits.is_empty() || !digits.bytes().all(|b| char::from(b).is_digit(radix)) {
        return None;
    }
    let magnitude = i128::try_from(u128::from_str_radix(digits, radix).ok()?).ok()?;
    let (min, max) = if signed {
        (-(1_i128 << (bits - 1)), (1_i128 << (bits - 1)) - 1)
    } else {
        (0, (1_i128 << bits) - 1)
    };
    let value = if negative {
        -magnitude
    } else if radix == 16 && magnitude < (1_i128 << bits) {
        // The bit pattern: a signed type's top bit is its sign.
        if magnitude > max {
            magnitude - (1_i128 << bits)
        } else {
            magnitude
        }
    } else {
        magnitude
    };
    (min..=max).contains(&value).then_some(value)
}

/// A value as its table writes it: an integer of a hex table as `0x` and the hex digits of
/// its bit pattern, as many as the type's width takes (`0x80070005` for the `i32`
/// -2147024891, `0x05` for the `u8` 5); any other value as [`Value`]'s `Display` writes it.
/// Padded as a whole, as `str` is.
#[derive(Clone, Copy, Debug)]
pub struct ValueText<'a> {
    value: Value<'a>,
    /// The type's width in bits, when the value is written in hex.
    hex_bits: Option<u32>,
}

impl<'a> ValueText<'a> {
    /// `value` of a table of type `type_name`, in hex when `hex` (and the type is an integer
    /// type).
    pub(crate) fn new(value: Value<'a>, type_name: &str, hex: bool) -> Self {
        let hex_bits = shape(type_name).filter(|_| hex).map(|(bits, _)| bits);
        Self { value, hex_bits }
    }
}

impl fmt::Display for ValueText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.value, self.hex_bits) {
            (Value::Int(value), Some(bits)) => crate::fmt::pad(f, |out| {
                // The bit pattern of the type: two's complement, cut to its width.
                #[allow(clippy::cast_sign_loss)]
                let pattern = value as u128 & ((1_u128 << bits) - 1);
                let digits = (bits / 4) as usize;
                write!(out, "0x{pattern:0digits$X}")
            }),
            (value, _) => fmt::Display::fmt(&value, f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_is_range_checked() {
        assert_eq!(parse("0", 8, false), Some(0));
        assert_eq!(parse("255", 8, false), Some(255));
        assert_eq!(parse("+255", 8, false), Some(255));
        assert_eq!(parse("007", 8, false), Some(7));
        assert_eq!(parse("256", 8, false), None);
        assert_eq!(parse("-1", 8, false), None);
        assert_eq!(parse("-0", 8, false), None);
        assert_eq!(parse("-128", 8, true), Some(-128));
        assert_eq!(parse("-129", 8, true), None);
        assert_eq!(parse("127", 8, true), Some(127));
        assert_eq!(parse("128", 8, true), None);
        assert_eq!(parse("-2147024891", 32, true), Some(-2_147_024_891));
        assert_eq!(
            parse("18446744073709551615", 64, false),
            Some(u64::MAX.into())
        );
        assert_eq!(parse("18446744073709551616", 64, false), None);
        assert_eq!(
            parse("-9223372036854775808", 64, true),
            Some(i64::MIN.into())
        );
        assert_eq!(
            parse("99999999999999999999999999999999999999999", 64, true),
            None
        );
    }

    #[test]
    fn hex_is_the_bit_pattern() {
        assert_eq!(parse("0x80070005", 32, true), Some(-2_147_024_891));
        assert_eq!(parse("0X80070005", 32, false), Some(0x8007_0005));
        assert_eq!(parse("0x80070005", 64, true), Some(0x8007_0005));
        assert_eq!(parse("0xffffffff", 32, true), Some(-1));
        assert_eq!(parse("0xFFFF", 16, true), Some(-1));
        assert_eq!(parse("0x1FFFF", 16, true), None);
        assert_eq!(parse("0x7F", 8, true), Some(127));
        assert_eq!(parse("0x80", 8, true), Some(-128));
        assert_eq!(parse("0x0000000005", 8, false), Some(5));
        assert_eq!(
            parse("0xFFFFFFFFFFFFFFFF", 64, false),
            Some(u64::MAX.into())
        );
        assert_eq!(parse("0xFFFFFFFFFFFFFFFF", 64, true), Some(-1));
        assert_eq!(parse("+0x80", 8, true), Some(-128));
    }

    #[test]
    fn minus_hex_is_a_magnitude() {
        assert_eq!(parse("-0x80", 8, true), Some(-128));
        assert_eq!(parse("-0x81", 8, true), None);
        assert_eq!(parse("-0x7FF8FFFB", 32, true), Some(-2_147_024_891));
        assert_eq!(parse("-0x1", 8, false), None);
    }

    #[test]
    fn anything_else_is_no_number() {
        for text in [
            "", "-", "+", "0x", "-0x", "0x+5", "0x-5", "x5", "5 ", " 5", "1_000", "0b1", "0o7",
            "--1", "+-1", "0xG", "٣", "0x٣",
        ] {
            assert_eq!(parse(text, 32, true), None, "{text:?}");
        }
    }

    #[test]
    fn hex_text_has_the_width_of_the_type() {
        extern crate alloc;
        use alloc::format;
        let hex =
            |value: i128, ty: &str| format!("{}", ValueText::new(Value::Int(value), ty, true));
        assert_eq!(hex(-2_147_024_891, "i32"), "0x80070005");
        assert_eq!(hex(-1, "i32"), "0xFFFFFFFF");
        assert_eq!(hex(5, "u8"), "0x05");
        assert_eq!(hex(-1, "i8"), "0xFF");
        assert_eq!(hex(0, "u16"), "0x0000");
        assert_eq!(hex(i64::MIN.into(), "i64"), "0x8000000000000000");
        assert_eq!(hex(u64::MAX.into(), "u64"), "0xFFFFFFFFFFFFFFFF");
        let padded = format!("[{:>12}]", ValueText::new(Value::Int(5), "u8", true));
        assert_eq!(padded, "[        0x05]");
        let decimal = ValueText::new(Value::Int(-5), "i32", false);
        assert_eq!(format!("{decimal}"), "-5");
        let string = ValueText::new(Value::Str("42P01"), "str", true);
        assert_eq!(format!("{string}"), "42P01");
        // Every value prints as text that reads back.
        for (value, bits, signed, ty) in [(-2_147_024_891, 32, true, "i32"), (200, 8, false, "u8")]
        {
            assert_eq!(parse(&hex(value, ty), bits, signed), Some(value));
        }
    }
}
