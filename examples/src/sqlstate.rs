//! PostgreSQL's SQLSTATE error codes: a code table whose values are strings.
//!
//! Every error PostgreSQL reports carries a SQLSTATE, a code of five characters, each a digit
//! or an upper-case ASCII letter: `"23505"`, `"42P01"`. The first two characters are the
//! class and the last three the subclass. Subclass `000` is the class's general condition
//! (`"23000"`, integrity constraint violation) and the others narrow it down (`"23505"`, unique
//! violation). Class `00` is success, and classes `01` (warning) and `02` (no data) are
//! warnings; every other class is an error. Classes that begin with 0-4 or A-H are the SQL
//! standard's, and a code PostgreSQL adds to one of them has a subclass beginning with `P`
//! (`"42P01"`, undefined table).
//!
//! [`SqlState`] lists every code of PostgreSQL 15.18, in the order and under the class
//! headings of PostgreSQL's own list, `src/backend/utils/errcodes.txt` (kept in this
//! repository as `examples/fixtures/errcodes.txt`, with its origin in the README there). An
//! entry's name is the list's C macro name without its `ERRCODE_` prefix, and its description
//! the condition name PL/pgSQL knows it by (`EXCEPTION WHEN unique_violation`).
//!
//! The list gives six codes a second macro name, without a condition name: `2202E` is both
//! `ERRCODE_ARRAY_SUBSCRIPT_ERROR` and `ERRCODE_ARRAY_ELEMENT_ERROR`. The second names are
//! aliases here, so `SqlState::ARRAY_ELEMENT_ERROR == SqlState::ARRAY_SUBSCRIPT_ERROR` and
//! `SqlState::from_name` knows both: 266 names for 260 codes.
//!
//! ```
//! use codetable_examples::sqlstate::SqlState;
//!
//! assert_eq!(SqlState::from_value("23505"), Some(SqlState::UNIQUE_VIOLATION));
//! assert_eq!(SqlState::UNIQUE_VIOLATION.value(), "23505");
//! assert_eq!(SqlState::UNIQUE_VIOLATION.description(), "unique_violation");
//! assert_eq!(SqlState::from_value("2202E"), Some(SqlState::ARRAY_ELEMENT_ERROR));
//! assert_eq!(SqlState::ARRAY_ELEMENT_ERROR.name(), "ARRAY_SUBSCRIPT_ERROR");
//! assert_eq!(SqlState::from_value("99999"), None);
//! ```
//!
//! `define_codes!` reads that file as PostgreSQL ships it, at compile time
//! (`#[file("fixtures/errcodes.txt", format = errcodes)]`): each line is an entry, a code's
//! second macro name an alias, and every check of a table written in Rust applies to it.
//! Editing the file rebuilds the crate.
//!
//! Error handling matches on the class far more often than on the code: the file's
//! `Section: Class 23 - Integrity Constraint Violation` lines are the table's classes
//! (`#[classes(cover, from_file)]`), each the codes that begin with its two characters, so a
//! code PostgreSQL adds later still has its class. A class is named by its title in upper
//! camel case, without remarks in parentheses: `Section: Class 02 - No Data (this is also a
//! warning class per the SQL standard)` is `SqlStateClass::NoData`.
//!
//! ```
//! use codetable_examples::sqlstate::{SqlState, SqlStateClass};
//!
//! assert_eq!(SqlState::UNIQUE_VIOLATION.class(), SqlStateClass::IntegrityConstraintViolation);
//! assert_eq!(SqlState::decode("23P99").class(), Some(SqlStateClass::IntegrityConstraintViolation));
//! assert_eq!(SqlStateClass::IntegrityConstraintViolation.description(), "Integrity Constraint Violation");
//! ```
//! The table is checked against an independent list, the one tokio-postgres publishes
//! (`examples/fixtures/sqlstate-tokio-postgres.tsv`).

codetable::define_codes! {
    /// PostgreSQL's SQLSTATE error codes (PostgreSQL 15.18), class by class. The value is
    /// the five-character code, the description the PL/pgSQL condition name. Each class of
    /// [`SqlStateClass`] is a `Section: Class XX - ...` line of the file (`from_file`): the
    /// codes that begin with its two characters.
    #[codes(len = 5, chars = "0-9A-Z")]
    #[classes(cover, from_file)]
    #[file("fixtures/errcodes.txt", format = errcodes, name_prefix = "ERRCODE_")]
    pub enum SqlState: str {}
}
