//! `explain`: what does this code mean? Finds codes by value, name, alias or words in any
//! list of [`codetable::Table`]s and prints them, as text or JSON. Everything here walks
//! tables only through [`Table`](codetable::Table), the erased handle of a table, so it answers alike for a
//! table compiled into the program (`Table::of::<YourCode>()`) and for one read at run time
//! from a `codetable/1` JSON export ([`codetable::load`]).
//!
//! With the `cli` feature (the default), [`Explain`] is the whole command line: a team's own
//! `explain` for its own tables is a binary of a few lines.
//!
//! ```no_run
//! codetable::define_codes! {
//!     /// Our service's statuses.
//!     pub enum Status: u16 {
//!         OK = 200 => "Fine.",
//!         BUSY = 503 => "The service is busy; retry with backoff.",
//!     }
//! }
//!
//! fn main() -> std::process::ExitCode {
//!     codetable_explain::Explain::new(&[codetable::Table::of::<Status>()]).run()
//! }
//! ```
//!
//! Its `--tables FILE.json` adds the tables of `codetable/1` exports (`--export json`) to
//! those it was built with. The search and the printing are functions of their own:
//!
//! ```
//! use codetable::Table;
//! use codetable_explain::{find, render, Query};
//!
//! codetable::define_codes! {
//!     /// Our service's statuses.
//!     pub enum Status: u16 {
//!         OK = 200 => "Fine.",
//!         BUSY = 503 => "The service is busy; retry with backoff.",
//!     }
//! }
//!
//! let tables = [Table::of::<Status>()];
//! let query = Query::parse("503");
//! let found = find(&tables, &query);
//! let text = render::text_results(&render::heading(&query, &found), &found.hits, &Default::default());
//! assert_eq!(text, "Codes with value 503:\n  Status  BUSY  503  The service is busy; retry with backoff.\n");
//! ```

#![deny(missing_docs)]

#[cfg(feature = "cli")]
mod cli;
pub mod render;
pub mod search;

#[cfg(feature = "cli")]
pub use cli::Explain;
pub use render::Style;
pub use search::{find, hits, select_tables, unknowns, Found, Hit, MatchKind, NoSuchTable, Query};

/// The names of the tables in `snapshot`, a `codetable/1` document: those `explain
/// --check-compat` compares unless `--table` names others. Empty when the snapshot cannot be
/// read (the check itself then says why).
#[must_use]
pub fn snapshot_tables(snapshot: &str) -> Vec<String> {
    let Ok(doc) = serde_json::from_str::<serde_json::Value>(snapshot) else {
        return Vec::new();
    };
    doc["tables"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|table| Some(table["name"].as_str()?.to_owned()))
        .collect()
}
