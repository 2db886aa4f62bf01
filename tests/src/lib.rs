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
