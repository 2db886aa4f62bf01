//! Every kind of table `define_codes!` accepts, and every function it generates, called and
//! checked against what the tables below declare: the test that CI runs under Miri
//! (`cargo +nightly miri test -p codetable-tests --test miri_every_table`), so that the
//! `unsafe` of the generated `all()` (a static array of discriminants read as `&[Self]`) and
//! of the lookups that index it runs on every value type, on string tables, on tables with
//! value-less entries, columns, languages, deprecated entries and doc comments, and on tables
//! that pass attributes and derives through to the enum.
//!
//! Kept small enough for Miri: a few entries per table, and exhaustive lookups only over the
//! 256 values of `u8` and `i8`.

#[macro_use]
mod common;

use codetable::__private::{Index, Layout};
use codetable::{Code, InlineStr, IntegerValue, Open, Table, UnknownName, UnknownValue, Value};
use common::{check_table, check_unknown_name, discriminant, swap_ascii_case};
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashSet};
use std::fmt;
use std::hash::{DefaultHasher, Hash, Hasher};

codetable::define_codes! {
    /// `i8` at both ends, with an alias of each form.
    pub enum I8Codes: i8 {
        MIN = -128 => "The smallest i8.",
        MINUS_ONE = -1 => "Minus one.",
        ZERO = 0 => "Zero.",
        MAX = 127 => "The largest i8.",
        #[alias]
        NEGATIVE_ONE = -1 => "Minus one, by another name.",
        LOWEST = MIN,
    }

    /// `i16` at both ends.
    pub enum I16Codes: i16 {
        MIN = -32_768 => "The smallest i16.",
        LOW = -300 => "Minus three hundred.",
        HIGH = 300 => "Three hundred.",
        MAX = 32_767 => "The largest i16.",
        #[alias]
        MINUS_300 = -300,
        HIGHEST = MAX,
    }

    /// `i32`, declared out of value order.
    pub enum I32Codes: i32 {
        OK = 0 => "Success.",
        TIMEOUT = 1001 => "The call timed out.",
        REJECTED = -17 => "The request was rejected.",
        MIN = -2_147_483_648 => "The smallest i32.",
        MAX = 0x7FFF_FFFF => "The largest i32.",
        #[alias]
        REFUSED = -17 => "Refused.",
        SUCCESS = OK,
    }

    /// `i64` at both ends.
    pub enum I64Codes: i64 {
        MIN = -9_223_372_036_854_775_808 => "The smallest i64.",
        NEG = -1_000_000_000_000 => "Minus a trillion.",
        ZERO = 0 => "Zero.",
        MAX = 9_223_372_036_854_775_807 => "The largest i64.",
        #[alias]
        MINUS_TRILLION = -1_000_000_000_000,
        BOTTOM = MIN,
    }

    /// `u8` at both ends.
    pub enum U8Codes: u8 {
        ZERO = 0 => "Zero.",
        SEVEN = 7 => "Seven.",
        MID = 128 => "The top bit.",
        MAX = 255 => "The largest u8.",
        #[alias]
        ALL_ONES = 0xFF => "Every bit set.",
        NUL = ZERO,
    }

    /// `u16`.
    pub enum U16Codes: u16 {
        OK = 200 => "OK.",
        NOT_FOUND = 404 => "Not found.",
        ZERO = 0 => "Zero.",
        MAX = 65_535 => "The largest u16.",
        #[alias]
        MISSING = 404,
        TOP = MAX,
    }

    /// `u32`.
    pub enum U32Codes: u32 {
        ZERO = 0 => "Zero.",
        BIG = 4_000_000_000 => "Four billion.",
        MAX = 4_294_967_295 => "The largest u32.",
        #[alias]
        FOUR_BILLION = 4_000_000_000,
        LARGEST = MAX,
    }

    /// `u64`, above `i64::MAX` too.
    pub enum U64Codes: u64 {
        ZERO = 0 => "Zero.",
        TOP_BIT = 9_223_372_036_854_775_808 => "The top bit.",
        MAX = 18_446_744_073_709_551_615 => "The largest u64.",
        #[alias]
        HIGH_BIT = 0x8000_0000_0000_0000 => "The top bit, in hex.",
        LARGEST = MAX,
    }

    /// Values that run on in declaration order: an offset lookup.
    pub enum Sequential: u8 {
        A = 10 => "Ten.",
        B = 11 => "Eleven.",
        C = 12 => "Twelve.",
        D = 13 => "Thirteen.",
    }

    /// Values in a short range, out of order, around zero: a direct lookup.
    pub enum Packed: i8 {
        A = -5 => "Minus five.",
        B = 3 => "Three.",
        C = -1 => "Minus one.",
        D = 0 => "Zero.",
    }

    /// Entries without a value among entries with one, and an alias of each kind.
    pub enum Pending: u16 {
        UNASSIGNED = _ => "No value yet.",
        ONE = 1 => "One.",
        RESERVED = _ => "Reserved, no value.",
        TWO = 2 => "Two.",
        #[alias]
        UNO = 1 => "One, in Spanish.",
        NOT_YET = UNASSIGNED,
    }

    /// No entry has a value.
    pub enum Valueless: u32 {
        A => "A.",
        B => "B.",
    }

    /// The largest `u8` is taken: the value-less entry's discriminant is below it.
    pub enum Crowded: u8 {
        TOP = 255 => "The largest u8.",
        NO_VALUE = _ => "No value.",
        ONE = 1 => "One.",
    }

    /// Everything at once: two languages, typed columns, doc comments, deprecated entries
    /// and aliases, a value-less entry and negative values.
    #[langs(en, zh)]
    #[columns(http: u16, retryable: bool = false)]
    pub enum Service: i32 {
        #[columns(http = 200)]
        OK = 0 => { en: "Success.", zh: "成功。" },
        /// Sent when the peer is overloaded.
        ///
        /// Retry after a while.
        #[columns(http = 503, retryable = true)]
        BUSY = -16 => { en: "Busy.", zh: "繁忙。" },
        #[deprecated]
        #[columns(http = 500)]
        OLD_FAILURE = 7 => { en: "The old failure.", zh: "已弃用。" },
        /// Deprecated with a note, and documented.
        #[deprecated(since = "0.1.0", note = "use OK")]
        #[columns(http = 204)]
        OLD_OK = 8 => { zh: "旧的成功。", en: "The old success." },
        #[columns(http = 0)]
        CLOSED = _ => { en: "Closed, no value.", zh: "已关闭。" },
        /// The name the first release used.
        OVERLOADED = BUSY,
        #[alias]
        #[deprecated]
        FAILURE = 7 => { en: "The old name.", zh: "旧名称。" },
    }

    /// Serialized by name.
    #[codes(serde = name)]
    pub enum Level: u8 {
        INFO = 1 => "For information.",
        WARN = 2 => "Worth a look.",
        /// The old name, read too.
        WARNING = WARN,
    }

    /// SQLSTATE-like string codes of a fixed shape.
    #[codes(len = 5, chars = "0-9A-Z")]
    pub enum State: str {
        SUCCESS = "00000" => "Success.",
        UNIQUE = "23505" => "Unique violation.",
        /// The table named in the query does not exist.
        UNDEFINED_TABLE = "42P01" => "Undefined table.",
        #[deprecated]
        OLD = "01P01" => "A deprecated feature.",
        #[alias]
        DUPLICATE = "23505" => "Duplicate key.",
        NO_TABLE = UNDEFINED_TABLE,
    }

    /// String values beyond ASCII, and entries without a value.
    pub enum Words: str {
        SHORT = "a" => "One byte.",
        PENDING = _ => "None yet.",
        UMLAUT = "größe" => "Five characters, seven bytes.",
        MIXED = "Aa" => "Upper and lower case.",
        OTHER = _ => "None either.",
    }
}

codetable::define_codes! {
    /// Opened by `cfg_attr`: unknown attributes pass through to the enum and its variants.
    #[cfg_attr(all(), allow(dead_code))]
    pub enum Opened: u16 {
        FIRST = 1 => "First.",
        #[cfg_attr(all(), allow(unused))]
        SECOND = 70 => "Second.",
        THIRD = 3 => "Third.",
        ALSO_FIRST = FIRST,
    }

    /// Derives serde's traits itself, with their helper attributes.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Derived: i16 {
        LOW = -5 => "Low.",
        #[serde(rename = "top")]
        HIGH = 9 => "High.",
        MIDDLE = 2 => "Middle.",
        BOTTOM = LOW,
    }

    /// serde_repr's derives, which read the `#[repr]` and the discriminants.
    #[derive(serde_repr::Serialize_repr, serde_repr::Deserialize_repr)]
    pub enum DerivedRepr: i32 {
        OK = 0 => "Success.",
        TIMEOUT = -1001 => "The call timed out.",
        BUSY = 7 => "Busy.",
    }
}

