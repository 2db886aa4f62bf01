//! The error and warning codes of the Agora SDKs, transcribed from Agora's documentation
//! pages and declared with [`define_codes!`](crate::define_codes).
//!
//! | module | tables | SDK |
//! |---|---|---|
//! | [`signaling`] | [`SignalingError`](signaling::SignalingError) (English and Chinese) | Signaling SDK |
//! | [`native`] | [`NativeError`](native::NativeError), [`NativeWarning`](native::NativeWarning) | Native SDK, RTC v2/v3 |
//! | [`web`] | [`WebError`](web::WebError), [`WebWarning`](web::WebWarning) | Web SDK |
//! | [`rtc`] | [`RtcError`](rtc::RtcError) | RTC v4.x SDK |
//!
//! The tables whose page has a known address link to it (`code.url()`, the exports, see
//! [`define_codes!`](crate::define_codes)'s `url` option): [`SignalingError`](signaling::SignalingError)
//! to the English Signaling page and [`RtcError`](rtc::RtcError) to the "SDK error codes"
//! page. Neither page has an anchor per code, so each code links to its page. The Native
//! and Web pages (2018 to 2020) were read without their addresses, so those tables have
//! no URL rather than a guessed one.
//!
//! Where a page contradicts the SDK's own headers, the entry follows the header and its
//! documentation says so. [`ALL_TABLES`] lists every table for tools that walk them all:
//!
//! ```
//! use codetable::agora::ALL_TABLES;
//!
//! // Which tables know the value 17, and what do they call it?
//! for table in ALL_TABLES {
//!     if let Some(entry) = table.from_value(17) {
//!         println!("{} {} = 17: {}", table.name(), entry.name, entry.description);
//!     }
//! }
//! let rtc = ALL_TABLES.iter().find(|t| t.name() == "RtcError").unwrap();
//! assert_eq!(rtc.from_value(17).unwrap().name, "ERR_JOIN_CHANNEL_REJECTED");
//! ```
//!
//! Every table here is `#[non_exhaustive]`: Agora adds codes with new SDK releases, and a
//! later release of this crate adds them too, which would break a downstream exhaustive
//! `match`. A `match` on one of these codes needs a `_` arm (or takes the code through
//! [`Open`](crate::Open), whose `Unknown` a new code's value leaves). A table of another
//! vendor's codes should be `#[non_exhaustive]` for the same reason.
//!
//! This module is behind the default `agora` feature.

pub mod native;
pub mod rtc;
pub mod signaling;
pub mod web;

use crate::Table;

/// Every Agora table, in the order of the table above.
pub const ALL_TABLES: &[Table] = &[
    Table::of::<signaling::SignalingError>(),
    Table::of::<native::NativeError>(),
    Table::of::<native::NativeWarning>(),
    Table::of::<web::WebError>(),
    Table::of::<web::WebWarning>(),
    Table::of::<rtc::RtcError>(),
];
