//! Attribute macros that do to a table's enum what the macro's attribute filter cannot see:
//! a macro of the user's, passed through to the enum, may rewrite it in any way. The tests
//! use them to check that the generated code is sound or does not compile, whatever the
//! enum became.

use proc_macro::TokenStream;

/// Replaces the item with the attribute's arguments: stands for any macro that rewrites
/// the enum (removes, renumbers or adds variants, changes its `#[repr]`).
#[proc_macro_attribute]
pub fn replace(args: TokenStream, _item: TokenStream) -> TokenStream {
    args
}
