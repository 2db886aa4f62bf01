//! Typed columns: reading `#[columns(http: u16, retryable: bool = false)]` on a table and
//! `#[columns(http = 503, retryable = true)]` on an entry. The checks that need both (a
//! column missing, unknown or given twice) are in `valid.rs`; the methods are written by
//! `expand/columns.rs`.
//!
//! A value (or a default) is the tokens up to the next comma outside any group, kept as
//! written so that rustc checks it against the column's type and points at it: any constant
//! expression that does not name `Self` and has no comma outside brackets.

use crate::ast::{Column, ColumnValue, Derive};
use crate::error::{self, Errors};
use crate::syntax::parse_within;
use proc_macro2::{TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, Meta, Token};

/// The columns a table declares. Each mistake is reported, and the column it concerns
/// left out: a declaration that syn cannot read is one message, at the token where syn
/// stopped.
pub fn declarations(attr: &Attribute, errors: &mut Errors) -> Vec<Column> {
    let mut columns: Vec<Column> = Vec::new();
    for chunk in list(attr, errors) {
        // A malformed `derive(...)` is its own message, not the declaration's.
        let mut malformed_derive = None;
        match parse_within(chunk, |stream| declaration(stream, &mut malformed_derive)) {
            Ok(column) => {
                if let Some(first) = columns.iter().find(|c| c.name == column.name) {
                    errors.push(error::repeated_column_decl(
                        column.ident.span(),
                        &column.name,
                        first.ident.span(),
                    ));
                } else {
                    columns.push(column);
                }
            }
            Err(e) => errors
                .push(malformed_derive.unwrap_or_else(|| error::malformed_columns_decl(e.span()))),
        }
    }
    columns
}

/// `name: Type`, `name: Type = default`, or a derived column, `name: Type = derive(f)` or
/// `name: Type = derive(f, overridable)`. A default that is a call of a function named
/// `derive` is written in braces: `{ derive(x) }`.
fn declaration(
    stream: ParseStream,
    malformed_derive: &mut Option<syn::Error>,
) -> syn::Result<Column> {
    let ident = stream.call(Ident::parse_any)?;
    stream.parse::<Token![:]>()?;
    let ty: syn::Type = stream.parse()?;
    let (mut default, mut derive) = (None, None);
    if !stream.is_empty() {
        stream.parse::<Token![=]>()?;
        if is_derive(stream) {
            derive = Some(derived(stream).inspect_err(|e| *malformed_derive = Some(e.clone()))?);
        } else {
            default = Some(at_least_one_token(stream)?);
        }
    }
    Ok(Column {
        name: ident.unraw().to_string(),
        ident,
        ty,
        default,
        derive,
    })
}

/// Whether the rest is `derive(...)` and nothing after it.
fn is_derive(stream: ParseStream) -> bool {
    let fork = stream.fork();
    fork.call(Ident::parse_any)
        .is_ok_and(|ident| ident == "derive")
        && fork.peek(syn::token::Paren)
        && {
            let _ = fork.parse::<TokenTree>();
            fork.is_empty()
        }
}

/// `derive(function)` or `derive(function, overridable)`; anything else inside the
/// parentheses is one message, at the token where it stops making sense.
fn derived(stream: ParseStream) -> syn::Result<Derive> {
    let _derive = stream.call(Ident::parse_any)?;
    let inside;
    syn::parenthesized!(inside in stream);
    let function: syn::Path = inside
        .parse()
        .map_err(|e| error::malformed_derived_column(e.span()))?;
    let overridable = if inside.is_empty() {
        false
    } else {
        inside
            .parse::<Token![,]>()
            .map_err(|e| error::malformed_derived_column(e.span()))?;
        let word = inside
            .call(Ident::parse_any)
            .map_err(|e| error::malformed_derived_column(e.span()))?;
        if word != "overridable" || !inside.is_empty() {
            return Err(error::malformed_derived_column(word.span()));
        }
        true
    };
    Ok(Derive {
        function,
        overridable,
    })
}

/// The column values an entry gives: `name = value`, in order. Checking them against the
/// table's columns is `valid.rs`'s. A value that syn cannot read is one message, at the
/// token where syn stopped.
pub fn values(attr: &Attribute, errors: &mut Errors) -> Vec<ColumnValue> {
    let mut values = Vec::new();
    for chunk in list(attr, errors) {
        let parsed = parse_within(chunk, |stream: ParseStream| {
            let ident = stream.call(Ident::parse_any)?;
            stream.parse::<Token![=]>()?;
            let value = at_least_one_token(stream)?;
            Ok(ColumnValue {
                name: ident.unraw().to_string(),
                ident,
                value,
            })
        });
        match parsed {
            Ok(value) => values.push(value),
            Err(e) => errors.push(error::malformed_columns_value(e.span())),
        }
    }
    values
}

/// Every token left, at least one: syn's error at the end of the input when there is none,
/// which the callers turn into their message.
fn at_least_one_token(stream: ParseStream) -> syn::Result<TokenStream> {
    let first: TokenTree = stream.parse()?;
    let mut tokens = TokenStream::from(first);
    tokens.extend(stream.parse::<TokenStream>()?);
    Ok(tokens)
}

/// The parts of `#[columns(a, b, ...)]`, split at the commas outside any group (and outside
/// a type's `<...>`).
fn list(attr: &Attribute, errors: &mut Errors) -> Vec<TokenStream> {
    let Meta::List(list) = &attr.meta else {
        errors.push(error::malformed_columns_attr(attr));
        return Vec::new();
    };
    let mut chunks = Vec::new();
    let mut chunk = TokenStream::new();
    let mut angles = 0_usize;
    for tt in list.tokens.clone() {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == ',' && angles == 0 => {
                if !chunk.is_empty() {
                    chunks.push(std::mem::take(&mut chunk));
                }
                continue;
            }
            TokenTree::Punct(p) if p.as_char() == '<' => angles += 1,
            TokenTree::Punct(p) if p.as_char() == '>' => angles = angles.saturating_sub(1),
            // A value such as `a = 1` ends the type part of a declaration: an `=` outside
            // the angles resets them, so that a comparison in a value cannot swallow a comma.
            TokenTree::Punct(p) if p.as_char() == '=' => angles = 0,
            _ => {}
        }
        chunk.extend([tt]);
    }
    if !chunk.is_empty() {
        chunks.push(chunk);
    }
    if chunks.is_empty() {
        errors.push(error::malformed_columns_attr(attr));
    }
    chunks
}
