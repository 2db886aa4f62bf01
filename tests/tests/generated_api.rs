//! Every method and impl that `define_codes!` generates, on tables declared here: every
//! value type at its extremes and in every literal form, entries without values,
//! aliases of both forms, `#[langs]`, doc comments, `#[deprecated]`, raw and non-ASCII
//! names; what `as` gives, how codes order, print and parse, and the `const` lookups.

#[macro_use]
mod common;

use codetable::{Code, IntegerValue, Table, UnknownName, UnknownValue, Value};
use common::{check_table, check_unknown_name};
use proptest::prelude::*;
use std::collections::{BTreeSet, HashSet};
use std::marker::PhantomData;

codetable::define_codes! {
    /// `i8` at its extremes (a sparse, hashed lookup).
    pub enum I8s: i8 {
        MIN = -128 => "The smallest i8.",
        NEG = -0x1 => "Minus one, in hex.",
        ZERO = 0 => "Zero.",
        MAX = 0x7Fi8 => "The largest i8, in hex with a suffix.",
    }

    /// `i16` at its extremes.
    pub enum I16s: i16 {
        MAX = 32_767 => "The largest i16, with an underscore.",
        MIN = -32_768i16 => "The smallest i16, with a suffix.",
        NEG = -0o7 => "Minus seven, in octal.",
    }

    /// `i32` at its extremes.
    pub enum I32s: i32 {
        MIN = -2_147_483_648 => "The smallest i32.",
        MAX = 0x7FFF_FFFF => "The largest i32.",
        NEG = -0b1_0000 => "Minus sixteen, in binary.",
        SUFFIXED = 42i32 => "Forty-two, with a suffix.",
    }

    /// `i64` at its extremes.
    pub enum I64s: i64 {
        MIN = -9_223_372_036_854_775_808 => "The smallest i64.",
        MAX = 0x7FFF_FFFF_FFFF_FFFFi64 => "The largest i64.",
        NEG = -1_000_000_000_000 => "Minus a trillion.",
        ZERO = 0 => "Zero.",
    }

    /// `u8` at its extremes.
    pub enum U8s: u8 {
        ZERO = 0 => "Zero.",
        MAX = 0xFF => "The largest u8.",
        MID = 1_28u8 => "128, with an odd underscore and a suffix.",
    }

    /// `u16` at its extremes.
    pub enum U16s: u16 {
        MAX = 65_535u16 => "The largest u16.",
        ZERO = 0x0 => "Zero, in hex.",
        TOP_BIT = 0b1000_0000_0000_0000 => "The top bit.",
    }

    /// `u32` at its extremes.
    pub enum U32s: u32 {
        ZERO = 0 => "Zero.",
        MAX = 0xFFFF_FFFF => "The largest u32.",
        TOP_BIT = 2_147_483_648u32 => "The top bit.",
    }

    /// `u64` at its extremes.
    pub enum U64s: u64 {
        ZERO = 0 => "Zero.",
        MAX = 18_446_744_073_709_551_615u64 => "The largest u64.",
        TOP_BIT = 0x8000_0000_0000_0000 => "The top bit.",
        BELOW_MAX = 0o1777777777777777777776 => "One below the largest u64, in octal.",
    }

    /// Values packed around zero (a dense lookup starting below zero).
    pub enum DenseSigned: i8 {
        A = -5 => "Minus five.",
        B = -1 => "Minus one.",
        C = 0 => "Zero.",
        D = 5 => "Five.",
    }

    /// Values packed at the top of `u64` (a dense lookup near the wrap).
    pub enum DenseTop: u64 {
        A = 18_446_744_073_709_551_610 => "Five below the largest u64.",
        B = 18_446_744_073_709_551_615 => "The largest u64.",
    }

    /// Values packed at the bottom of `i64`.
    pub enum DenseBottom: i64 {
        A = -9_223_372_036_854_775_808 => "The smallest i64.",
        B = -9_223_372_036_854_775_800 => "Eight above it.",
    }

    /// Some entries have no value.
    pub enum Mixed: u16 {
        FIRST_WITHOUT = _ => "No value, first.",
        ONE = 1 => "One.",
        SECOND_WITHOUT = _ => "No value, second.",
        TWO = 0x2 => "Two.",
    }

    /// No entry has a value.
    pub enum Valueless: u32 {
        A => "A.",
        B => "B.",
    }

    /// Aliases of both forms: `#[alias] NAME = value` and C's `NAME = EARLIER`, with and
    /// without descriptions, doc comments and `#[deprecated]`.
    pub enum Aliased: i32 {
        LATER = 20 => "Declared first, with a larger value.",
        FIRST = 7 => "The first with 7.",
        #[alias]
        SECOND = 7 => "The second name of 7.",
        OTHER = 8 => "Eight.",
        /// C's form, documented, without a description.
        THIRD = FIRST,
        #[alias]
        LATER_AGAIN = 0x14,
        /// C's form with a description of its own, deprecated.
        #[deprecated(note = "use OTHER")]
        OLD_OTHER = OTHER => "Eight, under its old name.",
        /// The value form, deprecated.
        #[alias]
        #[deprecated]
        OLDER_OTHER = 8 => "Eight, under an older name.",
        /// An alias of an alias stands for the same code.
        FOURTH = THIRD,
    }

    /// An alias of a value above `i64::MAX` (a hashed lookup).
    pub enum AliasedSparse: u64 {
        SMALL = 1 => "One.",
        HUGE = 18_000_000_000_000_000_000 => "Above i64::MAX.",
        #[alias]
        HUGE_AGAIN = 18_000_000_000_000_000_000 => "The same, again.",
        SMALL_AGAIN = SMALL,
    }

    /// Two languages, and an alias with descriptions in both.
    #[langs(en, de)]
    pub enum AliasedLanguages: i16 {
        MINUS = -1 => { en: "Minus one.", de: "Minus eins." },
        #[alias]
        NEGATIVE_ONE = -1 => { de: "Minus eins, nochmals.", en: "Minus one, again." },
        LESS = MINUS,
    }

    /// Return codes declared out of value order, negative ones included.
    pub enum Returns: i32 {
        OK = 0 => "Success.",
        TIMEOUT = 1001 => "The call timed out.",
        BUSY = 7 => "The device is busy.",
        NOT_FOUND = 404 => "Not found.",
        REJECTED = -17 => "The request was rejected.",
        MISSING = NOT_FOUND,
    }

    /// The largest `u8` is taken: the entry without a value gets a discriminant below.
    pub enum Full: u8 {
        TOP = 255 => "The largest u8.",
        NO_VALUE = _ => "No value.",
        ZERO_ISH = 1 => "One.",
    }

    /// Three languages; the default is the first declared, not English.
    #[langs(fr, en, "pt-BR")]
    pub enum Languages: u8 {
        HELLO = 1 => { en: "Hello.", fr: "Bonjour.", "pt-BR": "Olá." },
        BYE = 2 => { "pt-BR": "Tchau.", fr: "Au revoir.", en: "Bye." },
    }

    /// Doc comments become `details()`.
    pub enum Documented: u8 {
        /// One line.
        ONE_LINE = 1 => "A one-line doc.",
        /// First line,
        /// second line.
        ///     Indented third line.
        LINES = 2 => "A multi-line doc.",
        ///
        /// Blank lines around.
        ///
        ///
        BLANK_AROUND = 3 => "Blank lines around the doc.",
        #[doc = "Attribute form."]
        #[doc = "Second attribute."]
        ATTRIBUTES = 4 => "Doc attributes.",
        ///
        ONLY_BLANK = 5 => "A blank doc.",
        NO_DOCS = 6 => "No doc.",
        #[doc = "Line one\nline two."]
        NEWLINE_IN_ATTRIBUTE = 7 => "A doc attribute with a newline.",
    }

    /// Doc comments with paragraphs.
    pub enum Paragraphs: u8 {
        /// First paragraph.
        ///
        /// Second paragraph.
        ///
        ///
        /// Third, after two blank lines.
        TWO_PARAGRAPHS = 1 => "Paragraphs.",
    }

    /// Deprecated entries, in every form of the attribute.
    pub enum Deprecations: u8 {
        CURRENT = 1 => "Current.",
        #[deprecated]
        PLAIN = 2 => "Plain deprecated.",
        #[deprecated = "use CURRENT"]
        WITH_NOTE = 3 => "Deprecated with a note.",
        #[deprecated(since = "0.1.0", note = "use CURRENT")]
        WITH_SINCE = 4 => "Deprecated since a version.",
        /// Documented and deprecated.
        #[deprecated]
        DOCUMENTED = 5 => "Documented and deprecated.",
    }

    /// Raw, mixed-case and non-ASCII names: no two are equal ignoring ASCII case.
    pub enum Names: u8 {
        r#type = 1 => "A keyword name.",
        r#match = 2 => "Another keyword name.",
        Ok = 3 => "Mixed case.",
        ÉCHEC = 6 => "A non-ASCII name.",
        éCHEC = 4 => "Differs from the one above in a non-ASCII letter only.",
        a = 8 => "Lower case a.",
        A_NAME_LONGER_THAN_THE_FORTY_EIGHT_BYTES_AN_ERROR_KEEPS = 9 => "A long name.",
    }

    /// Values in decreasing order: codes order by value, not by declaration.
    pub enum Descending: i32 {
        HIGH = 3 => "High.",
        MID = 2 => "Middle.",
        LOW = -1 => "Low.",
    }
}

