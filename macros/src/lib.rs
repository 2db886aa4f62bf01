//! The `define_codes!` procedural macro. Use it through the `codetable` crate, which
//! re-exports it and holds the trait and run-time support the generated code needs.
//!
//! The macro works in three passes over `proc_macro2` tokens: parse, check, expand. Its
//! modules are layers, each using only the layers before it (no module imports one that
//! imports it back; the unit test `tests/layers.rs` checks this):
//! 1. the leaves: `eval.rs`, which reads and evaluates a value's integer constant
//!    expression as rustc would (it knows nothing of tables); `ast.rs`, the typed model of
//!    an invocation; `syntax.rs`, helpers over tokens (`parse_within`, the reading of string
//!    and integer literals); `names.rs`, the reserved names and keywords, for entries,
//!    aliases and columns;
//! 2. `error.rs`: every message, each a constructor, and the `Kind` that tells the
//!    macro's own messages from syn's;
//! 3. the attributes: `columns.rs` reads `#[columns(...)]`, and `attr.rs` the other
//!    attributes of a table and of an entry, sorting them (what passes through, whether the
//!    table derives serde's traits itself); after them, `class.rs` reads `#[classes(...)]`
//!    and checks the classes against the entries (`valid.rs` calls it with the settled
//!    values); `url.rs` reads `#[codes(url = "...")]`'s template (for `attr.rs`) and checks
//!    it against the entries;
//! 4. `parse.rs` reads the invocation, its tables and their entries, into the model,
//!    recovering after each mistake so that independent mistakes are all reported;
//! 5. `valid.rs` checks the model as a whole (duplicate values and names, ranges and
//!    shapes, aliases, columns) and decides what can still be emitted when something is
//!    wrong;
//! 6. `expand/`, a folder of one file per generated item (listed in `expand/mod.rs`), writes
//!    the enum and its impls from the checked model, with the lookup structures that the
//!    `codetable-layout` crate places at expansion time (the same crate searches them at run
//!    time); it reads only the model (`ast.rs`, as `valid.rs` checked it), and
//!    `expand/mod.rs` also runs the three passes.
//!
//! On a mistake the enum is still emitted, with the entries that are sound, so that a user
//! sees the mistake and not a cascade of "no variant named ..." errors.

mod ast;
mod attr;
#[cfg(test)]
mod bench_expand;
mod class;
mod columns;
mod csv;
mod errcodes;
mod error;
mod eval;
mod expand;
mod file;
mod history;
mod names;
mod parse;
mod syntax;
#[cfg(test)]
mod tests;
mod url;
mod valid;

use proc_macro::TokenStream;

/// Declares one or more code tables. See the `codetable` crate for the table language and
/// what the macro generates.
///
/// `codetable::define_codes!`, a `macro_rules!` front, calls this with its own path first,
/// as `@crate($crate)`: the path to `codetable` wherever the user reached it, the default
/// of every table without `#[codes(crate = ...)]`. Called without it, the path is
/// `::codetable`.
#[proc_macro]
pub fn define_codes(input: TokenStream) -> TokenStream {
    expand::define_codes(input.into()).into()
}