/// Checks that `C` declares, in order, the codes `codes` (name, value, description) and the
/// aliases `aliases` (name, the code it stands for), and that `all()`, `iter()` and `COUNT`
/// agree.
fn assert_declared<C: Code>(codes: &[(&str, Option<C::Value>, &str)], aliases: &[(&str, C)]) {
    let actual: Vec<(&str, Option<C::Value>, &str)> = C::all()
        .iter()
        .map(|&code| (code.name(), code.value(), code.description()))
        .collect();
    assert_eq!(actual, codes, "{}", C::TABLE);
    assert_eq!(C::COUNT, codes.len(), "{}", C::TABLE);
    assert!(
        Table::of::<C>()
            .all()
            .map(|e| e.name)
            .eq(C::all().iter().map(|c| c.name())),
        "{}",
        C::TABLE
    );
    assert_eq!(C::all().iter().copied().len(), codes.len());
    for (index, &code) in C::all().iter().enumerate() {
        assert_eq!(
            codetable::__private::Layout::position(code),
            index,
            "{}::{}",
            C::TABLE,
            code.name()
        );
    }
    let actual: Vec<(&str, C)> = C::ALIASES.iter().map(|a| (a.name(), a.code())).collect();
    assert_eq!(actual, aliases, "{}", C::TABLE);
}

/// Checks that each `$table`'s inherent API and its `Code` impl give the same answers on
/// every code and alias (the inherent `value()` is the value itself when every entry has
/// one, an `Option` otherwise).
macro_rules! inherent_agrees_with_the_trait {
    ($($table:ty),+ $(,)?) => {$({
        type T = $table;
        assert_eq!(<T as Code>::all(), T::all());
        assert_eq!(<T as Code>::COUNT, T::COUNT);
        assert_eq!(<T as Code>::LANGS, T::LANGS);
        assert_eq!(<T as Code>::ALIASES, T::ALIASES);
        assert_eq!(<T as Code>::all().iter().copied().collect::<Vec<_>>(), T::all().iter().copied().collect::<Vec<_>>());
        assert_eq!(<T as Code>::TABLE, stringify!($table));
        for &code in T::all() {
            let value: Option<<T as Code>::Value> = Option::from(T::value(code));
            assert_eq!(Code::value(code), value);
            assert_eq!(Code::name(code), T::name(code));
            assert_eq!(Code::description(code), T::description(code));
            assert_eq!(Code::details(code), T::details(code));
            assert_eq!(Code::is_deprecated(code), T::is_deprecated(code));
            for lang in T::LANGS.iter().copied().chain(["", "xx"]) {
                assert_eq!(Code::description_in(code, lang), T::description_in(code, lang));
            }
            let name = code.name();
            assert_eq!(<T as Code>::from_name(name), T::from_name(name));
            assert_eq!(T::from_name(name), Some(code));
            let folded = swap_ascii_case(name);
            assert_eq!(
                <T as Code>::from_name_ignore_ascii_case(&folded),
                T::from_name_ignore_ascii_case(&folded)
            );
            assert_eq!(T::from_name_ignore_ascii_case(&folded), Some(code));
            // Near misses: the inherent search (names compared in the function for a
            // small table) and the trait's (the data's name table) agree.
            let mut shorter = name.to_owned();
            let last = shorter.pop().expect("a name");
            let changed = format!("{shorter}{}", if last == 'Z' { 'Y' } else { 'Z' });
            for near in [format!("{name}_"), format!("_{name}"), shorter, changed, folded] {
                assert_eq!(<T as Code>::from_name(&near), T::from_name(&near), "{near}");
                assert_eq!(
                    <T as Code>::from_name_ignore_ascii_case(&near),
                    T::from_name_ignore_ascii_case(&near),
                    "{near}"
                );
            }
            if let Some(value) = value {
                assert_eq!(<T as Code>::from_value(value), T::from_value(value));
                assert_eq!(T::from_value(value), Some(code));
                assert!(matches!(<T as Code>::decode(value), Open::Known(c) if c == code));
                assert!(matches!(T::decode(value), Open::Known(c) if c == code));
            }
        }
        for alias in T::ALIASES {
            assert_eq!(T::from_name(alias.name()), Some(alias.code()));
            assert_eq!(<T as Code>::from_name(alias.name()), Some(alias.code()));
        }
    })+};
}

/// The hash of `value` with std's default hasher.
fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[test]
fn integer_tables_hold_what_they_declare() {
    assert_declared::<I8Codes>(
        &[
            ("MIN", Some(-128), "The smallest i8."),
            ("MINUS_ONE", Some(-1), "Minus one."),
            ("ZERO", Some(0), "Zero."),
            ("MAX", Some(127), "The largest i8."),
        ],
        &[
            ("NEGATIVE_ONE", I8Codes::MINUS_ONE),
            ("LOWEST", I8Codes::MIN),
        ],
    );
    assert_declared::<I16Codes>(
        &[
            ("MIN", Some(i16::MIN), "The smallest i16."),
            ("LOW", Some(-300), "Minus three hundred."),
            ("HIGH", Some(300), "Three hundred."),
            ("MAX", Some(i16::MAX), "The largest i16."),
        ],
        &[("MINUS_300", I16Codes::LOW), ("HIGHEST", I16Codes::MAX)],
    );
    assert_declared::<I32Codes>(
        &[
            ("OK", Some(0), "Success."),
            ("TIMEOUT", Some(1001), "The call timed out."),
            ("REJECTED", Some(-17), "The request was rejected."),
            ("MIN", Some(i32::MIN), "The smallest i32."),
            ("MAX", Some(i32::MAX), "The largest i32."),
        ],
        &[("REFUSED", I32Codes::REJECTED), ("SUCCESS", I32Codes::OK)],
    );
    assert_declared::<I64Codes>(
        &[
            ("MIN", Some(i64::MIN), "The smallest i64."),
            ("NEG", Some(-1_000_000_000_000), "Minus a trillion."),
            ("ZERO", Some(0), "Zero."),
            ("MAX", Some(i64::MAX), "The largest i64."),
        ],
        &[("MINUS_TRILLION", I64Codes::NEG), ("BOTTOM", I64Codes::MIN)],
    );
    assert_declared::<U8Codes>(
        &[
            ("ZERO", Some(0), "Zero."),
            ("SEVEN", Some(7), "Seven."),
            ("MID", Some(128), "The top bit."),
            ("MAX", Some(255), "The largest u8."),
        ],
        &[("ALL_ONES", U8Codes::MAX), ("NUL", U8Codes::ZERO)],
    );
    assert_declared::<U16Codes>(
        &[
            ("OK", Some(200), "OK."),
            ("NOT_FOUND", Some(404), "Not found."),
            ("ZERO", Some(0), "Zero."),
            ("MAX", Some(u16::MAX), "The largest u16."),
        ],
        &[("MISSING", U16Codes::NOT_FOUND), ("TOP", U16Codes::MAX)],
    );
    assert_declared::<U32Codes>(
        &[
            ("ZERO", Some(0), "Zero."),
            ("BIG", Some(4_000_000_000), "Four billion."),
            ("MAX", Some(u32::MAX), "The largest u32."),
        ],
        &[("FOUR_BILLION", U32Codes::BIG), ("LARGEST", U32Codes::MAX)],
    );
    assert_declared::<U64Codes>(
        &[
            ("ZERO", Some(0), "Zero."),
            ("TOP_BIT", Some(1 << 63), "The top bit."),
            ("MAX", Some(u64::MAX), "The largest u64."),
        ],
        &[("HIGH_BIT", U64Codes::TOP_BIT), ("LARGEST", U64Codes::MAX)],
    );
    assert_declared::<Sequential>(
        &[
            ("A", Some(10), "Ten."),
            ("B", Some(11), "Eleven."),
            ("C", Some(12), "Twelve."),
            ("D", Some(13), "Thirteen."),
        ],
        &[],
    );
    assert_declared::<Packed>(
        &[
            ("A", Some(-5), "Minus five."),
            ("B", Some(3), "Three."),
            ("C", Some(-1), "Minus one."),
            ("D", Some(0), "Zero."),
        ],
        &[],
    );

    // The inherent `value()` is the value type itself; `as` and `From` give it too.
    let value: i8 = I8Codes::MIN.value();
    assert_eq!(value, -128);
    let value: u64 = U64Codes::MAX.value();
    assert_eq!(value, u64::MAX);
    assert_eq!(I64Codes::MIN as i64, i64::MIN);
    assert_eq!(I32Codes::REJECTED as i32, -17);
    assert_eq!(U64Codes::TOP_BIT as u64, 1 << 63);
    assert_eq!(i16::from(I16Codes::LOW), -300);
    assert_eq!(u32::from(U32Codes::BIG), 4_000_000_000);
    assert_casts_give_values!(
        I8Codes: i8,
        I16Codes: i16,
        I32Codes: i32,
        I64Codes: i64,
        U8Codes: u8,
        U16Codes: u16,
        U32Codes: u32,
        U64Codes: u64,
        Sequential: u8,
        Packed: i8,
        Opened: u16,
        Derived: i16,
        DerivedRepr: i32,
        Level: u8,
    );

    // Aliases are the codes they stand for, in patterns too.
    assert_eq!(I8Codes::NEGATIVE_ONE, I8Codes::MINUS_ONE);
    assert_eq!(I8Codes::LOWEST, I8Codes::MIN);
    assert_eq!(I32Codes::SUCCESS.name(), "OK");
    assert_eq!(U64Codes::HIGH_BIT.value(), 1 << 63);
    assert_eq!(U16Codes::MISSING.to_string(), "NOT_FOUND (404): Not found.");
    assert!(matches!(I32Codes::from_value(-17), Some(I32Codes::REFUSED)));
    let alias = I8Codes::ALIASES[0];
    assert_eq!(alias.description(), Some("Minus one, by another name."));
    assert_eq!(
        alias.description_in("en"),
        Some("Minus one, by another name.")
    );
    assert_eq!(I8Codes::ALIASES[1].description(), None);
    assert_eq!(I8Codes::ALIASES[1].details(), None);
    assert!(!I8Codes::ALIASES[1].is_deprecated());

    // The enum is laid out as its value type.
    assert_eq!(size_of::<I8Codes>(), 1);
    assert_eq!(size_of::<I16Codes>(), 2);
    assert_eq!(size_of::<I32Codes>(), 4);
    assert_eq!(size_of::<U64Codes>(), 8);
}

