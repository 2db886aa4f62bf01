//! Tables compiled under the strictest lint levels a user may set. `cargo clippy
//! --workspace --all-targets -- -D warnings` (run by CI) checks that the code
//! `define_codes!` generates triggers no lint, clippy's pedantic ones included. The tests
//! themselves live in `tests/` and `ui/`.
#![no_std]
#![deny(
    warnings,
    missing_docs,
    unused_qualifications,
    unused_results,
    trivial_casts,
    trivial_numeric_casts,
    clippy::all,
    clippy::pedantic
)]
#![forbid(unsafe_code)]

codetable::define_codes! {
    /// Every feature in one table.
    #[langs(en, zh)]
    pub enum Everything: i64 {
        /// Details on
        /// two lines.
        FIRST = -9_223_372_036_854_775_808 => { en: "The smallest value.", zh: "最小值" },
        #[deprecated(note = "use FIRST")]
        SECOND = 0x7FFF_FFFF_FFFF_FFFF => { en: "The largest value.", zh: "最大值" },
        #[alias]
        THIRD = -9_223_372_036_854_775_808 => { en: "Shares FIRST's value.", zh: "同上" },
        FOURTH = _ => { en: "No value.", zh: "没有值" },
        /// An alias in C's form, without a description.
        FIFTH = FIRST,
        /// A deprecated alias of a deprecated entry.
        #[deprecated(note = "use FIRST")]
        SIXTH = SECOND => { en: "Another name.", zh: "另一个名字" },
        #[alias]
        #[deprecated]
        SEVENTH = 0x7FFF_FFFF_FFFF_FFFF,
    }

    /// Dense unsigned values.
    pub enum Dense: u8 {
        A = 0 => "Zero.",
        B = 1 => "One.",
        C = 255 => "The largest u8.",
    }
}

/// Sparse values, which get a hashed lookup.
pub mod sparse {
    codetable::define_codes! {
        /// Sparse codes.
        pub enum Sparse: u64 {
            LOW = 1 => "Low.",
            MID = 1_000_000 => "Middle.",
            HIGH = 18_446_744_073_709_551_615 => "The largest u64.",
        }
    }
}

/// Typed columns of each kind the tools show differently, and derived columns whose
/// restated values are checked.
pub mod columns {
    /// A severity, shown through `Debug`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Severity {
        /// Fine.
        Low,
        /// Not fine.
        High,
    }

    const fn low_byte(value: i32) -> i32 {
        value & 0xFF
    }

    const fn wide(value: i32) -> i128 {
        value as i128
    }

    const fn unsigned(value: i32) -> u128 {
        value.unsigned_abs() as u128
    }

    const fn is_big(value: i32) -> bool {
        value > 255
    }

    const fn size(value: i32) -> &'static str {
        if value > 255 {
            "big"
        } else {
            "small"
        }
    }

    const fn severity(value: i32) -> Severity {
        if value > 255 {
            Severity::High
        } else {
            Severity::Low
        }
    }

    codetable::define_codes! {
        /// Columns.
        #[columns(
            primary: i32 = derive(low_byte),
            wide: i128 = derive(wide),
            unsigned: u128 = derive(unsigned),
            big: bool = derive(is_big),
            size: &'static str = derive(size),
            severity: Severity = derive(severity),
            parent: Option<Columns> = None,
            hint: Option<&'static str> = None,
            ratio: f64 = 0.5,
        )]
        pub enum Columns: i32 {
            BASE = 10 => "The base.",
            #[columns(
                primary = 10,
                wide = 266,
                unsigned = 266,
                big = true,
                size = "big",
                severity = Severity::High,
                parent = Some(Columns::BASE),
                hint = Some("read"),
            )]
            READ = 266 => "Reading.",
        }
    }
}