/// Checks that `C`'s entries are, in order, `expected` (name, value).
fn assert_entries<C: Code<Value: IntegerValue>>(expected: &[(&str, Option<i128>)]) {
    let actual: Vec<(&str, Option<i128>)> = C::all()
        .iter()
        .copied()
        .map(|code| (code.name(), code.value().map(IntegerValue::to_i128)))
        .collect();
    assert_eq!(actual, expected, "{}", C::TABLE);
    assert_eq!(C::all().len(), expected.len());
}

fn some(value: impl Into<i128>) -> Option<i128> {
    Some(value.into())
}

#[test]
fn literals_give_the_values_written() {
    assert_entries::<I8s>(&[
        ("MIN", some(i8::MIN)),
        ("NEG", some(-1)),
        ("ZERO", some(0)),
        ("MAX", some(i8::MAX)),
    ]);
    assert_entries::<I16s>(&[
        ("MAX", some(i16::MAX)),
        ("MIN", some(i16::MIN)),
        ("NEG", some(-7)),
    ]);
    assert_entries::<I32s>(&[
        ("MIN", some(i32::MIN)),
        ("MAX", some(i32::MAX)),
        ("NEG", some(-16)),
        ("SUFFIXED", some(42)),
    ]);
    assert_entries::<I64s>(&[
        ("MIN", some(i64::MIN)),
        ("MAX", some(i64::MAX)),
        ("NEG", some(-1_000_000_000_000_i64)),
        ("ZERO", some(0)),
    ]);
    assert_entries::<U8s>(&[
        ("ZERO", some(0)),
        ("MAX", some(u8::MAX)),
        ("MID", some(128)),
    ]);
    assert_entries::<U16s>(&[
        ("MAX", some(u16::MAX)),
        ("ZERO", some(0)),
        ("TOP_BIT", some(0x8000)),
    ]);
    assert_entries::<U32s>(&[
        ("ZERO", some(0)),
        ("MAX", some(u32::MAX)),
        ("TOP_BIT", some(1_u32 << 31)),
    ]);
    assert_entries::<U64s>(&[
        ("ZERO", some(0)),
        ("MAX", some(u64::MAX)),
        ("TOP_BIT", some(1_u64 << 63)),
        ("BELOW_MAX", some(u64::MAX - 1)),
    ]);
    assert_entries::<DenseSigned>(&[
        ("A", some(-5)),
        ("B", some(-1)),
        ("C", some(0)),
        ("D", some(5)),
    ]);
    assert_entries::<DenseTop>(&[("A", some(u64::MAX - 5)), ("B", some(u64::MAX))]);
    assert_entries::<DenseBottom>(&[("A", some(i64::MIN)), ("B", some(i64::MIN + 8))]);
    assert_entries::<Mixed>(&[
        ("FIRST_WITHOUT", None),
        ("ONE", some(1)),
        ("SECOND_WITHOUT", None),
        ("TWO", some(2)),
    ]);
    assert_entries::<Valueless>(&[("A", None), ("B", None)]);
    // Aliases are not entries.
    assert_entries::<Aliased>(&[("LATER", some(20)), ("FIRST", some(7)), ("OTHER", some(8))]);
    assert_entries::<AliasedSparse>(&[
        ("SMALL", some(1)),
        ("HUGE", some(18_000_000_000_000_000_000_u64)),
    ]);
}

#[test]
fn the_inherent_methods_have_the_declared_types() {
    // `value()` returns the type itself when every entry has a value ...
    let value: i8 = I8s::MIN.value();
    assert_eq!(value, i8::MIN);
    let value: u64 = U64s::MAX.value();
    assert_eq!(value, u64::MAX);
    assert_eq!(I64s::MIN.value(), i64::MIN);
    assert_eq!(I16s::NEG.value(), -7);
    assert_eq!(U32s::TOP_BIT.value(), 2_147_483_648);
    // ... and an `Option` when one has none.
    let value: Option<u16> = Mixed::ONE.value();
    assert_eq!(value, Some(1));
    assert_eq!(Mixed::FIRST_WITHOUT.value(), None);
    assert_eq!(Valueless::B.value(), None);
    // The trait's `value()` is always an `Option`.
    assert_eq!(Code::value(I8s::MAX), Some(i8::MAX));
    assert_eq!(Code::value(Mixed::SECOND_WITHOUT), None);
    // `from_value` takes the declared type.
    assert_eq!(I8s::from_value(i8::MIN), Some(I8s::MIN));
    assert_eq!(U64s::from_value(u64::MAX), Some(U64s::MAX));
    assert_eq!(I64s::from_value(i64::MIN), Some(I64s::MIN));
    assert_eq!(I64s::from_value(i64::MIN + 1), None);
    assert_eq!(Mixed::from_value(2), Some(Mixed::TWO));
    assert_eq!(Mixed::from_value(0), None);
    assert_eq!(Valueless::from_value(0), None);
}

#[test]
fn constants_describe_the_table() {
    assert_eq!(I8s::COUNT, 4);
    assert_eq!(I8s::all(), [I8s::MIN, I8s::NEG, I8s::ZERO, I8s::MAX]);
    assert_eq!(I8s::LANGS, ["en"]);
    assert_eq!(Languages::LANGS, ["fr", "en", "pt-BR"]);
    assert_eq!(<Languages as Code>::LANGS, Languages::LANGS);
    assert_eq!(<Languages as Code>::all(), Languages::all());
    assert_eq!(<I8s as Code>::TABLE, "I8s");
    assert_eq!(<Names as Code>::TABLE, "Names");
    assert_eq!(Names::COUNT, Names::all().len());
    // all() and COUNT list the variants: the six aliases are not among them.
    assert_eq!(Aliased::COUNT, 3);
    assert_eq!(
        Aliased::all(),
        [Aliased::LATER, Aliased::FIRST, Aliased::OTHER]
    );
    assert_eq!(Aliased::ALIASES.len(), 6);
    assert_eq!(<Aliased as Code>::ALIASES, Aliased::ALIASES);
    assert!(I8s::ALIASES.is_empty());
    assert_eq!(Table::of::<I8s>().all().len(), I8s::all().len());
    assert_eq!(
        <I8s as Code>::all()
            .iter()
            .copied()
            .rev()
            .collect::<Vec<_>>(),
        [I8s::MAX, I8s::ZERO, I8s::NEG, I8s::MIN]
    );
    assert_eq!(I8s::all().iter().copied().len(), 4);
}

#[test]
fn methods_are_usable_in_constants() {
    const NAME: &str = Descending::HIGH.name();
    const VALUE: i32 = Descending::LOW.value();
    const DESCRIPTION: &str = Descending::MID.description();
    const DETAILS: Option<&str> = Documented::ONE_LINE.details();
    const NO_DETAILS: Option<&str> = Documented::NO_DOCS.details();
    #[allow(deprecated)]
    const DEPRECATED: bool = Deprecations::PLAIN.is_deprecated();
    const OPTIONAL: Option<u16> = Mixed::FIRST_WITHOUT.value();
    assert_eq!(NAME, "HIGH");
    assert_eq!(VALUE, -1);
    assert_eq!(DESCRIPTION, "Middle.");
    assert_eq!(DETAILS, Some("One line."));
    assert_eq!(NO_DETAILS, None);
    const { assert!(DEPRECATED) };
    assert_eq!(OPTIONAL, None);
}

/// The value of the code named `name` in `Returns`, or `-1`, computed in `const`.
const fn value_named(name: &str) -> i32 {
    match Returns::from_name(name) {
        Some(code) => code as i32,
        None => -1,
    }
}