#[test]
fn every_table_passes_the_shared_checks() {
    check_table::<I8Codes>();
    check_table::<I16Codes>();
    check_table::<I32Codes>();
    check_table::<I64Codes>();
    check_table::<U8Codes>();
    check_table::<U16Codes>();
    check_table::<U32Codes>();
    check_table::<U64Codes>();
    check_table::<Sequential>();
    check_table::<Packed>();
    check_table::<Pending>();
    check_table::<Valueless>();
    check_table::<Crowded>();
    check_table::<Service>();
    check_table::<Level>();
    check_table::<Opened>();
    check_table::<Derived>();
    check_table::<DerivedRepr>();
}

#[test]
fn inherent_methods_agree_with_the_code_trait() {
    inherent_agrees_with_the_trait!(
        I8Codes,
        I16Codes,
        I32Codes,
        I64Codes,
        U8Codes,
        U16Codes,
        U32Codes,
        U64Codes,
        Sequential,
        Packed,
        Pending,
        Valueless,
        Crowded,
        Service,
        Level,
        State,
        Words,
        Opened,
        Derived,
        DerivedRepr,
    );
}

/// Checks every value of `$range` against `$table`'s declared `(value, code)` pairs: found by
/// each lookup exactly when declared, rejected with the value otherwise.
macro_rules! every_value {
    ($table:ty, $range:expr, [$(($value:expr, $code:expr)),* $(,)?]) => {{
        type T = $table;
        let declared: &[(_, T)] = &[$(($value, $code)),*];
        let mut found = 0;
        for value in $range {
            let expected = declared.iter().find(|(v, _)| *v == value).map(|&(_, code)| code);
            assert_eq!(T::from_value(value), expected, "{}: {value}", stringify!($table));
            assert_eq!(<T as Code>::from_value(value), expected);
            match expected {
                Some(code) => {
                    found += 1;
                    assert_eq!(T::try_from(value), Ok(code));
                    assert!(matches!(T::decode(value), Open::Known(c) if c == code));
                    assert_eq!(value.to_string().parse::<T>(), Ok(code));
                }
                None => {
                    let error: UnknownValue<_> = T::try_from(value).expect_err("undeclared");
                    assert_eq!((error.table(), error.value()), (stringify!($table), value));
                    assert!(matches!(T::decode(value), Open::Unknown(v) if v.value() == value));
                    assert!(value.to_string().parse::<T>().is_err());
                }
            }
        }
        assert_eq!(found, declared.len(), "{}", stringify!($table));
    }};
}

#[test]
fn every_value_of_the_small_types_is_found_or_rejected() {
    every_value!(
        I8Codes,
        i8::MIN..=i8::MAX,
        [
            (-128, I8Codes::MIN),
            (-1, I8Codes::MINUS_ONE),
            (0, I8Codes::ZERO),
            (127, I8Codes::MAX),
        ]
    );
    every_value!(
        Packed,
        i8::MIN..=i8::MAX,
        [
            (-5, Packed::A),
            (3, Packed::B),
            (-1, Packed::C),
            (0, Packed::D),
        ]
    );
    every_value!(
        U8Codes,
        0..=u8::MAX,
        [
            (0, U8Codes::ZERO),
            (7, U8Codes::SEVEN),
            (128, U8Codes::MID),
            (255, U8Codes::MAX),
        ]
    );
    every_value!(
        Sequential,
        0..=u8::MAX,
        [
            (10, Sequential::A),
            (11, Sequential::B),
            (12, Sequential::C),
            (13, Sequential::D),
        ]
    );
    every_value!(
        Crowded,
        0..=u8::MAX,
        [(255, Crowded::TOP), (1, Crowded::ONE)]
    );
    every_value!(Level, 0..=u8::MAX, [(1, Level::INFO), (2, Level::WARN)]);
}

#[test]
fn wider_types_find_their_values_and_reject_their_neighbours() {
    every_value!(
        I16Codes,
        [
            i16::MIN,
            i16::MIN + 1,
            -301,
            -300,
            -299,
            -1,
            0,
            299,
            300,
            301,
            i16::MAX - 1,
            i16::MAX
        ],
        [
            (i16::MIN, I16Codes::MIN),
            (-300, I16Codes::LOW),
            (300, I16Codes::HIGH),
            (i16::MAX, I16Codes::MAX),
        ]
    );
    every_value!(
        I32Codes,
        [
            i32::MIN,
            i32::MIN + 1,
            -18,
            -17,
            -16,
            -1,
            0,
            1,
            1000,
            1001,
            1002,
            i32::MAX - 1,
            i32::MAX
        ],
        [
            (0, I32Codes::OK),
            (1001, I32Codes::TIMEOUT),
            (-17, I32Codes::REJECTED),
            (i32::MIN, I32Codes::MIN),
            (i32::MAX, I32Codes::MAX),
        ]
    );
    every_value!(
        I64Codes,
        [
            i64::MIN,
            i64::MIN + 1,
            -1_000_000_000_001,
            -1_000_000_000_000,
            -999_999_999_999,
            -1,
            0,
            1,
            i64::MAX - 1,
            i64::MAX,
        ],
        [
            (i64::MIN, I64Codes::MIN),
            (-1_000_000_000_000, I64Codes::NEG),
            (0, I64Codes::ZERO),
            (i64::MAX, I64Codes::MAX),
        ]
    );
    every_value!(
        U16Codes,
        [0, 1, 199, 200, 201, 403, 404, 405, 65_534, 65_535],
        [
            (200, U16Codes::OK),
            (404, U16Codes::NOT_FOUND),
            (0, U16Codes::ZERO),
            (65_535, U16Codes::MAX),
        ]
    );
    every_value!(
        U32Codes,
        [
            0,
            1,
            3_999_999_999,
            4_000_000_000,
            4_000_000_001,
            u32::MAX - 1,
            u32::MAX
        ],
        [
            (0, U32Codes::ZERO),
            (4_000_000_000, U32Codes::BIG),
            (u32::MAX, U32Codes::MAX),
        ]
    );
    every_value!(
        U64Codes,
        [
            0,
            1,
            (1 << 63) - 1,
            1 << 63,
            (1 << 63) + 1,
            u64::MAX - 1,
            u64::MAX
        ],
        [
            (0, U64Codes::ZERO),
            (1 << 63, U64Codes::TOP_BIT),
            (u64::MAX, U64Codes::MAX),
        ]
    );
    every_value!(
        Opened,
        [0, 1, 2, 3, 4, 69, 70, 71, u16::MAX],
        [(1, Opened::FIRST), (70, Opened::SECOND), (3, Opened::THIRD)]
    );
    every_value!(
        DerivedRepr,
        [-1002, -1001, -1000, -1, 0, 1, 6, 7, 8],
        [
            (0, DerivedRepr::OK),
            (-1001, DerivedRepr::TIMEOUT),
            (7, DerivedRepr::BUSY),
        ]
    );
}

