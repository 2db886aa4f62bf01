//! Generated code is clean under the strictest lint levels users set, aliases and
//! deprecated entries included (a deprecated alias warns only where the user names it:
//! fail/deprecated_alias_use).
#![deny(
    warnings,
    missing_docs,
    unused_qualifications,
    clippy::all,
    clippy::pedantic
)]
#![forbid(unsafe_code)]

codetable::define_codes! {
    /// Statuses.
    pub enum Status: u32 {
        /// All went well.
        OK = 0 => "Success.",
        NOT_FOUND = 404 => "Missing.",
        GONE = _ => "Gone for good.",
        #[deprecated]
        OLD = 1 => "Old.",
        /// Another name of `NOT_FOUND`.
        #[alias]
        MISSING = 404,
        #[deprecated(note = "use NOT_FOUND")]
        ABSENT = NOT_FOUND => "Absent.",
        /// Lowercase, as a variant may be: no `non_upper_case_globals`.
        not_there = NOT_FOUND,
        /// Hidden from rustdoc, not refused as a malformed doc comment.
        #[doc(hidden)]
        INTERNAL = 500 => "Internal.",
        #[doc(hidden)]
        #[alias]
        HIDDEN_ALIAS = 500,
    }
}

fn main() {
    assert_eq!(Status::NOT_FOUND.value(), Some(404));
    assert_eq!(Status::MISSING, Status::NOT_FOUND);
    assert_eq!(Status::from_name("ABSENT"), Some(Status::NOT_FOUND));
    assert!(Status::ALIASES[1].is_deprecated());
    assert_eq!(Status::not_there, Status::NOT_FOUND);
    assert_eq!(Status::HIDDEN_ALIAS, Status::INTERNAL);
}

/// The constants a table mirrors.
pub mod consts {
    /// Success.
    pub const OK: i64 = 0;
    /// Retry.
    pub const AGAIN: i64 = 11;
    /// Retry, in another spelling.
    pub const WOULDBLOCK: i64 = 11;
    /// Large.
    pub const LARGE: i64 = 11 | (1 << 40);
}

codetable::define_codes! {
    /// A table checked against constants, with values as expressions.
    #[equals(consts::*)]
    pub enum Mirrored: i64 {
        /// Fine.
        OK = 0 => "Fine.",
        #[deprecated]
        AGAIN = 11 => "Again.",
        /// An alias checked by its own name.
        WOULDBLOCK = AGAIN,
        LARGE = AGAIN | (1 << 40) => "Large.",
        #[equals(_)]
        LOCAL = i64::MAX => "Ours.",
    }
}
