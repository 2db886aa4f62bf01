//! A table's history in the expansion: each variant's `since` and retirement in its rustdoc,
//! the `#[deprecated]` that a retired code gets (unless the user wrote one), and what the
//! table's descriptor keeps of its contract over time for the exports and the compatibility
//! check: `.history(...)`, `.shape(...)` (a string table's) and `.reserved(...)`.

use super::Ctx;
use crate::ast::{Entry, ReservedKind};
use proc_macro2::TokenStream;
use quote::quote;

/// The rustdoc lines of `entry`'s history, and for a retired code, `#[deprecated]`: so that
/// constructing it warns in the user's code. The generated code reads every variant under
/// `#[allow(deprecated)]`, so it never warns.
pub(super) fn variant_attrs(entry: &Entry) -> TokenStream {
    let mut lines = Vec::new();
    if let Some((since, _)) = &entry.since {
        lines.push(format!("*Since {since}.*"));
    }
    let mut out = TokenStream::new();
    if entry.retired.is_some() {
        let note = retired_note(entry);
        lines.push(format!("**Retired.** {note}"));
        if entry.deprecated.is_none() {
            out.extend(quote!(#[deprecated(note = #note)]));
        }
    }
    if lines.is_empty() {
        return out;
    }
    let separator = quote!(#[doc = ""]);
    let mut docs = TokenStream::new();
    for line in lines {
        docs.extend(quote!(#separator #[doc = #line]));
    }
    docs.extend(out);
    docs
}

/// `Retired in 2.0: the value stays taken; use NEW instead.` with the parts the table gives.
fn retired_note(entry: &Entry) -> String {
    let Some(retired) = &entry.retired else {
        return String::new();
    };
    let mut note = match &retired.until {
        Some(until) => format!("Retired in {until}: no longer emitted"),
        None => "Retired: no longer emitted".to_owned(),
    };
    note.push_str("; its value stays taken so that stored data reads back");
    if let Some(replacement) = &retired.replacement {
        note.push_str(&format!("; use `{replacement}` instead"));
    }
    note.push('.');
    note
}

/// `.history(...)` and `.reserved(...)` for the descriptor; nothing for a table without
/// either (the common case stores nothing).
pub(super) fn descriptor(ctx: &Ctx) -> TokenStream {
    let private = {
        let krate = &ctx.krate;
        quote!(#krate::__private)
    };
    let krate = &ctx.krate;
    let histories: Vec<TokenStream> = ctx
        .checked
        .variants
        .iter()
        .enumerate()
        .filter(|(_, v)| v.entry.since.is_some() || v.entry.retired.is_some())
        .map(|(position, v)| {
            let since = option(v.entry.since.as_ref().map(|(s, _)| quote!(#s)));
            let retired = option(v.entry.retired.as_ref().map(|r| {
                let until = option(r.until.as_ref().map(|u| quote!(#u)));
                let replacement = option(r.replacement.as_ref().map(|ident| {
                    let name = syn::ext::IdentExt::unraw(ident).to_string();
                    quote!(#name)
                }));
                quote!(#krate::Retired { until: #until, replacement: #replacement })
            }));
            quote!(#private::History { position: #position, since: #since, retired: #retired })
        })
        .collect();
    let mut out = TokenStream::new();
    if !histories.is_empty() {
        let len = histories.len();
        out.extend(quote!(.history({
            static ARRAY: [#private::History; #len] = [#(#histories),*];
            &ARRAY
        })));
    }
    let shape = &ctx.table.shape;
    if ctx.is_str() && (shape.len.is_some() || shape.max_len.is_some() || shape.chars.is_some()) {
        let len = option(shape.len.as_ref().map(|(n, _)| quote!(#n)));
        let max_len = option(shape.max_len.as_ref().map(|(n, _)| quote!(#n)));
        let chars = option(shape.chars.as_ref().map(|c| {
            let written = &c.written;
            quote!(#written)
        }));
        out.extend(
            quote!(.shape(#krate::StringShape { len: #len, max_len: #max_len, chars: #chars })),
        );
    }
    let reserved = &ctx.table.reserved;
    if !reserved.values.is_empty() || !reserved.names.is_empty() {
        let values = reserved.values.iter().map(|r| match &r.kind {
            ReservedKind::Range(low, high) => {
                let (low, high) = (super::integer(*low), super::integer(*high));
                quote!(#krate::ReservedValue::Range(#low, #high))
            }
            ReservedKind::Str(text) => quote!(#krate::ReservedValue::Str(#text)),
        });
        let names = reserved
            .names
            .iter()
            .map(|ident| syn::ext::IdentExt::unraw(ident).to_string());
        out.extend(quote!(.reserved(&[#(#values),*], &[#(#names),*])));
    }
    out
}

/// `::core::option::Option::Some(tokens)` or `None`.
fn option(tokens: Option<TokenStream>) -> TokenStream {
    match tokens {
        Some(tokens) => quote!(::core::option::Option::Some(#tokens)),
        None => quote!(::core::option::Option::None),
    }
}
