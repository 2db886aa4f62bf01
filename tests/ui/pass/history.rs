//! Reserved values and names, retired codes and `since`, under strict lints, `no_std` and
//! `no_implicit_prelude`: declaring a retired code (it is `#[deprecated]`) warns nowhere, and
//! reading one back by value or name does not either.
#![no_std]
#![no_implicit_prelude]
#![deny(warnings, missing_docs, clippy::pedantic)]
//! Codes over time.

extern crate codetable;
extern crate std;

codetable::define_codes! {
    /// Codes.
    #[reserved(3, 9..=11, -20..-10, OLD_NAME)]
    pub enum Code: i32 {
        #[since = "1.0"]
        NEW = 1 => "The new code.",
        #[since = "0.9"]
        #[retired(until = "1.0", replacement = NEW)]
        OLD = 2 => "The old code.",
        #[retired]
        #[deprecated(note = "a note of its own")]
        OLDER = 4 => "The older code.",
        /// An alias of a retired code is another of its old names.
        ANCIENT = OLD,
    }

    /// String codes.
    #[reserved("B")]
    pub enum Letter: str {
        A = "A" => "A.",
        #[retired(replacement = A)]
        C = "C" => "C.",
    }
}

fn main() {
    let old = Code::from_value(2).unwrap();
    std::assert!(old.is_deprecated());
    std::assert_eq!(old.name(), "OLD");
    std::assert_eq!(Code::from_name("ANCIENT").map(Code::name), std::option::Option::Some("OLD"));
    std::assert_eq!(Letter::from_value("C").map(Letter::name), std::option::Option::Some("C"));
}