#[test]
fn each_lookup_structure_is_used() {
    // Which structure maps a value to its position is the macro's choice, kept in the
    // table's private data: these tables were written to get each one, so that the tests
    // above run all three.
    let sequential = <Sequential as Layout>::DATA.positions;
    assert!(
        matches!(sequential, Index::Offset { min: 10, len: 4 }),
        "{sequential:?}"
    );
    let packed = <Packed as Layout>::DATA.positions;
    assert!(matches!(packed, Index::Dense { .. }), "{packed:?}");
    let sparse = <I64Codes as Layout>::DATA.positions;
    assert!(matches!(sparse, Index::Hashed { .. }), "{sparse:?}");
    assert_eq!(<I64Codes as Layout>::DATA.count, 4);
}

#[test]
fn names_parse_and_fold() {
    // By name, exactly: codes and aliases of both forms.
    assert_eq!(I32Codes::from_name("TIMEOUT"), Some(I32Codes::TIMEOUT));
    assert_eq!(I32Codes::from_name("REFUSED"), Some(I32Codes::REJECTED));
    assert_eq!(I32Codes::from_name("SUCCESS"), Some(I32Codes::OK));
    assert_eq!(I32Codes::from_name("timeout"), None);
    assert_eq!(I32Codes::from_name(""), None);
    assert_eq!(I32Codes::from_name("TIMEOUT "), None);
    // Ignoring ASCII case.
    assert_eq!(
        I32Codes::from_name_ignore_ascii_case("timeout"),
        Some(I32Codes::TIMEOUT)
    );
    assert_eq!(
        U64Codes::from_name_ignore_ascii_case("High_Bit"),
        Some(U64Codes::TOP_BIT)
    );
    assert_eq!(
        Pending::from_name_ignore_ascii_case("not_yet"),
        Some(Pending::UNASSIGNED)
    );
    assert_eq!(I32Codes::from_name_ignore_ascii_case("timeou"), None);
    assert_eq!(I32Codes::from_name_ignore_ascii_case("TIMEOUT_"), None);
    // `FromStr`: a name, an alias or a value (decimal or hex), nothing else.
    assert_eq!("TIMEOUT".parse(), Ok(I32Codes::TIMEOUT));
    assert_eq!("REFUSED".parse(), Ok(I32Codes::REJECTED));
    assert_eq!("-17".parse(), Ok(I32Codes::REJECTED));
    assert_eq!("-2147483648".parse(), Ok(I32Codes::MIN));
    assert_eq!("18446744073709551615".parse(), Ok(U64Codes::MAX));
    assert_eq!("9223372036854775808".parse(), Ok(U64Codes::TOP_BIT));
    assert_eq!("-9223372036854775808".parse(), Ok(I64Codes::MIN));
    assert_eq!("-128".parse(), Ok(I8Codes::MIN));
    assert_eq!("0x80".parse(), Ok(I8Codes::MIN));
    assert_eq!("0x3E9".parse(), Ok(I32Codes::TIMEOUT));
    assert_eq!("NOT_YET".parse(), Ok(Pending::UNASSIGNED));
    for (input, message) in [
        ("1002", "I32Codes has no code with value 1002"),
        ("2147483648", "I32Codes has no code with value 2147483648"),
        ("timeout", "I32Codes has no code named \"timeout\""),
        ("0x3EA", "I32Codes has no code with value 0x3EA"),
        ("0x", "I32Codes has no code named \"0x\""),
        (" 0", "I32Codes has no code named \" 0\""),
        ("", "I32Codes has no code named \"\""),
    ] {
        let error: UnknownName = input.parse::<I32Codes>().expect_err(input);
        assert_eq!(error.to_string(), message);
        check_unknown_name(&error, "I32Codes", input);
    }
    check_unknown_name(&"128".parse::<I8Codes>().unwrap_err(), "I8Codes", "128");
    check_unknown_name(&"-1".parse::<U8Codes>().unwrap_err(), "U8Codes", "-1");
    let long = "N".repeat(60);
    let error = long.parse::<U16Codes>().unwrap_err();
    assert_eq!(error.input(), "N".repeat(48));
    assert!(error.is_truncated());
    check_unknown_name(&error, "U16Codes", &long);
}

#[test]
fn try_from_and_into() {
    assert_eq!(I16Codes::try_from(-300), Ok(I16Codes::LOW));
    assert_eq!(U64Codes::try_from(u64::MAX), Ok(U64Codes::MAX));
    let error = U64Codes::try_from(u64::MAX - 1).unwrap_err();
    assert_eq!(
        error.to_string(),
        "U64Codes has no code with value 18446744073709551614"
    );
    assert_eq!(error.value(), u64::MAX - 1);
    let error = I64Codes::try_from(i64::MIN + 1).unwrap_err();
    assert_eq!(
        error.to_string(),
        "I64Codes has no code with value -9223372036854775807"
    );
    // Tables with value-less entries convert from their value type too.
    assert_eq!(Pending::try_from(2), Ok(Pending::TWO));
    assert_eq!(Pending::try_from(3).unwrap_err().value(), 3);
    assert_eq!(Valueless::try_from(0).unwrap_err().table(), "Valueless");
    assert_eq!(Service::try_from(-16), Ok(Service::BUSY));
    // Into the value type, for tables whose entries all have one.
    let value: i8 = I8Codes::MAX.into();
    assert_eq!(value, 127);
    let value: u16 = U16Codes::NOT_FOUND.into();
    assert_eq!(value, 404);
    let value: &'static str = State::UNIQUE.into();
    assert_eq!(value, "23505");
    // Codes are errors.
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(I32Codes::TIMEOUT);
    assert_eq!(boxed.to_string(), "TIMEOUT (1001): The call timed out.");
    assert!(boxed.source().is_none());
    assert_eq!(boxed.downcast_ref::<I32Codes>(), Some(&I32Codes::TIMEOUT));
}

#[test]
fn display_debug_and_the_alternate_form() {
    assert_eq!(I8Codes::MIN.to_string(), "MIN (-128): The smallest i8.");
    assert_eq!(
        format!("{:#}", I8Codes::MIN),
        "I8Codes::MIN (-128): The smallest i8."
    );
    assert_eq!(
        U64Codes::MAX.to_string(),
        "MAX (18446744073709551615): The largest u64."
    );
    assert_eq!(
        format!("{:#}", I64Codes::MIN),
        "I64Codes::MIN (-9223372036854775808): The smallest i64."
    );
    assert_eq!(Pending::UNASSIGNED.to_string(), "UNASSIGNED: No value yet.");
    assert_eq!(
        format!("{:#}", Pending::RESERVED),
        "Pending::RESERVED: Reserved, no value."
    );
    assert_eq!(Service::BUSY.to_string(), "BUSY (-16): Busy.");
    assert_eq!(
        format!("{:#}", Service::CLOSED),
        "Service::CLOSED: Closed, no value."
    );
    assert_eq!(
        State::UNIQUE.to_string(),
        "UNIQUE (23505): Unique violation."
    );
    assert_eq!(
        format!("{:#}", Words::UMLAUT),
        "Words::UMLAUT (größe): Five characters, seven bytes."
    );
    // Padding, precision and fill apply to the whole line.
    let line = "SEVEN (7): Seven.";
    assert_eq!(format!("{:>20}|", U8Codes::SEVEN), format!("{line:>20}|"));
    assert_eq!(format!("{:*^21}", U8Codes::SEVEN), "**SEVEN (7): Seven.**");
    assert_eq!(format!("{:.5}", U8Codes::SEVEN), "SEVEN");
    assert_eq!(
        format!("{:_<#28}|", U8Codes::SEVEN),
        "U8Codes::SEVEN (7): Seven.__|"
    );
    // `Debug` is `NAME = value`, padded too; an alias's is its code's.
    assert_eq!(format!("{:?}", I16Codes::HIGHEST), "MAX = 32767");
    assert_eq!(format!("{:#?}", Pending::NOT_YET), "Pending::UNASSIGNED");
    assert_eq!(format!("{:>6?}|", Valueless::A), "     A|");
    assert_eq!(format!("{:?}", [Packed::A, Packed::D]), "[A = -5, D = 0]");
    assert_eq!(format!("{:?}", Some(Words::PENDING)), "Some(PENDING)");
}

