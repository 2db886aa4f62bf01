//! Error and status code tables, written once and checked at compile time.
//!
//! A team writes its codes as a table of `NAME = value => "description"` entries in
//! [`define_codes!`]; the macro rejects a value or a name used twice (pointing at both
//! entries), and expands the table into an enum with names, values, descriptions,
//! `Display`, lookups by value and by name, iteration, and the [`Code`] trait that lets
//! generic code handle any table.
//!
//! ```
//! codetable::define_codes! {
//!     /// Statuses of an in-house protocol.
//!     pub enum Status: u16 {
//!         OK = 200 => "The request succeeded.",
//!         /// Sent when the peer is overloaded; retry with backoff.
//!         BUSY = 503 => "The service is busy.",
//!         #[deprecated]
//!         OLD_BUSY = 0x1F7_0 => "Replaced by BUSY.",
//!     }
//! }
//!
//! let code = Status::from_value(503).unwrap();
//! assert_eq!(code, Status::BUSY);
//! assert_eq!(code.name(), "BUSY");
//! assert_eq!(code.to_string(), "The service is busy.");
//! assert_eq!(format!("{code:#}"), "BUSY (503): The service is busy.");
//! assert_eq!(code.details(), Some("Sent when the peer is overloaded; retry with backoff."));
//! assert_eq!("OK".parse::<Status>(), Ok(Status::OK));
//! assert_eq!(Status::try_from(404).unwrap_err().to_string(), "Status has no code with value 404");
//! assert_eq!(Status::ALL.len(), Status::COUNT);
//! ```
//!
//! # The table language
//!
//! ```
//! codetable::define_codes! {
//!     /// Outer attributes (doc comments, lint levels, `#[non_exhaustive]`, ...) pass
//!     /// through to the enum.
//!     #[langs(en, zh)]               // optional: the languages, the first is the default
//!     pub enum SignalingError: i32 { // visibility, name, value type (i8..i64, u8..u64)
//!         SUCCESS = 0 => { en: "No error.", zh: "没有错误" },
//!         /// A doc comment becomes the variant's rustdoc and `details()`.
//!         LOGIN_E_NET = 201 => { en: "A network issue.", zh: "网络问题" },
//!         #[deprecated]              // the warning appears where a user names the code
//!         LOGIN_E_OLDVERSION = 205 => { en: "This error code is obsolete.", zh: "已被弃用" },
//!     }
//!
//!     /// Several enums may share one invocation.
//!     pub enum WebError: i32 {
//!         STREAM_ALREADY_PUBLISHED => "The stream has already been published.", // no value
//!         ERR_FAILED = 1 => "General error.",
//!         #[alias]                   // deliberately shares the value of an earlier entry
//!         ERR_FAILED_AGAIN = 1 => "Same failure, second name.",
//!     }
//! }
//!
//! assert_eq!(SignalingError::LOGIN_E_NET.description_in("zh"), Some("网络问题"));
//! // One entry has no value, so `value()` returns an `Option`.
//! assert_eq!(WebError::STREAM_ALREADY_PUBLISHED.value(), None);
//! assert_eq!(WebError::from_value(1), Some(WebError::ERR_FAILED));
//! ```
//!
//! Values are integer literals (negative, hex, octal, binary, with underscores; a suffix must
//! match the type). Every entry needs a non-empty description, in every declared language.
//! The generated code refers to this crate as `::codetable`; a crate that re-exports it
//! under another path says so with `#[codes(crate = path::to::codetable)]` on the enum.
//!
//! Casting a code with `as` gives its position in the table, not its value: use
//! `value()`.
//!
//! # Features
//!
//! - `agora` (default): the Agora SDK code tables in [`agora`].
#![no_std]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]

// The generated code names this crate `::codetable`, inside it too.
extern crate self as codetable;

mod code;
mod error;
mod fmt;
mod table;

#[cfg(feature = "agora")]
pub mod agora;

pub use code::{Alias, Code, CodeValue};
pub use codetable_macros::define_codes;
pub use error::{UnknownName, UnknownValue};
pub use table::{Entry, Table};

/// Support for the code that [`define_codes!`] generates. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::fmt::code as fmt_code;
    pub use codetable_layout::{Data, Index, Names};

    /// Where a generated enum keeps its data, off the enum's own associated items.
    pub trait Layout {
        /// The table's data.
        const DATA: Data<'static>;
    }

    /// The position of `lang` in `langs`.
    #[inline]
    #[must_use]
    pub fn lang_index(langs: &[&str], lang: &str) -> Option<usize> {
        langs.iter().position(|l| *l == lang)
    }
}
