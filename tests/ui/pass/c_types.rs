//! C's integer types as value types, as every C API and -sys crate spells them, and `isize`
//! and `usize`: the enum has the C type's layout on each target.
#![deny(improper_ctypes_definitions)]

use std::os::raw::c_long;

codetable::define_codes! {
    /// curl's results, typed as `CURLcode` is: a C `int`.
    pub enum CurlCode: c_int {
        CURLE_OK = 0 => "All fine.",
        CURLE_UNSUPPORTED_PROTOCOL = 1 => "The URL used a protocol curl does not support.",
        CURLE_FAILED_INIT = 2 => "Early initialization failed.",
        CURLE_NEGATIVE = -1 => "A negative value.",
        CURLE_LAST = CURLE_FAILED_INIT + 1 => "Never returned.",
    }

    /// Every other C type, one entry each with its extreme value where all targets agree.
    pub enum UInt: c_uint { MAX = 0xFFFF_FFFF => "c_uint's largest on most targets." }
    /// A path names a C type too.
    pub enum Long: core::ffi::c_long { BIG = 1 << 40 => "Needs a 64-bit c_long." , NO = _ => "No value." }
    /// Through `std::os::raw`.
    pub enum ULong: std::os::raw::c_ulong { MAX = u64::MAX => "c_ulong's largest on 64-bit Unix." }
    /// `c_char`: 0..=127, the same signed or not.
    pub enum Char: c_char { NUL = 0 => "Nothing.", DEL = 127 => "Delete." }
    /// Signed char.
    pub enum SChar: c_schar { MIN = -128 => "The smallest." }
    /// Unsigned char.
    pub enum UChar: c_uchar { MAX = 255 => "The largest." }
    /// Short.
    pub enum Short: c_short { MIN = i16::MIN => "The smallest." }
    /// Unsigned short.
    pub enum UShort: c_ushort { MAX = 0xFFFF => "The largest." }
    /// Long long.
    pub enum LongLong: c_longlong { MIN = i64::MIN => "The smallest.", OTHER = _ => "None." }
    /// Unsigned long long.
    pub enum ULongLong: c_ulonglong { MAX = u64::MAX => "The largest." }
    /// Pointer-sized.
    pub enum Size: usize { BIG = 1 << 33 => "Needs 64 bits.", SMALL = 3 => "Small." }
    /// Pointer-sized, signed.
    pub enum Offset: isize { BACK = -8 => "Back.", FORTH = 8 => "Forth." }
}

/// Returning a code to C: the enum is a C `int`.
pub extern "C" fn last_result() -> CurlCode {
    CurlCode::CURLE_FAILED_INIT
}

fn main() {
    let value: std::os::raw::c_int = CurlCode::CURLE_LAST as std::os::raw::c_int;
    assert_eq!(value, 3);
    assert_eq!(CurlCode::from_value(-1), Some(CurlCode::CURLE_NEGATIVE));
    assert_eq!(CurlCode::CURLE_OK.value(), 0);
    assert_eq!(last_result() as i32, 2);
    assert_eq!(std::mem::size_of::<CurlCode>(), std::mem::size_of::<std::os::raw::c_int>());
    assert_eq!(std::mem::size_of::<Long>(), std::mem::size_of::<c_long>());
    assert_eq!(Long::BIG as c_long, 1 << 40);
    assert_eq!(Long::from_value(1 << 40), Some(Long::BIG));
    assert_eq!(ULong::from_value(u64::MAX), Some(ULong::MAX));
    assert_eq!(Char::from_value(127), Some(Char::DEL));
    assert_eq!(SChar::MIN as i8, -128);
    assert_eq!(UChar::MAX.value(), 255);
    assert_eq!(Short::MIN.value(), i16::MIN);
    assert_eq!(UShort::from_value(0xFFFF), Some(UShort::MAX));
    assert_eq!(LongLong::MIN.value(), Some(i64::MIN));
    assert_eq!(ULongLong::MAX as u64, u64::MAX);
    assert_eq!(UInt::MAX.value(), u32::MAX);
    assert_eq!(Size::from_value(1 << 33), Some(Size::BIG));
    assert_eq!(Size::SMALL.value(), 3usize);
    assert_eq!(Offset::from_value(-8), Some(Offset::BACK));
    assert!(Offset::BACK < Offset::FORTH);
    assert_eq!("8".parse::<Offset>(), Ok(Offset::FORTH));
    assert_eq!(Offset::BACK.to_string(), "BACK (-8): Back.");
    let table = codetable::Table::of::<Offset>();
    assert_eq!(table.from_value(8i64).map(|e| e.name), Some("FORTH"));
}