#[test]
fn codes_order_and_hash_by_value() {
    let mut sorted = I32Codes::all().to_vec();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            I32Codes::MIN,
            I32Codes::REJECTED,
            I32Codes::OK,
            I32Codes::TIMEOUT,
            I32Codes::MAX
        ]
    );
    assert!(U64Codes::TOP_BIT < U64Codes::MAX && U64Codes::ZERO < U64Codes::TOP_BIT);
    assert!(I64Codes::MIN < I64Codes::NEG);
    assert_eq!(I16Codes::LOW.cmp(&I16Codes::MINUS_300), Ordering::Equal);
    assert_eq!(
        I16Codes::LOW.partial_cmp(&I16Codes::HIGH),
        Some(Ordering::Less)
    );
    // Value-less entries after every value, in table order, and distinct.
    let mut pending = Pending::all().to_vec();
    pending.sort();
    assert_eq!(
        pending,
        [
            Pending::ONE,
            Pending::TWO,
            Pending::UNASSIGNED,
            Pending::RESERVED
        ]
    );
    let mut words = Words::all().to_vec();
    words.sort();
    assert_eq!(
        words,
        [
            Words::MIXED,
            Words::SHORT,
            Words::UMLAUT,
            Words::PENDING,
            Words::OTHER
        ]
    );
    let mut states: Vec<State> = State::all().iter().copied().rev().collect();
    states.sort();
    #[allow(deprecated)]
    let old = State::OLD;
    assert_eq!(
        states,
        [State::SUCCESS, old, State::UNIQUE, State::UNDEFINED_TABLE]
    );
    let tree: BTreeSet<Service> = Service::all().iter().copied().collect();
    #[allow(deprecated)]
    let (old_failure, old_ok) = (Service::OLD_FAILURE, Service::OLD_OK);
    assert_eq!(
        tree.into_iter().collect::<Vec<_>>(),
        [
            Service::BUSY,
            Service::OK,
            old_failure,
            old_ok,
            Service::CLOSED
        ]
    );
    // An alias hashes as its code; codes of a table hash apart.
    assert_eq!(hash_of(&U8Codes::ALL_ONES), hash_of(&U8Codes::MAX));
    assert_eq!(hash_of(&State::DUPLICATE), hash_of(&State::UNIQUE));
    let set: HashSet<U8Codes> = [U8Codes::MAX, U8Codes::ALL_ONES, U8Codes::NUL, U8Codes::ZERO]
        .into_iter()
        .collect();
    assert_eq!(set.len(), 2);
    let all: HashSet<Words> = Words::all()
        .iter()
        .copied()
        .chain(Words::all().iter().copied())
        .collect();
    assert_eq!(all.len(), 5);
}

#[test]
fn the_table_view_erases_the_type() {
    let tables = [
        Table::of::<I8Codes>(),
        Table::of::<U64Codes>(),
        Table::of::<Pending>(),
        Table::of::<Service>(),
        Table::of::<State>(),
        Table::of::<Words>(),
    ];
    let shape: Vec<(&str, &str, usize, usize)> = tables
        .iter()
        .map(|t| (t.name(), t.value_type(), t.count(), t.aliases().count()))
        .collect();
    assert_eq!(
        shape,
        [
            ("I8Codes", "i8", 4, 2),
            ("U64Codes", "u64", 3, 2),
            ("Pending", "u16", 4, 2),
            ("Service", "i32", 5, 2),
            ("State", "str", 4, 2),
            ("Words", "str", 5, 0),
        ]
    );
    // Values of either kind, across tables.
    let found: Vec<(&str, &str)> = tables
        .iter()
        .filter_map(|t| t.from_value(-1).or_else(|| t.from_value("größe")))
        .map(|e| (e.table, e.name))
        .collect();
    assert_eq!(found, [("I8Codes", "MINUS_ONE"), ("Words", "UMLAUT")]);
    let top = tables[1].from_value(u64::MAX).expect("u64::MAX");
    assert_eq!(
        (top.index, top.name, top.value),
        (2, "MAX", Some(Value::Int(u64::MAX.into())))
    );
    assert!(tables[1].from_value(-1).is_none());
    assert!(tables[0].from_value(255).is_none());
    assert!(tables[0].from_value("MIN").is_none());
    // Entries without a value.
    let pending = &tables[2];
    let unassigned = pending.from_name("NOT_YET").expect("an alias's entry");
    assert_eq!(
        (unassigned.index, unassigned.name, unassigned.value),
        (0, "UNASSIGNED", None)
    );
    assert_eq!(pending.all().filter(|e| e.value.is_none()).count(), 2);
    let aliases: Vec<(usize, &str, &str, Option<&str>)> = pending
        .aliases()
        .map(|a| (a.index, a.name, a.entry.name, a.description))
        .collect();
    assert_eq!(
        aliases,
        [
            (0, "UNO", "ONE", Some("One, in Spanish.")),
            (1, "NOT_YET", "UNASSIGNED", None)
        ]
    );
    // Languages, details, deprecation and columns.
    let service = &tables[3];
    assert_eq!(service.langs(), ["en", "zh"]);
    assert_eq!(service.columns(), ["http", "retryable"]);
    let busy = service
        .from_name_ignore_ascii_case("overloaded")
        .expect("BUSY");
    assert_eq!(busy.name, "BUSY");
    assert_eq!(busy.description_in("zh"), Some("繁忙。"));
    assert_eq!(
        busy.details,
        Some("Sent when the peer is overloaded.\n\nRetry after a while.")
    );
    assert_eq!(
        busy.column("http").map(|c| c.to_string()),
        Some("503".into())
    );
    assert!(busy.column("https").is_none());
    let shown: Vec<String> = busy
        .columns()
        .map(|c| format!("{}={c:?}", c.name))
        .collect();
    assert_eq!(shown, ["http=503", "retryable=true"]);
    let old = service.from_value(7).expect("OLD_FAILURE");
    assert!(old.deprecated);
    let failure = service.alias("FAILURE").expect("an alias");
    assert!(failure.deprecated);
    assert_eq!(failure.description_in("zh"), Some("旧名称。"));
    assert_eq!(failure.entry.name, "OLD_FAILURE");
    // Strings.
    let state = &tables[4];
    let unique: Vec<&str> = state
        .from_value("23505")
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert_eq!(unique, ["UNIQUE"]);
    assert!(state.from_value(23505).is_none());
    assert_eq!(state.from_name("DUPLICATE").map(|e| e.index), Some(1));
    assert_eq!(
        state.get(2).map(|e| e.details),
        Some(Some("The table named in the query does not exist."))
    );
    assert!(state.get(4).is_none());
    assert_eq!(tables[5].from_name("PENDING").map(|e| e.value), Some(None));
    assert!(format!("{:?}", tables[4]).contains("\"State\""));
}

