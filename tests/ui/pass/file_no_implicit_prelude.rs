//! A table read from a file in a crate without the prelude, under strict lints: the
//! `include_bytes!` that makes the crate depend on the file writes absolute paths too.
#![no_implicit_prelude]
#![deny(warnings, missing_docs, clippy::pedantic)]

mod inner {
    ::codetable::define_codes! {
        /// Codes from a file.
        #[codes(optional_descriptions)]
        #[file("../../../../tests/ui/data/names_only.csv")]
        pub enum Code: u16 {}
    }
}

fn main() {
    ::std::assert_eq!(inner::Code::IOERR.value(), 10);
}
