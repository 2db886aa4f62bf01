//! Generated code is clean under the strictest lint levels users set.
#![deny(warnings, missing_docs, unused_qualifications, clippy::all, clippy::pedantic)]
#![forbid(unsafe_code)]

codetable::define_codes! {
    /// Statuses.
    pub enum Status: u32 {
        /// All went well.
        OK = 0 => "Success.",
        NOT_FOUND = 404 => "Missing.",
        GONE => "Gone for good.",
    }
}

fn main() {
    assert_eq!(Status::NOT_FOUND.value(), Some(404));
}