#[test]
fn open_keeps_values_the_table_lacks() {
    // Known and unknown, by the inherent `decode`, the trait's and `Open::from_value`.
    let known = I32Codes::decode(1001);
    let unknown = I32Codes::decode(1005);
    assert!(matches!(known, Open::Known(I32Codes::TIMEOUT)));
    assert!(matches!(unknown, Open::Unknown(v) if v.value() == 1005));
    assert!(matches!(
        <I32Codes as Code>::decode(-17),
        Open::Known(I32Codes::REJECTED)
    ));
    assert!(matches!(<I32Codes as Code>::decode(2), Open::Unknown(v) if v.value() == 2));
    assert_eq!(known.known(), Some(I32Codes::TIMEOUT));
    assert_eq!(unknown.known(), None);
    assert!(known.is_known() && !unknown.is_known());
    assert_eq!((known.value(), unknown.value()), (Some(1001), Some(1005)));
    assert_eq!(unknown.or(I32Codes::OK), I32Codes::OK);
    assert_eq!(known.name(), Some("TIMEOUT"));
    assert_eq!(unknown.description(), None);
    assert_eq!(known.to_string(), "TIMEOUT (1001): The call timed out.");
    assert_eq!(unknown.to_string(), "I32Codes 1005 (not in the table)");
    assert_eq!(format!("{unknown:#}"), "I32Codes 1005 (not in the table)");
    assert_eq!(format!("{unknown:?}"), "Unknown(I32Codes 1005)");
    assert_eq!(format!("{known:?}"), "Known(TIMEOUT = 1001)");
    assert_eq!(
        U64Codes::decode(2).to_string(),
        "U64Codes 2 (not in the table)"
    );
    // No `Unknown` holds a known value; equality, order and hash are by value.
    assert_eq!(codetable::UnknownCode::<I32Codes>::new(1001), None);
    let from_code = Open::from(I32Codes::TIMEOUT);
    assert_eq!(from_code, known);
    assert_eq!(known, I32Codes::TIMEOUT);
    assert_eq!(hash_of(&from_code), hash_of(&known));
    assert_eq!(I32Codes::try_from(known), Ok(I32Codes::TIMEOUT));
    let error = I32Codes::try_from(unknown).unwrap_err();
    assert_eq!(error.to_string(), "I32Codes has no code with value 1005");
    let sorted: Vec<Option<i32>> = [
        unknown,
        known,
        I32Codes::decode(i32::MIN),
        I32Codes::decode(-17),
    ]
    .into_iter()
    .collect::<BTreeSet<_>>()
    .into_iter()
    .map(Open::value)
    .collect();
    assert_eq!(sorted, [Some(i32::MIN), Some(-17), Some(1001), Some(1005)]);
    let set: HashSet<Open<I32Codes>> = [known, from_code, unknown].into_iter().collect();
    assert_eq!(set.len(), 2);
    // A value-less entry: a known code without a value, never decoded.
    let closed = Open::from(Service::CLOSED);
    assert_eq!((closed.value(), closed.name()), (None, Some("CLOSED")));
    for value in 0..=u8::MAX {
        assert!(
            !matches!(Crowded::decode(value), Open::Known(Crowded::NO_VALUE)),
            "{value}"
        );
    }
    // A string table keeps an unknown value inline, cut and flagged when too long.
    let unknown = State::decode("XX999");
    assert!(matches!(unknown, Open::Unknown(v) if v.value() == InlineStr::new("XX999")));
    assert_eq!(unknown.to_string(), "State XX999 (not in the table)");
    assert_eq!(format!("{unknown:?}"), "Unknown(State \"XX999\")");
    let long = State::decode("235050");
    let raw = long.value().expect("a value");
    assert_eq!((raw.as_str(), raw.is_truncated()), ("23505", true));
    assert_ne!(long, Open::Known(State::UNIQUE));
    assert_eq!(long.to_string(), "State 23505... (not in the table)");
    assert_eq!(
        State::try_from(long).unwrap_err().to_string(),
        "State has no code with value 23505..."
    );
    let cut = Words::decode("größeren");
    assert!(
        matches!(cut, Open::Unknown(v) if v.value().as_str() == "größe" && v.value().is_truncated())
    );
    assert_eq!(Words::decode("größe"), Open::Known(Words::UMLAUT));
    // `Open` is an error.
    let boxed: Box<dyn std::error::Error> = Box::new(I32Codes::decode(3));
    assert_eq!(boxed.to_string(), "I32Codes 3 (not in the table)");
}

#[test]
fn string_tables() {
    // Values are `&'static str`; lookups take any `&str`.
    let value: &'static str = State::UNDEFINED_TABLE.value();
    assert_eq!(value, "42P01");
    let line = String::from("ERROR 42P01 relation does not exist");
    let text = &line[6..11];
    assert_eq!(State::from_value(text), Some(State::UNDEFINED_TABLE));
    assert_eq!(State::try_from(text), Ok(State::UNDEFINED_TABLE));
    assert_eq!(text.parse::<State>(), Ok(State::UNDEFINED_TABLE));
    assert_eq!(State::decode(text), Open::Known(State::UNDEFINED_TABLE));
    assert_eq!(State::from_value("42p01"), None);
    assert_eq!(State::from_value("42P0"), None);
    assert_eq!(State::from_value(""), None);
    // Names, aliases and values.
    assert_eq!(State::from_name("NO_TABLE"), Some(State::UNDEFINED_TABLE));
    assert_eq!("DUPLICATE".parse(), Ok(State::UNIQUE));
    assert_eq!("23505".parse(), Ok(State::UNIQUE));
    assert_eq!(State::from_name("23505"), None);
    assert_eq!(
        State::from_name_ignore_ascii_case("duplicate"),
        Some(State::UNIQUE)
    );
    let error = State::try_from("XX999").unwrap_err();
    assert_eq!(error.value(), InlineStr::<5>::new("XX999"));
    assert_eq!(error.to_string(), "State has no code with value XX999");
    check_unknown_name(&"XX999".parse::<State>().unwrap_err(), "State", "XX999");
    // Details, deprecation, aliases' records.
    assert_eq!(
        State::UNDEFINED_TABLE.details(),
        Some("The table named in the query does not exist.")
    );
    assert_eq!(State::SUCCESS.details(), None);
    #[allow(deprecated)]
    let old = State::OLD;
    assert!(old.is_deprecated() && !State::UNIQUE.is_deprecated());
    assert_eq!(State::from_value("01P01"), Some(old));
    let aliases: Vec<(&str, State, Option<&str>)> = State::ALIASES
        .iter()
        .map(|a| (a.name(), a.code(), a.description()))
        .collect();
    assert_eq!(
        aliases,
        [
            ("DUPLICATE", State::UNIQUE, Some("Duplicate key.")),
            ("NO_TABLE", State::UNDEFINED_TABLE, None)
        ]
    );
    assert_declared::<State>(
        &[
            ("SUCCESS", Some("00000"), "Success."),
            ("UNIQUE", Some("23505"), "Unique violation."),
            ("UNDEFINED_TABLE", Some("42P01"), "Undefined table."),
            ("OLD", Some("01P01"), "A deprecated feature."),
        ],
        &[
            ("DUPLICATE", State::UNIQUE),
            ("NO_TABLE", State::UNDEFINED_TABLE),
        ],
    );
    // Value-less entries of a string table.
    assert_declared::<Words>(
        &[
            ("SHORT", Some("a"), "One byte."),
            ("PENDING", None, "None yet."),
            ("UMLAUT", Some("größe"), "Five characters, seven bytes."),
            ("MIXED", Some("Aa"), "Upper and lower case."),
            ("OTHER", None, "None either."),
        ],
        &[],
    );
    let value: Option<&'static str> = Words::PENDING.value();
    assert_eq!(value, None);
    assert_eq!(Words::from_value("aa"), None);
    assert_eq!(Words::from_value("Aa"), Some(Words::MIXED));
    assert_eq!(Words::from_value("größe"), Some(Words::UMLAUT));
    assert_eq!(Words::try_from("a"), Ok(Words::SHORT));
    assert_eq!(Words::PENDING.to_string(), "PENDING: None yet.");
    assert_eq!("PENDING".parse(), Ok(Words::PENDING));
    // Every code through the erased paths: `Table::decode`, `Value`.
    let state = Table::of::<State>();
    for &code in State::all() {
        let value = code.value();
        let decoded = state.decode(Value::Str(value)).and_then(Result::ok);
        assert_eq!(decoded.map(|e| e.name), Some(code.name()));
        assert_eq!(State::try_from(String::from(value).as_str()), Ok(code));
    }
    assert!(state.decode(Value::Int(23505)).is_none());
    let i32_codes = Table::of::<I32Codes>();
    assert!(i32_codes.decode(Value::Str("0")).is_none());
    let rejected = i32_codes.decode(Value::Int(-17)).and_then(Result::ok);
    assert_eq!(rejected.map(|e| e.name), Some("REJECTED"));
    assert!(Table::of::<I8Codes>().decode(Value::Int(128)).is_none());
}