#[test]
fn lookups_are_usable_in_constants() {
    const BY_VALUE: Option<I32s> = I32s::from_value(-16);
    const HUGE: Option<U64s> = U64s::from_value(u64::MAX - 1);
    const ABSENT: Option<U64s> = U64s::from_value(1);
    const BY_NAME: Option<Returns> = Returns::from_name("TIMEOUT");
    const BY_ALIAS: Option<Aliased> = Aliased::from_name("THIRD");
    const FOLDED: Option<Names> = Names::from_name_ignore_ascii_case("TYPE");
    const FOLDED_ALIAS: Option<Aliased> = Aliased::from_name_ignore_ascii_case("later_again");
    const NOT_FOLDED: Option<Names> = Names::from_name("TYPE");
    const VALUELESS: Option<Mixed> = Mixed::from_value(Mixed::FIRST_WITHOUT as u16);
    const NOT_FOUND: i32 = value_named("MISSING");
    const TABLE: [Option<Returns>; 3] = [
        Returns::from_value(404),
        Returns::from_name("REJECTED"),
        Returns::from_name_ignore_ascii_case("busy"),
    ];
    // Evaluated at compile time: a wrong answer fails the build.
    const {
        assert!(matches!(BY_VALUE, Some(I32s::NEG)));
        assert!(matches!(BY_NAME, Some(Returns::TIMEOUT)));
        assert!(matches!(BY_ALIAS, Some(Aliased::FIRST)));
        assert!(VALUELESS.is_none());
        assert!(NOT_FOUND == 404);
    };
    assert_eq!(BY_VALUE, Some(I32s::NEG));
    assert_eq!(HUGE, Some(U64s::BELOW_MAX));
    assert_eq!(ABSENT, None);
    assert_eq!(BY_NAME, Some(Returns::TIMEOUT));
    assert_eq!(BY_ALIAS, Some(Aliased::FIRST));
    assert_eq!(FOLDED, Some(Names::r#type));
    assert_eq!(FOLDED_ALIAS, Some(Aliased::LATER));
    assert_eq!(NOT_FOLDED, None);
    assert_eq!(VALUELESS, None);
    assert_eq!(NOT_FOUND, 404);
    assert_eq!(value_named("NOPE"), -1);
    assert_eq!(
        TABLE,
        [
            Some(Returns::NOT_FOUND),
            Some(Returns::REJECTED),
            Some(Returns::BUSY)
        ]
    );
}

#[test]
fn casting_gives_the_value() {
    assert_casts_give_values!(
        I8s: i8,
        I16s: i16,
        I32s: i32,
        I64s: i64,
        U8s: u8,
        U16s: u16,
        U32s: u32,
        U64s: u64,
        DenseSigned: i8,
        DenseTop: u64,
        DenseBottom: i64,
        Aliased: i32,
        AliasedSparse: u64,
        AliasedLanguages: i16,
        Returns: i32,
        Languages: u8,
        Documented: u8,
        Paragraphs: u8,
        Deprecations: u8,
        Names: u8,
        Descending: i32,
    );
    assert_eq!(I8s::MIN as i8, i8::MIN);
    assert_eq!(I8s::NEG as i8, -1);
    assert_eq!(I64s::MIN as i64, i64::MIN);
    assert_eq!(I64s::NEG as i64, -1_000_000_000_000);
    assert_eq!(U64s::MAX as u64, u64::MAX);
    assert_eq!(U64s::TOP_BIT as u64, 1 << 63);
    assert_eq!(U64s::BELOW_MAX as u64, u64::MAX - 1);
    assert_eq!(DenseTop::A as u64, u64::MAX - 5);
    assert_eq!(Descending::LOW as i32, -1);
    assert_eq!(Returns::REJECTED as i32, -17);
    assert_eq!(Returns::MISSING as i32, 404);
    assert_eq!(AliasedSparse::HUGE_AGAIN as u64, 18_000_000_000_000_000_000);
    // Widening casts extend by the value type's signedness.
    assert_eq!(I8s::NEG as i64, -1);
    assert_eq!(U8s::MAX as i32, 255);
    assert_eq!(U32s::MAX as i64, 4_294_967_295);
    // The enum is laid out as its value type.
    assert_eq!(size_of::<I8s>(), 1);
    assert_eq!(size_of::<U16s>(), 2);
    assert_eq!(size_of::<Returns>(), 4);
    assert_eq!(size_of::<DenseTop>(), 8);
    assert_eq!(size_of::<Mixed>(), 2);
}

#[test]
fn entries_without_a_value_are_not_found_by_their_discriminant() {
    // They get discriminants after the largest value, and `from_value` skips them.
    let largest = Mixed::all().iter().copied().filter_map(Mixed::value).max();
    assert_eq!(largest, Some(2));
    for code in [Mixed::FIRST_WITHOUT, Mixed::SECOND_WITHOUT] {
        let discriminant = code as u16;
        assert!(discriminant > 2, "{code:?} = {discriminant}");
        assert_eq!(Mixed::from_value(discriminant), None);
        assert!(Mixed::try_from(discriminant).is_err());
        assert!(discriminant.to_string().parse::<Mixed>().is_err());
    }
    assert_ne!(Mixed::FIRST_WITHOUT as u16, Mixed::SECOND_WITHOUT as u16);
    assert_eq!(Mixed::from_value(Mixed::ONE as u16), Some(Mixed::ONE));
    for code in Valueless::all().iter().copied() {
        assert_eq!(Valueless::from_value(code as u32), None, "{code:?}");
    }
    assert_ne!(Valueless::A as u32, Valueless::B as u32);
    // No room above the largest `u8`: the discriminant is one no entry has as its value.
    let no_value = Full::NO_VALUE as u8;
    assert!(no_value != 255 && no_value != 1, "{no_value}");
    assert_eq!(Full::from_value(no_value), None);
    assert_eq!(Full::from_value(255), Some(Full::TOP));
    assert_eq!(Full::NO_VALUE.value(), None);
    assert_eq!(Full::NO_VALUE.to_string(), "NO_VALUE: No value.");
    let table = Table::of::<Full>();
    assert!(table.from_value(no_value).is_none());
    assert_eq!(table.from_name("NO_VALUE").map(|e| e.value), Some(None));
}

#[test]
fn aliases_are_the_codes_they_stand_for() {
    #[allow(deprecated)]
    let (old_other, older_other) = (Aliased::OLD_OTHER, Aliased::OLDER_OTHER);
    assert_eq!(Aliased::SECOND, Aliased::FIRST);
    assert_eq!(Aliased::THIRD, Aliased::FIRST);
    assert_eq!(Aliased::FOURTH, Aliased::FIRST);
    assert_eq!(Aliased::LATER_AGAIN, Aliased::LATER);
    assert_eq!(old_other, Aliased::OTHER);
    assert_eq!(older_other, Aliased::OTHER);
    assert_eq!(AliasedSparse::HUGE_AGAIN, AliasedSparse::HUGE);
    assert_eq!(AliasedSparse::SMALL_AGAIN, AliasedSparse::SMALL);
    assert_eq!(AliasedLanguages::NEGATIVE_ONE, AliasedLanguages::MINUS);
    assert_eq!(Returns::MISSING, Returns::NOT_FOUND);
    // So everything about them is the original's.
    assert_eq!(Aliased::THIRD.name(), "FIRST");
    assert_eq!(Aliased::SECOND.value(), 7);
    assert_eq!(Aliased::THIRD.description(), "The first with 7.");
    assert_eq!(Aliased::THIRD.details(), None);
    assert!(!older_other.is_deprecated());
    assert_eq!(codetable::__private::Layout::position(Aliased::SECOND), 1);
    assert_eq!(format!("{:?}", Aliased::THIRD), "FIRST = 7");
    assert_eq!(Aliased::THIRD.to_string(), "FIRST (7): The first with 7.");
    assert_eq!(i32::from(Aliased::LATER_AGAIN), 20);
    let set: HashSet<Aliased> = [Aliased::FIRST, Aliased::SECOND, Aliased::THIRD].into();
    assert_eq!(set.len(), 1);
    // Lookups give the original.
    assert_eq!(Aliased::from_value(7), Some(Aliased::FIRST));
    assert_eq!(Aliased::from_value(20), Some(Aliased::LATER));
    assert_eq!(Aliased::try_from(8), Ok(Aliased::OTHER));
    for (alias, original) in [
        ("SECOND", Aliased::FIRST),
        ("THIRD", Aliased::FIRST),
        ("FOURTH", Aliased::FIRST),
        ("LATER_AGAIN", Aliased::LATER),
        ("OLD_OTHER", Aliased::OTHER),
        ("OLDER_OTHER", Aliased::OTHER),
    ] {
        assert_eq!(Aliased::from_name(alias), Some(original), "{alias}");
        assert_eq!(alias.parse(), Ok(original), "{alias}");
        assert_eq!(
            Aliased::from_name_ignore_ascii_case(&alias.to_ascii_lowercase()),
            Some(original),
            "{alias}"
        );
        assert_eq!(<Aliased as Code>::from_name(alias), Some(original));
    }
    assert_eq!(
        AliasedSparse::from_name("HUGE_AGAIN"),
        Some(AliasedSparse::HUGE)
    );
    assert_eq!(
        AliasedSparse::from_value(18_000_000_000_000_000_000),
        Some(AliasedSparse::HUGE)
    );
    assert_eq!(Returns::from_name("MISSING"), Some(Returns::NOT_FOUND));
}

/// What the match arms below see: aliases are patterns of the code they stand for.
fn classify(code: Aliased) -> &'static str {
    match code {
        Aliased::THIRD => "seven",
        Aliased::LATER_AGAIN => "twenty",
        #[allow(deprecated)]
        Aliased::OLD_OTHER => "eight",
    }
}

#[test]
fn aliases_work_as_match_patterns() {
    // The match above names no variant, only aliases, and is exhaustive.
    assert_eq!(classify(Aliased::FIRST), "seven");
    assert_eq!(classify(Aliased::LATER), "twenty");
    assert_eq!(classify(Aliased::OTHER), "eight");
    // A decoded value matches an arm written with an alias.
    let decoded = Aliased::from_value(7).expect("7");
    assert!(matches!(decoded, Aliased::SECOND));
    assert!(matches!(decoded, Aliased::FOURTH));
    assert!(!matches!(decoded, Aliased::LATER_AGAIN));
    let status = match Returns::from_value(404) {
        Some(Returns::MISSING) => "missing",
        Some(_) => "other",
        None => "unknown",
    };
    assert_eq!(status, "missing");
    const {
        assert!(matches!(
            AliasedSparse::from_value(1),
            Some(AliasedSparse::SMALL_AGAIN)
        ))
    };
}

#[test]
fn aliases_are_recorded_with_their_own_attributes() {
    let records: Vec<_> = Aliased::ALIASES
        .iter()
        .map(|a| {
            (
                a.name(),
                a.code(),
                a.description(),
                a.details(),
                a.is_deprecated(),
            )
        })
        .collect();
    assert_eq!(
        records,
        [
            (
                "SECOND",
                Aliased::FIRST,
                Some("The second name of 7."),
                None,
                false
            ),
            (
                "THIRD",
                Aliased::FIRST,
                None,
                Some("C's form, documented, without a description."),
                false
            ),
            ("LATER_AGAIN", Aliased::LATER, None, None, false),
            (
                "OLD_OTHER",
                Aliased::OTHER,
                Some("Eight, under its old name."),
                Some("C's form with a description of its own, deprecated."),
                true
            ),
            (
                "OLDER_OTHER",
                Aliased::OTHER,
                Some("Eight, under an older name."),
                Some("The value form, deprecated."),
                true
            ),
            (
                "FOURTH",
                Aliased::FIRST,
                None,
                Some("An alias of an alias stands for the same code."),
                false
            ),
        ]
    );
    // Descriptions in every language, in the table's order of languages.
    let negative = AliasedLanguages::ALIASES[0];
    assert_eq!(negative.name(), "NEGATIVE_ONE");
    assert_eq!(negative.description(), Some("Minus one, again."));
    assert_eq!(negative.description_in("en"), Some("Minus one, again."));
    assert_eq!(negative.description_in("de"), Some("Minus eins, nochmals."));
    assert_eq!(negative.description_in("fr"), None);
    let less = AliasedLanguages::ALIASES[1];
    assert_eq!(
        (less.name(), less.code()),
        ("LESS", AliasedLanguages::MINUS)
    );
    assert_eq!(less.description_in("de"), None);
    assert_eq!(Returns::ALIASES.len(), 1);
    assert_eq!(Returns::ALIASES[0].code(), Returns::NOT_FOUND);
}

#[test]
fn table_users_list_the_aliases() {
    let table = Table::of::<Aliased>();
    assert_eq!(table.count(), 3);
    let listed: Vec<(usize, &str, &str)> = table
        .aliases()
        .map(|alias| (alias.index, alias.name, alias.entry.name))
        .collect();
    assert_eq!(
        listed,
        [
            (0, "SECOND", "FIRST"),
            (1, "THIRD", "FIRST"),
            (2, "LATER_AGAIN", "LATER"),
            (3, "OLD_OTHER", "OTHER"),
            (4, "OLDER_OTHER", "OTHER"),
            (5, "FOURTH", "FIRST"),
        ]
    );
    let old = table.alias("OLD_OTHER").expect("an alias");
    assert_eq!(old.table, "Aliased");
    assert_eq!(old.entry.value, Some(Value::Int(8)));
    assert_eq!(old.entry.description, "Eight.");
    assert_eq!(old.description, Some("Eight, under its old name."));
    assert!(old.deprecated && !old.entry.deprecated);
    assert_eq!(
        old.details,
        Some("C's form with a description of its own, deprecated.")
    );
    assert!(table.alias("OTHER").is_none());
    assert!(table.alias("old_other").is_none());
    // Looking an alias's name up gives the entry it stands for.
    assert_eq!(table.from_name("OLD_OTHER").map(|e| e.name), Some("OTHER"));
    assert_eq!(
        table.from_name_ignore_ascii_case("fourth").map(|e| e.name),
        Some("FIRST")
    );
    assert!(table.from_name("fourth").is_none());
    // Values are not shared: the entry with a value is the only one.
    let sevens: Vec<&str> = table.from_value(7).into_iter().map(|e| e.name).collect();
    assert_eq!(sevens, ["FIRST"]);
    assert_eq!(table.from_value(20).map(|e| e.name), Some("LATER"));
    let languages = Table::of::<AliasedLanguages>();
    let negative = languages.alias("NEGATIVE_ONE").expect("an alias");
    assert_eq!(negative.description_in("de"), Some("Minus eins, nochmals."));
    assert_eq!(negative.description_in("xx"), None);
    assert_eq!(negative.entry.description_in("de"), Some("Minus eins."));
    assert_eq!(Table::of::<I8s>().aliases().count(), 0);
    let debug = format!("{old:?}");
    assert!(
        debug.contains("\"OLD_OTHER\"") && debug.contains("\"OTHER\""),
        "{debug}"
    );
}

#[test]
fn descriptions_in_every_language() {
    assert_eq!(Languages::HELLO.description(), "Bonjour.");
    assert_eq!(Languages::HELLO.to_string(), "HELLO (1): Bonjour.");
    assert_eq!(Languages::HELLO.description_in("fr"), Some("Bonjour."));
    assert_eq!(Languages::HELLO.description_in("en"), Some("Hello."));
    assert_eq!(Languages::HELLO.description_in("pt-BR"), Some("Olá."));
    assert_eq!(Languages::BYE.description_in("pt-BR"), Some("Tchau."));
    assert_eq!(Languages::BYE.description_in("en"), Some("Bye."));
    assert_eq!(Languages::BYE.description_in("fr"), Some("Au revoir."));
    for unknown in ["de", "", "EN", "pt", "pt-br", "en ", "zh"] {
        assert_eq!(
            Languages::HELLO.description_in(unknown),
            None,
            "{unknown:?}"
        );
        assert_eq!(Languages::BYE.description_in(unknown), None, "{unknown:?}");
    }
    assert_eq!(Code::description_in(Languages::BYE, "en"), Some("Bye."));
    assert_eq!(I8s::MIN.description_in("en"), Some("The smallest i8."));
    assert_eq!(I8s::MIN.description_in("fr"), None);
    let table = Table::of::<Languages>();
    let bye = table.from_name("BYE").expect("BYE");
    assert_eq!(bye.description, "Au revoir.");
    assert_eq!(bye.description_in("pt-BR"), Some("Tchau."));
    assert_eq!(bye.description_in("es"), None);
}
#[test]
fn doc_comments_become_details() {
    assert_eq!(Documented::ONE_LINE.details(), Some("One line."));
    assert_eq!(
        Documented::LINES.details(),
        Some("First line,\nsecond line.\n    Indented third line.")
    );
    assert_eq!(
        Documented::BLANK_AROUND.details(),
        Some("Blank lines around.")
    );
    assert_eq!(
        Documented::ATTRIBUTES.details(),
        Some("Attribute form.\nSecond attribute.")
    );
    assert_eq!(Documented::ONLY_BLANK.details(), None);
    assert_eq!(Documented::NO_DOCS.details(), None);
    assert_eq!(
        Documented::NEWLINE_IN_ATTRIBUTE.details(),
        Some("Line one\nline two.")
    );
    assert_eq!(
        Code::details(Documented::LINES),
        Documented::LINES.details()
    );
    #[allow(deprecated)]
    let documented = Deprecations::DOCUMENTED;
    assert_eq!(documented.details(), Some("Documented and deprecated."));
    assert_eq!(I8s::MIN.details(), None);
}

#[test]
fn doc_comments_keep_blank_lines_between_paragraphs() {
    assert_eq!(
        Paragraphs::TWO_PARAGRAPHS.details(),
        Some("First paragraph.\n\nSecond paragraph.\n\n\nThird, after two blank lines.")
    );
}

#[test]
fn deprecated_entries_are_marked() {
    let deprecated: Vec<&str> = Deprecations::all()
        .iter()
        .copied()
        .filter(|c| c.is_deprecated())
        .map(Deprecations::name)
        .collect();
    assert_eq!(
        deprecated,
        ["PLAIN", "WITH_NOTE", "WITH_SINCE", "DOCUMENTED"]
    );
    assert!(!Deprecations::CURRENT.is_deprecated());
    #[allow(deprecated)]
    {
        assert!(Deprecations::PLAIN.is_deprecated());
        assert!(Deprecations::WITH_NOTE.is_deprecated());
        assert!(Code::is_deprecated(Deprecations::WITH_SINCE));
        assert_eq!(Deprecations::from_value(3), Some(Deprecations::WITH_NOTE));
    }
    // Looking a deprecated entry up needs no `allow`: only naming it warns.
    let found = Deprecations::from_name("WITH_SINCE").expect("found by name");
    assert!(found.is_deprecated());
    assert_eq!(found.value(), 4);
    assert!(Table::of::<Deprecations>()
        .from_value(2)
        .is_some_and(|e| e.deprecated));
    assert!(!I8s::all().iter().copied().any(I8s::is_deprecated));
}

#[test]
fn raw_and_unicode_names() {
    assert_eq!(Names::r#type.name(), "type");
    assert_eq!(Names::r#match.name(), "match");
    assert_eq!(Names::from_name("type"), Some(Names::r#type));
    assert_eq!("match".parse(), Ok(Names::r#match));
    assert_eq!(Names::from_name("r#type"), None);
    assert_eq!(format!("{:?}", Names::r#type), "type = 1");
    assert_eq!(format!("{}", Names::r#type), "type (1): A keyword name.");
    assert_eq!(Names::Ok.value(), 3);
    assert_eq!(Names::a.value(), 8);
    // Non-ASCII names; their non-ASCII letters keep their case.
    assert_eq!(Names::ÉCHEC.name(), "ÉCHEC");
    assert_eq!(Names::éCHEC.name(), "éCHEC");
    assert_ne!(Names::ÉCHEC, Names::éCHEC);
    assert_eq!(Names::from_name("ÉCHEC"), Some(Names::ÉCHEC));
    assert_eq!(Names::from_name("éCHEC"), Some(Names::éCHEC));
    assert_eq!(Names::from_name("échec"), None);
    assert_eq!(Names::from_name("ECHEC"), None);
    // Decomposed É (E + combining acute accent) is another string.
    assert_eq!(Names::from_name("E\u{301}CHEC"), None);
    assert_eq!(Names::from_name(""), None);
    assert_eq!(Names::from_name("Ok\0"), None);
    assert_eq!(Names::from_name("名前"), None);
}

#[test]
fn names_are_found_ignoring_ascii_case() {
    for (spelling, code) in [
        ("type", Names::r#type),
        ("TYPE", Names::r#type),
        ("tYpE", Names::r#type),
        ("MATCH", Names::r#match),
        ("ok", Names::Ok),
        ("OK", Names::Ok),
        ("oK", Names::Ok),
        ("A", Names::a),
        ("a", Names::a),
        // Only ASCII letters fold: É and é stay apart.
        ("ÉCHEC", Names::ÉCHEC),
        ("Échec", Names::ÉCHEC),
        ("éCHEC", Names::éCHEC),
        ("échec", Names::éCHEC),
        (
            "a_name_longer_than_the_forty_eight_bytes_an_error_keeps",
            Names::A_NAME_LONGER_THAN_THE_FORTY_EIGHT_BYTES_AN_ERROR_KEEPS,
        ),
    ] {
        assert_eq!(
            Names::from_name_ignore_ascii_case(spelling),
            Some(code),
            "{spelling}"
        );
        assert_eq!(
            <Names as Code>::from_name_ignore_ascii_case(spelling),
            Some(code)
        );
        // The exact lookup and `parse` do not fold.
        assert_eq!(
            Names::from_name(spelling).is_some(),
            spelling == code.name(),
            "{spelling}"
        );
        assert_eq!(spelling.parse::<Names>().is_ok(), spelling == code.name());
    }
    for miss in [
        "",
        "TYPE ",
        " type",
        "r#type",
        "types",
        "typ",
        "0k",
        "o",
        "ECHEC",
        "ÉCHEC\0",
        "E\u{301}CHEC",
        // `_` and DEL differ only in bit 5, which the name hash ignores.
        "A\u{7f}NAME_LONGER_THAN_THE_FORTY_EIGHT_BYTES_AN_ERROR_KEEPS",
        "@",
        "`",
    ] {
        assert_eq!(Names::from_name_ignore_ascii_case(miss), None, "{miss:?}");
    }
    // Aliases too, and through the `Table` view.
    assert_eq!(
        Aliased::from_name_ignore_ascii_case("Older_Other"),
        Some(Aliased::OTHER)
    );
    assert_eq!(Aliased::from_name_ignore_ascii_case("OLDER_OTHERS"), None);
    let table = Table::of::<Names>();
    assert_eq!(
        table.from_name_ignore_ascii_case("MATCH").map(|e| e.name),
        Some("match")
    );
    assert!(table.from_name_ignore_ascii_case("MATCHES").is_none());
}

#[test]
fn parse_accepts_names_aliases_and_decimal_values() {
    assert_eq!("NOT_FOUND".parse(), Ok(Returns::NOT_FOUND));
    assert_eq!("MISSING".parse(), Ok(Returns::NOT_FOUND));
    assert_eq!("404".parse(), Ok(Returns::NOT_FOUND));
    assert_eq!("0x194".parse(), Ok(Returns::NOT_FOUND)); // every integer table reads hex
    assert_eq!("-17".parse(), Ok(Returns::REJECTED));
    assert_eq!("0".parse(), Ok(Returns::OK));
    assert_eq!("1001".parse(), Ok(Returns::TIMEOUT));
    assert_eq!("-128".parse(), Ok(I8s::MIN));
    assert_eq!("127".parse(), Ok(I8s::MAX));
    assert_eq!("18446744073709551615".parse(), Ok(U64s::MAX));
    assert_eq!("9223372036854775808".parse(), Ok(U64s::TOP_BIT));
    assert_eq!("-9223372036854775808".parse(), Ok(I64s::MIN));
    assert_eq!("18000000000000000000".parse(), Ok(AliasedSparse::HUGE));
    assert_eq!("2".parse(), Ok(Mixed::TWO));
    // Values no entry has, and text that is no decimal value of the type.
    for (input, message) in [
        ("405", "Returns has no code with value 405"),
        ("-404", "Returns has no code with value -404"),
        ("17", "Returns has no code with value 17"),
        ("2147483648", "Returns has no code with value 2147483648"),
        ("0x195", "Returns has no code with value 0x195"),
        ("-0x1", "Returns has no code with value -0x1"),
        ("0x", "Returns has no code named \"0x\""),
        ("404 ", "Returns has no code named \"404 \""),
        (" 404", "Returns has no code named \" 404\""),
        ("4_04", "Returns has no code named \"4_04\""),
        ("404.0", "Returns has no code named \"404.0\""),
        ("not_found", "Returns has no code named \"not_found\""),
        ("NOPE", "Returns has no code named \"NOPE\""),
        ("", "Returns has no code named \"\""),
        ("-", "Returns has no code named \"-\""),
    ] {
        let error = input.parse::<Returns>().expect_err(input);
        assert_eq!(error.table(), "Returns");
        assert_eq!(error.input(), input);
        assert_eq!(error.to_string(), message);
        check_unknown_name(&error, "Returns", input);
    }
    check_unknown_name(&"128".parse::<I8s>().expect_err("out of i8"), "I8s", "128");
    check_unknown_name(&"-1".parse::<U64s>().expect_err("unsigned"), "U64s", "-1");
    check_unknown_name(
        &"18446744073709551616"
            .parse::<U64s>()
            .expect_err("out of u64"),
        "U64s",
        "18446744073709551616",
    );
    // An entry without a value is not found by its discriminant written out.
    let discriminant = (Mixed::FIRST_WITHOUT as u16).to_string();
    check_unknown_name(
        &discriminant.parse::<Mixed>().expect_err("no value"),
        "Mixed",
        &discriminant,
    );
    check_unknown_name(
        &"0".parse::<Valueless>().expect_err("no value"),
        "Valueless",
        "0",
    );
}

#[test]
fn display_prints_name_value_and_description() {
    assert_eq!(format!("{}", I8s::MIN), "MIN (-128): The smallest i8.");
    assert_eq!(
        format!("{:#}", I8s::MIN),
        "I8s::MIN (-128): The smallest i8."
    );
    assert_eq!(
        format!("{}", U64s::MAX),
        "MAX (18446744073709551615): The largest u64."
    );
    assert_eq!(
        format!("{:#}", I64s::MIN),
        "I64s::MIN (-9223372036854775808): The smallest i64."
    );
    assert_eq!(format!("{}", Mixed::ONE), "ONE (1): One.");
    // Entries without a value: `NAME: description`.
    assert_eq!(
        format!("{}", Mixed::FIRST_WITHOUT),
        "FIRST_WITHOUT: No value, first."
    );
    assert_eq!(
        format!("{:#}", Mixed::FIRST_WITHOUT),
        "Mixed::FIRST_WITHOUT: No value, first."
    );
    assert_eq!(format!("{}", Valueless::A), "A: A.");
    assert_eq!(Returns::BUSY.description(), "The device is busy.");
    assert_eq!(Returns::BUSY.to_string(), "BUSY (7): The device is busy.");
    // `Debug` is `NAME = value`, and the table's name in front with `#?`.
    assert_eq!(format!("{:?}", I8s::MIN), "MIN = -128");
    assert_eq!(format!("{:?}", Some(I8s::MAX)), "Some(MAX = 127)");
    assert_eq!(format!("{:#?}", I8s::MIN), "I8s::MIN = -128");
    assert_eq!(format!("{:?}", Valueless::A), "A");
    assert_eq!(format!("{:#?}", Valueless::A), "Valueless::A");
    assert_eq!(format!("{:?}", [Names::a, Names::Ok]), "[a = 8, Ok = 3]");
}

#[test]
fn display_and_debug_pad_the_whole_output() {
    let busy = Returns::NOT_FOUND;
    let plain = "NOT_FOUND (404): Not found.";
    assert_eq!(busy.to_string(), plain);
    assert_eq!(
        format!("{busy:>40}"),
        "             NOT_FOUND (404): Not found."
    );
    assert_eq!(format!("{busy:>40}"), format!("{plain:>40}"));
    assert_eq!(format!("{busy:<30}|"), "NOT_FOUND (404): Not found.   |");
    assert_eq!(format!("{busy:*^31}"), "**NOT_FOUND (404): Not found.**");
    assert_eq!(format!("{busy:*^30}"), "*NOT_FOUND (404): Not found.**");
    assert_eq!(format!("{busy:.5}"), "NOT_F");
    assert_eq!(format!("{busy:>8.5}"), "   NOT_F");
    assert_eq!(format!("{busy:.100}"), plain);
    assert_eq!(format!("{busy:>3}"), plain);
    assert_eq!(format!("{busy:0}"), plain);
    // The alternate form is padded as a whole too.
    assert_eq!(
        format!("{busy:_>#40}"),
        "____Returns::NOT_FOUND (404): Not found."
    );
    assert_eq!(format!("{busy:#.9}"), "Returns::");
    // `Debug`: `NAME = value`, padded as a whole.
    assert_eq!(format!("{busy:<18?}"), "NOT_FOUND = 404   ");
    assert_eq!(format!("{busy:>18?}|"), "   NOT_FOUND = 404|");
    assert_eq!(format!("{busy:-^19?}"), "--NOT_FOUND = 404--");
    assert_eq!(format!("{busy:.3?}"), "NOT");
    assert_eq!(format!("{:6?}|", Valueless::A), "A     |");
    // Width counts characters, not bytes.
    assert_eq!(format!("{:>11?}", Names::ÉCHEC), "  ÉCHEC = 6");
    assert_eq!(format!("{:.2?}", Names::ÉCHEC), "ÉC");
    let hello = Languages::HELLO.to_string();
    assert_eq!(hello, "HELLO (1): Bonjour.");
    assert_eq!(format!("{:^25}", Languages::HELLO), format!("{hello:^25}"));
    // A value-less entry.
    assert_eq!(format!("{:>24}", Valueless::B), format!("{:>24}", "B: B."));
    assert_eq!(format!("{:.4}", Mixed::SECOND_WITHOUT), "SECO");
    // The padding reaches through `Option`'s and slices' `Debug`.
    assert_eq!(format!("{:>8?}", Some(Names::a)), "Some(   a = 8)");
}

#[test]
fn parse_rejects_unknown_names() {
    let error: UnknownName = "NOPE".parse::<Names>().expect_err("unknown");
    assert_eq!(error.table(), "Names");
    assert_eq!(error.input(), "NOPE");
    assert!(!error.is_truncated());
    assert_eq!(error.to_string(), "Names has no code named \"NOPE\"");
    check_unknown_name(&"".parse::<I8s>().expect_err("empty"), "I8s", "");
    check_unknown_name(&"min".parse::<I8s>().expect_err("wrong case"), "I8s", "min");
    check_unknown_name(
        &"TYPE".parse::<Names>().expect_err("wrong case"),
        "Names",
        "TYPE",
    );
    check_unknown_name(
        &"名前".parse::<Names>().expect_err("unicode"),
        "Names",
        "名前",
    );
    check_unknown_name(
        &"a\"b\\c".parse::<Names>().expect_err("quotes"),
        "Names",
        "a\"b\\c",
    );
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(error);
    assert_eq!(boxed.to_string(), "Names has no code named \"NOPE\"");
}

#[test]
fn unknown_names_keep_48_bytes_at_a_char_boundary() {
    let long = "X".repeat(100);
    let error = long.parse::<Names>().expect_err("unknown");
    assert_eq!(error.input(), "X".repeat(48));
    assert!(error.is_truncated());
    assert_eq!(
        error.to_string(),
        format!("Names has no code named \"{}\"...", "X".repeat(48))
    );
    // Exactly 48 bytes: kept whole.
    let exact = "Y".repeat(48);
    let error = exact.parse::<Names>().expect_err("unknown");
    assert_eq!(error.input(), exact);
    assert!(!error.is_truncated());
    // 49 bytes: one cut.
    let error = "Z".repeat(49).parse::<Names>().expect_err("unknown");
    assert_eq!(error.input(), "Z".repeat(48));
    assert!(error.is_truncated());
    // A two-byte character across byte 48 is dropped whole.
    let straddling = format!("{}é", "a".repeat(47));
    let error = straddling.parse::<Names>().expect_err("unknown");
    assert_eq!(error.input(), "a".repeat(47));
    assert!(error.is_truncated());
    // A three-byte character ending exactly at byte 48 is kept.
    let ending = format!("{}中", "b".repeat(45));
    assert_eq!(ending.len(), 48);
    let error = ending.parse::<Names>().expect_err("unknown");
    assert_eq!(error.input(), ending);
    assert!(!error.is_truncated());
    // A four-byte character starting at byte 46 is dropped.
    let emoji = format!("{}🦀🦀", "c".repeat(46));
    let error = emoji.parse::<Names>().expect_err("unknown");
    assert_eq!(error.input(), "c".repeat(46));
    assert!(error.is_truncated());
    // A real name longer than 48 bytes parses; one character more is rejected and cut.
    let name = "A_NAME_LONGER_THAN_THE_FORTY_EIGHT_BYTES_AN_ERROR_KEEPS";
    assert!(name.len() > 48);
    assert_eq!(
        name.parse(),
        Ok(Names::A_NAME_LONGER_THAN_THE_FORTY_EIGHT_BYTES_AN_ERROR_KEEPS)
    );
    let error = format!("{name}S").parse::<Names>().expect_err("unknown");
    assert_eq!(error.input(), &name[..48]);
    assert!(error.is_truncated());
    // Errors compare by what they keep.
    assert_eq!(
        UnknownName::new("Names", &long),
        UnknownName::new("Names", &"X".repeat(60))
    );
    assert_ne!(UnknownName::new("Names", "X"), UnknownName::new("I8s", "X"));
}

#[test]
fn try_from_rejects_unknown_values() {
    let error: UnknownValue<i32> = Descending::try_from(5).expect_err("unknown");
    assert_eq!(error.table(), "Descending");
    assert_eq!(error.value(), 5);
    assert_eq!(error.to_string(), "Descending has no code with value 5");
    assert_eq!(Descending::try_from(-1), Ok(Descending::LOW));
    let error = I64s::try_from(i64::MIN + 1).expect_err("unknown");
    assert_eq!(error.value(), i64::MIN + 1);
    assert_eq!(
        error.to_string(),
        "I64s has no code with value -9223372036854775807"
    );
    let error = U64s::try_from(u64::MAX - 2).expect_err("unknown");
    assert_eq!(
        error.to_string(),
        "U64s has no code with value 18446744073709551613"
    );
    assert_eq!(U64s::try_from(u64::MAX), Ok(U64s::MAX));
    // Tables with value-less entries convert from their value type too.
    assert_eq!(Mixed::try_from(2_u16), Ok(Mixed::TWO));
    assert_eq!(Mixed::try_from(3_u16).expect_err("unknown").value(), 3);
    assert_eq!(
        Valueless::try_from(0_u32).expect_err("unknown").table(),
        "Valueless"
    );
    let boxed: Box<dyn std::error::Error> = Box::new(error);
    assert!(boxed.source().is_none());
    assert_eq!(
        format!("{error:?}"),
        format!("{:?}", UnknownValue::new("U64s", u64::MAX - 2))
    );
}

/// Whether `T: Into<V>`, found at compile time without requiring it: the inherent
/// constant exists only when the bound holds, the trait's otherwise.
struct IntoProbe<T, V>(PhantomData<(T, V)>);
trait NotInto {
    const IMPLEMENTED: bool = false;
}
impl<T, V> NotInto for IntoProbe<T, V> {}
impl<T: Into<V>, V> IntoProbe<T, V> {
    const IMPLEMENTED: bool = true;
}

#[test]
fn from_self_gives_the_value() {
    assert_eq!(i8::from(I8s::MIN), i8::MIN);
    assert_eq!(i16::from(I16s::MIN), i16::MIN);
    assert_eq!(i32::from(I32s::NEG), -16);
    assert_eq!(i64::from(I64s::MIN), i64::MIN);
    assert_eq!(u8::from(U8s::MAX), u8::MAX);
    assert_eq!(u16::from(U16s::TOP_BIT), 0x8000);
    assert_eq!(u32::from(U32s::MAX), u32::MAX);
    let value: u64 = U64s::MAX.into();
    assert_eq!(value, u64::MAX);
    const { assert!(IntoProbe::<U64s, u64>::IMPLEMENTED) };
    // Not when an entry has no value.
    const { assert!(!IntoProbe::<Mixed, u16>::IMPLEMENTED) };
    const { assert!(!IntoProbe::<Valueless, u32>::IMPLEMENTED) };
}

#[test]
fn codes_are_errors() {
    fn as_error<E: std::error::Error + Send + Sync + 'static>(
        error: E,
    ) -> Box<dyn std::error::Error + Send + Sync> {
        Box::new(error)
    }
    let boxed = as_error(I32s::NEG);
    // A boxed code keeps its name and value.
    assert_eq!(boxed.to_string(), "NEG (-16): Minus sixteen, in binary.");
    assert!(boxed.source().is_none());
    assert_eq!(boxed.downcast_ref::<I32s>(), Some(&I32s::NEG));
    let converted: Box<dyn std::error::Error> = Languages::BYE.into();
    assert_eq!(converted.to_string(), "BYE (2): Au revoir.");
}

#[test]
fn codes_order_by_value() {
    // Declared TIMEOUT (1001) first, BUSY (7) second.
    assert!(Returns::BUSY < Returns::TIMEOUT);
    assert!(Returns::TIMEOUT > Returns::BUSY);
    assert!(Returns::REJECTED < Returns::OK);
    assert_eq!(
        Returns::BUSY.cmp(&Returns::TIMEOUT),
        std::cmp::Ordering::Less
    );
    assert_eq!(
        Returns::MISSING.cmp(&Returns::NOT_FOUND),
        std::cmp::Ordering::Equal
    );
    let mut sorted = Returns::all().to_vec();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            Returns::REJECTED,
            Returns::OK,
            Returns::BUSY,
            Returns::NOT_FOUND,
            Returns::TIMEOUT
        ]
    );
    let mut by_value = Returns::all().to_vec();
    by_value.sort_by_key(|code| code.value());
    assert_eq!(sorted, by_value);
    assert_eq!(Returns::all().iter().copied().max(), Some(Returns::TIMEOUT));
    assert_eq!(
        Returns::all().iter().copied().min(),
        Some(Returns::REJECTED)
    );
    // Declared in decreasing order.
    assert!(Descending::LOW < Descending::MID && Descending::MID < Descending::HIGH);
    let ordered: BTreeSet<Descending> = Descending::all().iter().copied().collect();
    assert_eq!(
        ordered.into_iter().collect::<Vec<_>>(),
        [Descending::LOW, Descending::MID, Descending::HIGH]
    );
    // Signed and unsigned values at their extremes: above `i64::MAX` is above, not below.
    assert!(I64s::MIN < I64s::NEG && I64s::NEG < I64s::ZERO && I64s::ZERO < I64s::MAX);
    assert!(U64s::ZERO < U64s::TOP_BIT);
    assert!(U64s::TOP_BIT < U64s::BELOW_MAX && U64s::BELOW_MAX < U64s::MAX);
    assert!(DenseTop::A < DenseTop::B);
    assert!(I8s::MIN < I8s::NEG && I16s::MIN < I16s::NEG && I32s::MIN < I32s::NEG);
    assert!(AliasedSparse::SMALL < AliasedSparse::HUGE_AGAIN);
    // Entries without a value sort after those with one (their discriminants are larger).
    let mut mixed = Mixed::all().to_vec();
    mixed.sort();
    assert_eq!(
        mixed,
        [
            Mixed::ONE,
            Mixed::TWO,
            Mixed::FIRST_WITHOUT,
            Mixed::SECOND_WITHOUT
        ]
    );
    assert_eq!(codetable::__private::Layout::position(Descending::MID), 1);
}

#[test]
fn every_value_of_the_small_types_is_found_or_rejected() {
    fn exhaustive<C: Code>(values: impl Iterator<Item = C::Value>) -> usize {
        let mut found = 0;
        for value in values {
            let expected = common::first_with_value::<C>(value);
            assert_eq!(C::from_value(value), expected, "{}: {value}", C::TABLE);
            found += usize::from(expected.is_some());
        }
        found
    }
    assert_eq!(exhaustive::<I8s>(i8::MIN..=i8::MAX), 4);
    assert_eq!(exhaustive::<DenseSigned>(i8::MIN..=i8::MAX), 4);
    assert_eq!(exhaustive::<U8s>(0..=u8::MAX), 3);
    assert_eq!(exhaustive::<Names>(0..=u8::MAX), Names::COUNT);
    assert_eq!(exhaustive::<Documented>(0..=u8::MAX), Documented::COUNT);
    assert_eq!(exhaustive::<Full>(0..=u8::MAX), 2);
    assert_eq!(exhaustive::<I16s>(i16::MIN..=i16::MAX), 3);
    assert_eq!(exhaustive::<AliasedLanguages>(i16::MIN..=i16::MAX), 1);
    assert_eq!(exhaustive::<U16s>(0..=u16::MAX), 3);
    assert_eq!(exhaustive::<Mixed>(0..=u16::MAX), 2);
}

#[test]
fn every_table_round_trips() {
    check_table::<I8s>();
    check_table::<I16s>();
    check_table::<I32s>();
    check_table::<I64s>();
    check_table::<U8s>();
    check_table::<U16s>();
    check_table::<U32s>();
    check_table::<U64s>();
    check_table::<DenseSigned>();
    check_table::<DenseTop>();
    check_table::<DenseBottom>();
    check_table::<Mixed>();
    check_table::<Valueless>();
    check_table::<Aliased>();
    check_table::<AliasedSparse>();
    check_table::<AliasedLanguages>();
    check_table::<Returns>();
    check_table::<Full>();
    check_table::<Languages>();
    check_table::<Documented>();
    check_table::<Paragraphs>();
    check_table::<Deprecations>();
    check_table::<Names>();
    check_table::<Descending>();
}

/// A table declared where `std::error::Error` is in scope: every code implements it, and
/// its deprecated `description(&self)` must not replace the table's own `description`.
mod error_trait_in_scope {
    use std::error::Error;

    codetable::define_codes! {
        /// Codes declared next to `Error`.
        pub enum Shadowed: u8 {
            ONE = 1 => "One.",
        }

        /// Codes with a value-less entry.
        pub enum ShadowedMixed: u8 {
            NONE = _ => "None.",
            TWO = 2 => "Two.",
        }
    }

    #[test]
    fn display_uses_the_tables_own_description() {
        assert_eq!(Shadowed::ONE.to_string(), "ONE (1): One.");
        assert_eq!(format!("{:#}", Shadowed::ONE), "Shadowed::ONE (1): One.");
        assert_eq!(format!("{}", ShadowedMixed::NONE), "NONE: None.");
        assert_eq!(format!("{}", ShadowedMixed::TWO), "TWO (2): Two.");
        let error: &dyn Error = &Shadowed::ONE;
        assert_eq!(error.to_string(), "ONE (1): One.");
        super::check_table::<Shadowed>();
        super::check_table::<ShadowedMixed>();
    }
}

/// A table declared where a blanket trait has methods named like the generated ones.
mod blanket_trait_in_scope {
    /// Methods named like the generated ones, for every type.
    pub trait Hijack {
        /// Not the code's name.
        fn name(&self) -> &'static str {
            "hijacked name"
        }
        /// Not the code's value.
        fn value(&self) -> &'static str {
            "hijacked value"
        }
        /// Not the code's description.
        fn description(&self) -> &'static str {
            "hijacked description"
        }
    }
    impl<T: ?Sized> Hijack for T {}

    codetable::define_codes! {
        /// Codes declared next to `Hijack`.
        pub enum Shadowed: u8 {
            ONE = 1 => "One.",
            UNO = ONE,
        }

        /// Codes with a value-less entry.
        pub enum ShadowedMixed: u8 {
            NONE = _ => "None.",
            TWO = 2 => "Two.",
        }
    }

    #[test]
    fn display_uses_the_tables_own_methods() {
        assert_eq!(Shadowed::ONE.to_string(), "ONE (1): One.");
        assert_eq!(format!("{:?}", Shadowed::ONE), "ONE = 1");
        assert_eq!(format!("{:#}", Shadowed::UNO), "Shadowed::ONE (1): One.");
        assert_eq!(format!("{}", ShadowedMixed::NONE), "NONE: None.");
        assert_eq!(
            format!("{:#}", ShadowedMixed::TWO),
            "ShadowedMixed::TWO (2): Two."
        );
        // The trait does apply to codes, called by its path.
        assert_eq!(Hijack::name(&Shadowed::ONE), "hijacked name");
        assert_eq!(Hijack::value(&Shadowed::ONE), "hijacked value");
        assert_eq!(
            Hijack::description(&ShadowedMixed::NONE),
            "hijacked description"
        );
        super::check_table::<Shadowed>();
        super::check_table::<ShadowedMixed>();
    }

    #[test]
    fn inherent_methods_win_on_values() {
        // Called on the code itself (not a reference), the inherent methods are found first.
        assert_eq!(Shadowed::ONE.name(), "ONE");
        assert_eq!(Shadowed::ONE.value(), 1);
        assert_eq!(u8::from(Shadowed::ONE), 1);
        assert_eq!("ONE".parse(), Ok(Shadowed::ONE));
        assert_eq!("UNO".parse(), Ok(Shadowed::ONE));
        assert_eq!("1".parse(), Ok(Shadowed::ONE));
        assert_eq!(Shadowed::from_name("ONE"), Some(Shadowed::ONE));
        assert_eq!(
            Shadowed::from_name_ignore_ascii_case("uno"),
            Some(Shadowed::ONE)
        );
    }
}

/// The values of a table, as `i128`.
fn values_of<C: Code<Value: IntegerValue>>() -> HashSet<i128> {
    C::all()
        .iter()
        .copied()
        .filter_map(|c| c.value())
        .map(IntegerValue::to_i128)
        .collect()
}

/// The names of a table's codes and aliases.
fn names_of<C: Code>() -> HashSet<&'static str> {
    C::all()
        .iter()
        .copied()
        .map(Code::name)
        .chain(C::ALIASES.iter().map(|alias| alias.name()))
        .collect()
}

proptest! {
    #[test]
    fn any_i64_is_found_exactly_when_declared(value in prop_oneof![
        any::<i64>(),
        (-3_i64..=3).prop_map(|d| i64::MIN.wrapping_add(d)),
        (-3_i64..=3).prop_map(|d| i64::MAX.wrapping_add(d)),
        (-2_000_000_000_000_i64..2_000_000_000_000),
    ]) {
        let declared = values_of::<I64s>().contains(&i128::from(value));
        prop_assert_eq!(I64s::from_value(value).is_some(), declared);
        prop_assert_eq!(value.to_string().parse::<I64s>().is_ok(), declared);
        let declared = values_of::<DenseBottom>().contains(&i128::from(value));
        prop_assert_eq!(DenseBottom::from_value(value).is_some(), declared);
    }

    #[test]
    fn any_u64_is_found_exactly_when_declared(value in prop_oneof![
        any::<u64>(),
        (0_u64..16).prop_map(|d| u64::MAX - d),
        (0_u64..16).prop_map(|d| (1 << 63) + d - 8),
        (0_u64..2_000_000_000_000),
        (0_u64..16).prop_map(|d| 18_000_000_000_000_000_000 + d - 8),
    ]) {
        for (found, declared) in [
            (U64s::from_value(value).is_some(), values_of::<U64s>()),
            (DenseTop::from_value(value).is_some(), values_of::<DenseTop>()),
            (AliasedSparse::from_value(value).is_some(), values_of::<AliasedSparse>()),
        ] {
            prop_assert_eq!(found, declared.contains(&i128::from(value)));
        }
        prop_assert_eq!(
            value.to_string().parse::<U64s>().ok(),
            U64s::from_value(value)
        );
    }

    #[test]
    fn any_i32_is_found_exactly_when_declared(value in any::<i32>()) {
        prop_assert_eq!(I32s::from_value(value).is_some(), values_of::<I32s>().contains(&value.into()));
        prop_assert_eq!(Aliased::from_value(value), common::first_with_value::<Aliased>(value));
        prop_assert_eq!(Returns::from_value(value), common::first_with_value::<Returns>(value));
    }

    #[test]
    fn any_string_is_found_exactly_when_declared(name in prop_oneof![
        any::<String>(),
        "[A-Za-z_#É ]{0,8}",
        "(A|a|Ok|OK|ok|type|TYPE|match|ÉCHEC|éCHEC|échec|Échec)[ _a-z\u{7f}]?",
        "[0-9]{1,3}",
    ]) {
        let declared = names_of::<Names>().contains(name.as_str());
        prop_assert_eq!(Names::from_name(&name).is_some(), declared);
        let folded = Names::all().iter().copied().find(|code| code.name().eq_ignore_ascii_case(&name));
        prop_assert_eq!(Names::from_name_ignore_ascii_case(&name), folded);
        let by_value = name.parse::<u8>().ok().and_then(Names::from_value);
        match name.parse::<Names>() {
            Ok(code) => prop_assert!(code.name() == name || by_value == Some(code)),
            Err(error) => {
                prop_assert!(!declared && by_value.is_none());
                check_unknown_name(&error, "Names", &name);
            }
        }
    }

    #[test]
    fn unknown_names_keep_a_prefix(input in any::<String>()) {
        check_unknown_name(&UnknownName::new("Table", &input), "Table", &input);
    }
}

codetable::define_codes! {
    /// Descriptions of several lines.
    pub enum Lines: u8 {
        LF = 1 => "The summary.\nThe rest,\non more lines.",
        CRLF = 2 => "The summary.  \r\nThe rest.",
        CR = 3 => "The summary.\rThe rest.",
        LEADING = 4 => "\n  \n  The summary.\nThe rest.",
        ONE = 5 => "Only one line.",
        /// Another name.
        SECOND = LF,
    }

    /// Valueless entries with descriptions of several lines.
    pub enum ValuelessLines: u8 {
        A => "The summary.\nThe rest.",
    }
}

#[test]
fn display_writes_one_line_and_debug_the_name_and_value() {
    for code in Lines::all() {
        let name = code.name();
        let value = code.value();
        let expected = if *code == Lines::ONE {
            "Only one line."
        } else {
            "The summary."
        };
        assert_eq!(code.to_string(), format!("{name} ({value}): {expected}"));
        assert_eq!(
            format!("{code:#}"),
            format!("Lines::{name} ({value}): {expected}")
        );
        assert!(!format!("{code:>200}").contains(['\n', '\r']));
        assert_eq!(format!("{code:?}"), format!("{name} = {value}"));
        assert_eq!(format!("{code:#?}"), format!("Lines::{name} = {value}"));
        assert_eq!(code.short().to_string(), format!("{name} ({value})"));
        // The whole text is still the description.
        assert!(code.description().len() > expected.len() || *code == Lines::ONE);
    }
    assert_eq!(
        Lines::LF.description(),
        "The summary.\nThe rest,\non more lines."
    );
    assert_eq!(
        Lines::CRLF.to_string(),
        "CRLF (2): The summary.",
        "the spaces before a line break are dropped"
    );
    // An alias prints as the code it stands for.
    assert_eq!(format!("{:?}", Lines::SECOND), "LF = 1");
    assert_eq!(format!("{:?}", Lines::decode(1)), "Known(LF = 1)");
    assert_eq!(
        format!("{:#?}", Lines::decode(9)),
        "Unknown(\n    Lines 9,\n)"
    );
    assert_eq!(format!("{:?}", Lines::decode(9)), "Unknown(Lines 9)");
    assert_eq!(Lines::decode(9).short().to_string(), "Lines 9");
    assert_eq!(format!("{:>9}|", Lines::decode(9).short()), "  Lines 9|");
    assert_eq!(format!("{:#}", Lines::decode(1).short()), "Lines::LF (1)");
    // Precision cuts the whole text, as for a `str`.
    assert_eq!(format!("{:.6?}", Lines::LEADING), "LEADIN");
    assert_eq!(format!("{:.4}", Lines::ONE.short()), "ONE ");
    // Without a value.
    assert_eq!(ValuelessLines::A.to_string(), "A: The summary.");
    assert_eq!(format!("{:?}", ValuelessLines::A), "A");
    assert_eq!(ValuelessLines::A.short().to_string(), "A");
    assert_eq!(
        format!("{:#}", ValuelessLines::A.short()),
        "ValuelessLines::A"
    );
}
