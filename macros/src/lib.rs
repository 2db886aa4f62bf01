//! The `define_codes!` procedural macro. Use it through the `codetable` crate, which
//! re-exports it and holds the trait and run-time support the generated code needs.
//!
//! The macro works in three passes over `proc_macro2` tokens, one file each:
//! - `parse.rs` reads the invocation into the typed model of `ast.rs`, recovering after each
//!   mistake so that independent mistakes are all reported (entry attributes and the table
//!   attributes are read in `attr.rs`);
//! - `valid.rs` checks the model (duplicate values and names, ranges, reserved names) and
//!   decides what can still be emitted when something is wrong;
//! - `expand.rs` writes the enum and its impls, one function per generated item, with the
//!   lookup structures that the `codetable-layout` crate places at expansion time (the same
//!   crate searches them at run time).
//!
//! Every message is built in `error.rs`. On a mistake the enum is still emitted, with the
//! entries that are sound, so that a user sees the mistake and not a cascade of
//! "no variant named ..." errors.

mod ast;
mod attr;
#[cfg(test)]
mod bench_expand;
mod columns;
mod error;
mod expand;
mod names;
mod parse;
mod syntax;
#[cfg(test)]
mod tests;
mod valid;

use proc_macro::TokenStream;

/// Declares one or more code tables. See the `codetable` crate for the table language and
/// what the macro generates.
#[proc_macro]
pub fn define_codes(input: TokenStream) -> TokenStream {
    expand::define_codes(input.into()).into()
}