#[test]
fn value_less_entries() {
    assert_declared::<Pending>(
        &[
            ("UNASSIGNED", None, "No value yet."),
            ("ONE", Some(1), "One."),
            ("RESERVED", None, "Reserved, no value."),
            ("TWO", Some(2), "Two."),
        ],
        &[("UNO", Pending::ONE), ("NOT_YET", Pending::UNASSIGNED)],
    );
    assert_declared::<Valueless>(&[("A", None, "A."), ("B", None, "B.")], &[]);
    assert_declared::<Crowded>(
        &[
            ("TOP", Some(255), "The largest u8."),
            ("NO_VALUE", None, "No value."),
            ("ONE", Some(1), "One."),
        ],
        &[],
    );
    let value: Option<u16> = Pending::TWO.value();
    assert_eq!(value, Some(2));
    assert_eq!(Pending::NOT_YET, Pending::UNASSIGNED);
    assert_eq!(Pending::NOT_YET.value(), None);
    // Their discriminants are no value of the table.
    for code in [Pending::UNASSIGNED, Pending::RESERVED] {
        let discriminant = code as u16;
        assert!(discriminant > 2, "{code:?} = {discriminant}");
        assert_eq!(discriminant, common::discriminant(code));
        assert_eq!(Pending::from_value(discriminant), None);
        assert!(discriminant.to_string().parse::<Pending>().is_err());
    }
    assert_ne!(Pending::UNASSIGNED as u16, Pending::RESERVED as u16);
    assert_ne!(Valueless::A as u32, Valueless::B as u32);
    let no_value = discriminant(Crowded::NO_VALUE);
    assert!(no_value != 255 && no_value != 1, "{no_value}");
    assert_eq!(Crowded::from_value(no_value), None);
    assert!(Table::of::<Crowded>().from_value(no_value).is_none());
    for code in Valueless::all().iter().copied() {
        assert_eq!(Valueless::from_value(discriminant(code)), None);
    }
}

/// Writes column `at` of `code` as written, through `Layout::column_cell`.
struct ColumnOf<C>(C, usize);

impl<C: Code> fmt::Display for ColumnOf<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.column_cell(self.1, &mut |cell| write!(f, "{cell}"))
    }
}

#[test]
#[allow(deprecated)]
fn languages_details_deprecation_and_columns() {
    assert_declared::<Service>(
        &[
            ("OK", Some(0), "Success."),
            ("BUSY", Some(-16), "Busy."),
            ("OLD_FAILURE", Some(7), "The old failure."),
            ("OLD_OK", Some(8), "The old success."),
            ("CLOSED", None, "Closed, no value."),
        ],
        &[
            ("OVERLOADED", Service::BUSY),
            ("FAILURE", Service::OLD_FAILURE),
        ],
    );
    // Languages: the first is the default; each entry has both.
    assert_eq!(Service::LANGS, ["en", "zh"]);
    let zh: Vec<Option<&str>> = Service::all()
        .iter()
        .copied()
        .map(|c| c.description_in("zh"))
        .collect();
    assert_eq!(
        zh,
        [
            Some("成功。"),
            Some("繁忙。"),
            Some("已弃用。"),
            Some("旧的成功。"),
            Some("已关闭。")
        ]
    );
    assert_eq!(
        Service::OLD_OK.description_in("en"),
        Some("The old success.")
    );
    assert_eq!(Service::OK.description_in("fr"), None);
    assert_eq!(Service::OK.description_in("EN"), None);
    assert_eq!(I8Codes::LANGS, ["en"]);
    assert_eq!(I8Codes::MIN.description_in("en"), Some("The smallest i8."));
    let failure = Service::ALIASES[1];
    assert_eq!(failure.description_in("zh"), Some("旧名称。"));
    assert_eq!(failure.description(), Some("The old name."));
    assert!(failure.is_deprecated());
    let overloaded = Service::ALIASES[0];
    assert_eq!(
        overloaded.details(),
        Some("The name the first release used.")
    );
    assert_eq!(overloaded.description_in("en"), None);
    assert!(!overloaded.is_deprecated());
    // Doc comments become details, trimmed, paragraphs kept.
    let details: Vec<Option<&str>> = Service::all()
        .iter()
        .copied()
        .map(Service::details)
        .collect();
    assert_eq!(
        details,
        [
            None,
            Some("Sent when the peer is overloaded.\n\nRetry after a while."),
            None,
            Some("Deprecated with a note, and documented."),
            None
        ]
    );
    assert_eq!(Level::WARNING.details(), None);
    assert_eq!(Level::ALIASES[0].details(), Some("The old name, read too."));
    // Deprecated entries, in both forms.
    let deprecated: Vec<&str> = Service::all()
        .iter()
        .copied()
        .filter(|c| c.is_deprecated())
        .map(Service::name)
        .collect();
    assert_eq!(deprecated, ["OLD_FAILURE", "OLD_OK"]);
    assert!(Service::FAILURE.is_deprecated());
    assert!(!Service::OVERLOADED.is_deprecated());
    // Columns: accessors (const), the trait's names and `column_cell`.
    const BUSY_HTTP: u16 = Service::BUSY.http();
    assert_eq!(BUSY_HTTP, 503);
    let columns: Vec<(u16, bool)> = Service::all()
        .iter()
        .copied()
        .map(|c| (c.http(), c.retryable()))
        .collect();
    assert_eq!(
        columns,
        [
            (200, false),
            (503, true),
            (500, false),
            (204, false),
            (0, false)
        ]
    );
    assert_eq!(Service::OVERLOADED.http(), 503);
    assert!(Service::OVERLOADED.retryable());
    assert_eq!(<Service as Code>::COLUMNS, ["http", "retryable"]);
    assert!(<I8Codes as Code>::COLUMNS.is_empty());
    assert_eq!(ColumnOf(Service::BUSY, 0).to_string(), "503");
    assert_eq!(ColumnOf(Service::BUSY, 1).to_string(), "true");
    assert_eq!(ColumnOf(Service::CLOSED, 1).to_string(), "false");
    assert_eq!(ColumnOf(Service::BUSY, 2).to_string(), "");
    assert_eq!(ColumnOf(I8Codes::MIN, 0).to_string(), "");
}

#[test]
fn lookups_are_const() {
    const ALL: &[U8Codes] = U8Codes::all();
    const FIRST: U8Codes = U8Codes::all()[0];
    const BUSY: Option<Service> = Service::from_value(-16);
    const FOLDED: Option<State> = State::from_name_ignore_ascii_case("no_table");
    const BY_VALUE: Option<State> = State::from_value("23505");
    const DECODED: Open<I64Codes> = I64Codes::decode(5);
    const NAME: &str = I16Codes::HIGHEST.name();
    const DESCRIPTION: &str = Words::UMLAUT.description();
    const DETAILS: Option<&str> = State::UNDEFINED_TABLE.details();
    const VALUE: Option<u16> = Pending::RESERVED.value();
    const {
        assert!(ALL.len() == 4);
        assert!(matches!(FIRST, U8Codes::ZERO));
        assert!(matches!(BUSY, Some(Service::BUSY)));
        assert!(matches!(FOLDED, Some(State::UNDEFINED_TABLE)));
        assert!(matches!(DECODED, Open::Unknown(v) if v.value() == 5));
        assert!(VALUE.is_none());
    };
    assert_eq!(
        ALL,
        [U8Codes::ZERO, U8Codes::SEVEN, U8Codes::MID, U8Codes::MAX]
    );
    assert_eq!(BY_VALUE, Some(State::UNIQUE));
    assert_eq!(NAME, "MAX");
    assert_eq!(DESCRIPTION, "Five characters, seven bytes.");
    assert_eq!(
        DETAILS,
        Some("The table named in the query does not exist.")
    );
}

/// A code of any table, described through the trait only.
fn describe<C: Code>(value: C::Value) -> String {
    match C::decode(value) {
        Open::Known(code) => format!("{}::{} = {value}", C::TABLE, code.name()),
        unknown @ Open::Unknown(_) => unknown.to_string(),
    }
}

/// The names of a table's codes and aliases, through the trait only.
fn names<C: Code>() -> Vec<&'static str> {
    C::all()
        .iter()
        .copied()
        .map(Code::name)
        .chain(C::ALIASES.iter().map(|a| a.name()))
        .collect()
}

/// The largest value of an integer table, through the trait only.
fn largest<C: Code<Value: IntegerValue>>() -> Option<i128> {
    C::all()
        .iter()
        .copied()
        .filter_map(Code::value)
        .map(IntegerValue::to_i128)
        .max()
}

