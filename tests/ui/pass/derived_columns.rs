//! Derived columns without the prelude and under strict lints: columns of each type the
//! check shows (an integer, `bool`, `&str`) and one it does not (an enum), restated by an
//! entry and checked, overridden where the table allows it, and given by an entry without a
//! value.
#![no_implicit_prelude]
#![deny(warnings, missing_docs)]

/// A class of codes.
#[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq, ::core::cmp::Eq)]
pub enum Class {
    /// Small values.
    Low,
    /// The others.
    High,
}

const fn low_byte(value: u16) -> u16 {
    value & 0xFF
}

const fn is_high(value: u16) -> bool {
    value > 255
}

const fn name_of(value: u16) -> &'static str {
    if value > 255 { "high" } else { "low" }
}

const fn class_of(value: u16) -> Class {
    if value > 255 { Class::High } else { Class::Low }
}

const fn first_char(value: &str) -> ::core::primitive::char {
    value.as_bytes()[0] as ::core::primitive::char
}

mod inner {
    ::codetable::define_codes! {
        /// Codes with derived columns.
        #[columns(
            low: u16 = derive(super::low_byte),
            high: bool = derive(super::is_high),
            label: &'static str = derive(super::name_of, overridable),
            size: &'static str = derive(super::name_of),
            class: super::Class = derive(super::class_of),
        )]
        pub enum Derived: u16 {
            ONE = 1 => "One.",
            #[columns(low = 1, high = true, size = "high", class = super::Class::High)]
            BIG = 257 => "Big.",
            #[columns(label = "renamed")]
            OTHER = 300 => "Overridden.",
            #[columns(low = 0, high = false, label = "none", size = "none", class = super::Class::Low)]
            NOTHING = _ => "No value.",
        }

        /// A string table's derived column.
        #[columns(first: char = derive(super::first_char))]
        pub enum Text: str {
            #[columns(first = 'a')]
            A = "a1" => "A.",
            B = "b2" => "B.",
        }
    }
}

fn main() {
    ::std::assert_eq!(inner::Derived::BIG.low(), 1);
    ::std::assert!(inner::Derived::BIG.high() && !inner::Derived::ONE.high());
    ::std::assert_eq!(inner::Derived::ONE.label(), "low");
    ::std::assert_eq!(inner::Derived::OTHER.label(), "renamed");
    ::std::assert_eq!(inner::Derived::OTHER.class(), Class::High);
    ::std::assert_eq!(inner::Derived::NOTHING.label(), "none");
    ::std::assert_eq!(inner::Derived::BIG.size(), "high");
    ::std::assert_eq!(inner::Text::B.first(), 'b');
}
