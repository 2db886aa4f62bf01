//! The tables of the `explain` command-line tool, which answers "what does this code mean?"
//! for every table it knows, and a home for examples of codetable. The tool itself (the
//! search, the printing, the command line) is the `codetable_explain` crate, re-exported
//! here; `explain` is [`codetable_explain::Explain`] over [`TABLES`]:
//!
//! ```
//! use codetable_examples::{find, render, Query, TABLES};
//!
//! let query = Query::parse("501");
//! let found = find(TABLES, &query);
//! assert_eq!(found.hits[0].entry.name, "QUERYUSERNUM_E_TIMEOUT");
//! let text = render::text_results(&render::heading(&query, &found), &found.hits, &Default::default());
//! assert!(text.contains("SignalingError  QUERYUSERNUM_E_TIMEOUT  501  A timeout in querying"));
//!
//! // An alias names the code it stands for, and says so.
//! let query = Query::parse("err_static_use_dyanmic_ke");
//! let found = find(TABLES, &query);
//! let text = render::text_results(&render::heading(&query, &found), &found.hits, &Default::default());
//! assert!(text.starts_with("Codes named ERR_STATIC_USE_DYANMIC_KE:\n"));
//! assert!(text.contains("WebError  ERR_STATIC_USE_DYNAMIC_KEY  119  The static user"));
//! assert!(text.contains("ERR_STATIC_USE_DYANMIC_KE: alias of ERR_STATIC_USE_DYNAMIC_KEY"));
//!
//! // String tables too: a SQLSTATE or an OAuth error code, by value or by name.
//! let query = Query::parse("42P01");
//! let found = find(TABLES, &query);
//! let text = render::text_results(&render::heading(&query, &found), &found.hits, &Default::default());
//! assert_eq!(
//!     text,
//!     "Codes with value 42P01:\n  SqlState  UNDEFINED_TABLE  42P01  undefined_table\n\
//!      \x20                                   class SyntaxErrorOrAccessRuleViolation: \
//!      Syntax Error or Access Rule Violation\n"
//! );
//! let found = find(TABLES, &Query::parse("invalid_grant"));
//! assert_eq!(found.hits[0].entry.name, "INVALID_GRANT");
//! ```
//!
//! `examples/custom_family.rs` declares a table in a crate of its own (the HTTP status codes
//! of RFC 9110) and searches it together with the Agora tables through these functions.

#![deny(missing_docs)]

pub mod grpc;
pub mod http;
pub mod oauth;
pub mod sqlstate;

pub use codetable_explain::{
    find, hits, select_tables, unknowns, Found, Hit, MatchKind, NoSuchTable, Query, Style,
};
pub use codetable_explain::{render, search, snapshot_tables};

use codetable::agora::ALL_TABLES;
use codetable::Table;

/// The tables `explain` knows, in the order it prints them: every Agora SDK table
/// ([`codetable::agora::ALL_TABLES`]), then
/// PostgreSQL's SQLSTATE codes and OAuth 2.0's token errors, whose values are strings, then
/// gRPC's status codes, which have typed columns.
///
/// Adding a table is one line: `Table::of::<YourCode>()` here, or, at run time,
/// `[TABLES, &[Table::of::<YourCode>()]].concat()` wherever these functions take tables.
pub const TABLES: &[Table] = &{
    let more = [
        Table::of::<sqlstate::SqlState>(),
        Table::of::<oauth::OAuthError>(),
        Table::of::<grpc::Grpc>(),
    ];
    let mut tables = [more[0]; ALL_TABLES.len() + 3];
    let mut at = 0;
    while at < tables.len() {
        tables[at] = if at < ALL_TABLES.len() {
            ALL_TABLES[at]
        } else {
            more[at - ALL_TABLES.len()]
        };
        at += 1;
    }
    tables
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_the_agora_tables_then_the_string_tables_then_grpc() {
        let names = |tables: &[Table]| tables.iter().map(Table::name).collect::<Vec<_>>();
        let mut expected = names(codetable::agora::ALL_TABLES);
        expected.extend(["SqlState", "OAuthError", "Grpc"]);
        assert_eq!(names(TABLES), expected);
        let strings: Vec<bool> = TABLES.iter().map(|t| t.value_type() == "str").collect();
        assert_eq!(
            strings,
            [false, false, false, false, false, false, true, true, false]
        );
        for table in TABLES {
            // Each entry serializes as its table's serde impls write it.
            assert!(table.all().all(|entry| serde_json::to_value(entry).is_ok()));
            assert!(table.get(table.count()).is_none());
        }
    }
}