#[test]
fn generic_code_over_every_kind_of_table() {
    assert_eq!(describe::<I8Codes>(-1), "I8Codes::MINUS_ONE = -1");
    assert_eq!(
        describe::<U64Codes>(u64::MAX),
        "U64Codes::MAX = 18446744073709551615"
    );
    assert_eq!(describe::<Pending>(3), "Pending 3 (not in the table)");
    assert_eq!(describe::<State>("42P01"), "State::UNDEFINED_TABLE = 42P01");
    assert_eq!(describe::<Words>("b"), "Words b (not in the table)");
    assert_eq!(names::<Level>(), ["INFO", "WARN", "WARNING"]);
    assert_eq!(
        names::<Pending>(),
        ["UNASSIGNED", "ONE", "RESERVED", "TWO", "UNO", "NOT_YET"]
    );
    assert_eq!(largest::<I16Codes>(), Some(32_767));
    assert_eq!(largest::<U64Codes>(), Some(u64::MAX.into()));
    assert_eq!(largest::<Valueless>(), None);
    assert_eq!(largest::<Service>(), Some(8));
}

#[test]
fn serde_round_trips() {
    // By value: each code, and `Open` of each code and of values the table lacks.
    macro_rules! by_value {
        ($($table:ty: [$($miss:expr),*]),+ $(,)?) => {$({
            type T = $table;
            for &code in T::all() {
                let json = serde_json::to_string(&code).expect("to JSON");
                assert_eq!(json, code.value().to_string(), "{code:?}");
                assert_eq!(serde_json::from_str::<T>(&json).expect("from JSON"), code);
                let open = serde_json::to_string(&Open::from(code)).expect("to JSON");
                assert_eq!(open, json);
                assert!(matches!(serde_json::from_str::<Open<T>>(&json), Ok(Open::Known(c)) if c == code));
            }
            $(
                let json = serde_json::to_string(&$miss).expect("to JSON");
                let error = serde_json::from_str::<T>(&json).expect_err("not a value");
                assert!(
                    error.to_string().starts_with(&format!("{} has no code with value {}", stringify!($table), $miss)),
                    "{error}"
                );
                let unknown: Open<T> = serde_json::from_str(&json).expect("an unknown value");
                assert!(matches!(unknown, Open::Unknown(v) if v.value() == $miss));
                assert_eq!(serde_json::to_string(&unknown).expect("to JSON"), json);
            )*
        })+};
    }
    by_value!(
        I8Codes: [1_i8, -2_i8],
        I16Codes: [-301_i16],
        I32Codes: [1005_i32, -16_i32],
        I64Codes: [1_i64, i64::MIN + 1],
        U8Codes: [8_u8],
        U16Codes: [405_u16],
        U32Codes: [1_u32],
        U64Codes: [u64::MAX - 1],
        Sequential: [14_u8],
        Packed: [-4_i8],
        Opened: [2_u16],
    );
    assert_eq!(
        serde_json::to_string(&I64Codes::MIN).unwrap(),
        "-9223372036854775808"
    );
    assert_eq!(
        serde_json::to_string(&[U64Codes::HIGH_BIT, U64Codes::LARGEST]).unwrap(),
        "[9223372036854775808,18446744073709551615]"
    );
    assert!(serde_json::from_str::<U8Codes>("256").is_err());
    assert!(serde_json::from_str::<U8Codes>("\"MAX\"").is_err());

    // By name: `#[codes(serde = name)]`, and tables with value-less entries; aliases read.
    macro_rules! by_name {
        ($($table:ty),+) => {$({
            type T = $table;
            for &code in T::all() {
                let json = serde_json::to_string(&code).expect("to JSON");
                assert_eq!(json, format!("\"{}\"", code.name()));
                assert_eq!(serde_json::from_str::<T>(&json).expect("from JSON"), code);
            }
            for alias in T::ALIASES {
                let json = format!("\"{}\"", alias.name());
                assert_eq!(serde_json::from_str::<T>(&json).expect("an alias"), alias.code());
            }
            let error = serde_json::from_str::<T>("\"NO_SUCH_NAME\"").expect_err("unknown");
            assert!(error.to_string().contains(stringify!($table)), "{error}");
        })+};
    }
    by_name!(Level, Pending, Valueless, Crowded, Service, Words);
    assert_eq!(serde_json::to_string(&Level::WARNING).unwrap(), "\"WARN\"");
    assert_eq!(
        serde_json::from_str::<Level>("\"WARNING\"").unwrap(),
        Level::WARN
    );
    assert_eq!(
        serde_json::to_string(&[Pending::NOT_YET, Pending::UNO]).unwrap(),
        "[\"UNASSIGNED\",\"ONE\"]"
    );

    // A string table: by value, `Open` too; a value cut short is an error to write.
    for &code in State::all() {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, format!("\"{}\"", code.value()));
        assert_eq!(serde_json::from_str::<State>(&json).unwrap(), code);
        assert_eq!(serde_json::to_string(&Open::from(code)).unwrap(), json);
    }
    let error = serde_json::from_str::<State>("\"XX999\"").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("State has no code with value XX999"),
        "{error}"
    );
    let unknown: Open<State> = serde_json::from_str("\"XX999\"").unwrap();
    assert!(matches!(unknown, Open::Unknown(v) if v.value() == InlineStr::new("XX999")));
    assert_eq!(serde_json::to_string(&unknown).unwrap(), "\"XX999\"");
    let long: Open<State> = serde_json::from_str("\"235050\"").unwrap();
    assert!(long.value().is_some_and(|raw| raw.is_truncated()));
    assert!(serde_json::to_string(&long).is_err());
    assert!(serde_json::from_str::<State>("23505").is_err());
}

#[test]
fn tables_that_pass_attributes_through() {
    // `cfg_attr` opens the table: its `all()` is still every variant, in order.
    assert_declared::<Opened>(
        &[
            ("FIRST", Some(1), "First."),
            ("SECOND", Some(70), "Second."),
            ("THIRD", Some(3), "Third."),
        ],
        &[("ALSO_FIRST", Opened::FIRST)],
    );
    assert_eq!(
        Opened::all(),
        [Opened::FIRST, Opened::SECOND, Opened::THIRD]
    );
    let discriminants: Vec<u16> = Opened::all().iter().copied().map(discriminant).collect();
    assert_eq!(discriminants, [1, 70, 3]);
    assert_eq!(Opened::from_value(70), Some(Opened::SECOND));
    assert_eq!("ALSO_FIRST".parse(), Ok(Opened::FIRST));
    // serde's own derives, with their helpers: names as serde renames them.
    assert_declared::<Derived>(
        &[
            ("LOW", Some(-5), "Low."),
            ("HIGH", Some(9), "High."),
            ("MIDDLE", Some(2), "Middle."),
        ],
        &[("BOTTOM", Derived::LOW)],
    );
    assert_eq!(
        Derived::all(),
        [Derived::LOW, Derived::HIGH, Derived::MIDDLE]
    );
    let discriminants: Vec<i16> = Derived::all().iter().copied().map(discriminant).collect();
    assert_eq!(discriminants, [-5, 9, 2]);
    assert_eq!(
        serde_json::to_string(Derived::all()).unwrap(),
        "[\"low\",\"top\",\"middle\"]"
    );
    assert_eq!(
        serde_json::from_str::<Derived>("\"top\"").unwrap(),
        Derived::HIGH
    );
    assert_eq!(
        serde_json::from_str::<Derived>("\"low\"").unwrap(),
        Derived::BOTTOM
    );
    assert!(serde_json::from_str::<Derived>("\"HIGH\"").is_err());
    assert!(serde_json::from_str::<Derived>("9").is_err());
    assert_eq!(Derived::HIGH.to_string(), "HIGH (9): High.");
    // serde_repr's derives: the discriminants, which are the values.
    assert_declared::<DerivedRepr>(
        &[
            ("OK", Some(0), "Success."),
            ("TIMEOUT", Some(-1001), "The call timed out."),
            ("BUSY", Some(7), "Busy."),
        ],
        &[],
    );
    assert_eq!(
        serde_json::to_string(DerivedRepr::all()).unwrap(),
        "[0,-1001,7]"
    );
    assert_eq!(
        serde_json::from_str::<DerivedRepr>("-1001").unwrap(),
        DerivedRepr::TIMEOUT
    );
    assert!(serde_json::from_str::<DerivedRepr>("8").is_err());
}
