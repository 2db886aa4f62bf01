//! HTTP status codes, read from IANA's registry as IANA publishes it.
//!
//! IANA's "Hypertext Transfer Protocol (HTTP) Status Code Registry" is offered as a CSV file,
//! `http-status-codes-1.csv` (kept in this repository as
//! `examples/fixtures/http-status-codes-1.csv`, with its origin in the README there). Its
//! columns are `Value`, `Description` and `Reference`, and besides the assigned codes it has
//! rows for what is not assigned: ranges such as `104-199,Unassigned,` and the two codes that
//! must not be used again, `306,(Unused),...` and `418,(Unused),...`.
//!
//! [`HttpStatus`] is that file, with the rules declared on the table:
//! - an entry's name is its description in upper snake case (`name =
//!   upper_snake("Description")`): `Non-Authoritative Information` is
//!   `NON_AUTHORITATIVE_INFORMATION`, `Not Extended (OBSOLETED)` is
//!   `NOT_EXTENDED_OBSOLETED`;
//! - the `Unassigned` rows are left out (`skip(description = "Unassigned")`);
//! - the `(Unused)` rows reserve their value (`reserved(description = "(Unused)")`), so that
//!   an entry given 306 or 418 is a compile error naming the row that reserves it;
//! - the `Reference` cell is the typed column `reference`.
//!
//! ```
//! use codetable_examples::http::HttpStatus;
//!
//! assert_eq!(HttpStatus::from_value(404), Some(HttpStatus::NOT_FOUND));
//! assert_eq!(HttpStatus::NOT_FOUND.description(), "Not Found");
//! assert_eq!(HttpStatus::NOT_FOUND.reference(), "[RFC9110, Section 15.5.5]");
//! assert_eq!(HttpStatus::IM_USED as u16, 226);
//! assert_eq!(HttpStatus::from_value(418), None); // reserved, not a code
//! assert_eq!(HttpStatus::COUNT, 61);
//! ```
//!
//! `examples/tests/http.rs` reads the file again, with other code, and checks the table
//! against it row for row.

codetable::define_codes! {
    /// HTTP status codes, as IANA's registry assigns them. The description is the
    /// registry's, the name the description in upper snake case, and `reference` the
    /// registry's reference.
    #[columns(reference: &'static str)]
    #[file(
        "fixtures/http-status-codes-1.csv",
        name = upper_snake("Description"),
        skip(description = "Unassigned"),
        reserved(description = "(Unused)"),
    )]
    pub enum HttpStatus: u16 {}
}
