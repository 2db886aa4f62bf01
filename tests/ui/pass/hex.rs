//! `#[codes(hex)]`: values print in hex, in the type's width, and read back; with the
//! strictest lints, without the prelude, next to other options.
#![deny(warnings, missing_docs, clippy::pedantic)]
#![no_implicit_prelude]

mod inner {
    ::codetable::define_codes! {
        /// HRESULTs, signed, as winerror.h writes them.
        #[codes(hex)]
        pub enum HResult: i32 {
            S_OK = 0 => "Success.",
            E_ACCESSDENIED = 0x8007_0005_u32 as i32 => "General access denied error.",
            /// An expression of an earlier entry.
            E_ACCESSDENIED_READ = E_ACCESSDENIED | (1 << 8) => "Denied while reading.",
        }

        /// Bytes, with other options.
        #[codes(serde = name, hex)]
        pub enum Byte: u8 {
            FIVE = 5 => "Five.",
        }

        /// Wide values.
        #[codes(hex)]
        pub enum Wide: u64 {
            TOP = 18_446_744_073_709_551_615 => "u64::MAX.",
        }
    }
}

use inner::{Byte, HResult, Wide};

fn main() {
    let text = ::std::string::ToString::to_string(&HResult::E_ACCESSDENIED);
    ::std::assert_eq!(text, "E_ACCESSDENIED (0x80070005): General access denied error.");
    ::std::assert_eq!(::std::format!("{:#}", Byte::FIVE), "Byte::FIVE (0x05): Five.");
    ::std::assert_eq!(::std::format!("{}", Wide::TOP), "TOP (0xFFFFFFFFFFFFFFFF): u64::MAX.");
    let parsed: ::std::result::Result<HResult, _> = ::std::str::FromStr::from_str("0x80070105");
    ::std::assert_eq!(parsed, ::std::result::Result::Ok(HResult::E_ACCESSDENIED_READ));
}
