//! The library behind the `explain` command-line tool, which answers "what does this code
//! mean?" for every table it knows, and a home for examples of codetable.
//!
//! Everything here walks tables only through [`codetable::Table`] (built from the generic
//! [`codetable::Code`] trait), so the tool knows a table as soon as it is listed in
//! [`TABLES`]:
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
//! ```
//!
//! `examples/custom_family.rs` declares a table in a crate of its own (the HTTP status codes
//! of RFC 9110) and searches it together with the Agora tables through these functions.

#![deny(missing_docs)]

pub mod oauth;
pub mod render;
pub mod search;
pub mod sqlstate;

pub use render::Style;
pub use search::{find, hits, select_tables, Found, Hit, MatchKind, NoSuchTable, Query};

use codetable::Table;

/// The tables `explain` searches, in the order it prints them: every Agora SDK table.
///
/// Adding a table is one line: write the list out as
/// `&[Table::of::<SignalingError>(), ..., Table::of::<YourCode>()]`, or, at run time, pass
/// `[TABLES, &[Table::of::<YourCode>()]].concat()` wherever these functions take tables.
pub const TABLES: &[Table] = codetable::agora::ALL_TABLES;
