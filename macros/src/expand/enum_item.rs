//! The enum, and its ordering by value.

use super::{entry_docs, expression, integer_into, Ctx};
use proc_macro2::{Punct, Spacing, TokenStream, TokenTree};
use quote::{quote, ToTokens};

pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let mut out = enum_item(ctx);
    out.extend(ord_impls(ctx));
    out
}

/// The enum. An integer table's is `#[repr(T)]` with each discriminant its value; a string
/// table's has the positions as discriminants, implicitly.
fn enum_item(ctx: &Ctx) -> TokenStream {
    let Ctx { table, ident, .. } = ctx;
    let (attrs, vis) = (&table.attrs, &table.vis);
    let langs = ctx.langs();
    // One stream, appended tree by tree (see `doc_attr`).
    let mut variants = TokenStream::new();
    for v in &ctx.checked.variants {
        let entry = v.entry;
        let head = match (&v.string, v.has_value) {
            (Some(text), _) => format!("`{text:?}`: "),
            (None, true) if !ctx.is_str() => match expression(entry) {
                Some(written) => format!("`{written}` = `{}`: ", ctx.value_text(v.discriminant)),
                None => format!("`{}`: ", ctx.value_text(v.discriminant)),
            },
            _ => String::new(),
        };
        entry_docs(
            &mut variants,
            &langs,
            &head,
            &entry.descriptions,
            &entry.docs,
        );
        let history = super::history::variant_attrs(entry);
        if !history.is_empty() {
            variants.extend(history);
        }
        entry.deprecated.to_tokens(&mut variants);
        for attr in entry.doc_attrs.iter().chain(&entry.attrs) {
            attr.to_tokens(&mut variants);
        }
        variants.extend([TokenTree::Ident(entry.ident.clone())]);
        if !ctx.is_str() {
            variants.extend([TokenTree::Punct(Punct::new('=', Spacing::Alone))]);
            integer_into(&mut variants, v.discriminant);
        }
        variants.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
    }
    let repr = ctx.repr_attrs();
    let summary = summary(ctx);
    quote! {
        #(#attrs)*
        #[doc = #summary]
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash
        )]
        #[allow(
            non_camel_case_types,
            clippy::upper_case_acronyms,
            clippy::enum_variant_names,
            clippy::doc_markdown,
            // `isize` and C's types: each value is checked on the target (`target.rs`).
            clippy::enum_clike_unportable_variant
        )]
        #repr
        #vis enum #ident {
            #variants
        }
    }
}

/// The enum's rustdoc after the user's own.
fn summary(ctx: &Ctx) -> String {
    let count = ctx.checked.variants.len();
    let ty = ctx.repr.name();
    let common = "Convert with `from_value`, `from_name`, `parse` and `TryFrom`; read with \
                  `name`, `value`, `description` and `details`. `{}` prints \
                  `NAME (value): description` and `{:#}` puts the table's name in front.";
    let mut summary = if ctx.is_str() {
        format!(
            "\n\nA table of {count} codes with string values, declared with \
             `codetable::define_codes!`. Codes order by value. {common} Casting a code with \
             `as` gives its position in the table: the value is `value()`."
        )
    } else {
        format!(
            "\n\nA table of {count} codes with values of type `{ty}`, declared with \
             `codetable::define_codes!`. The enum is `#[repr({ty})]` and each code's \
             discriminant is its value: `code as {ty}` is the value, and codes order by \
             value. {common}"
        )
    };
    if ctx.checked.has_missing_value {
        summary.push_str(if ctx.is_str() {
            " Entries declared without a value have none: their `value()` is `None`."
        } else {
            " Entries declared without a value have discriminants no entry has as its value \
             (the numbers after the largest value, where the type has room), \
             which are not codes: their `value()` is `None`, and `from_value` never finds them."
        });
    }
    summary
}

/// `PartialOrd` and `Ord` by value: the discriminant of an integer table, the string of a
/// string table. A string table's entries without a value come after every value, in table
/// order (their positions), as an integer table's discriminants put them, and as `Open`
/// orders: two of them are not equal.
fn ord_impls(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, ty, .. } = ctx;
    let ordering = quote!(::core::cmp::Ordering);
    let some = quote!(::core::option::Option::Some);
    let none = quote!(::core::option::Option::None);
    let cmp = if ctx.is_str() && ctx.checked.has_missing_value {
        quote! {
            match (Self::value(*self), Self::value(*other)) {
                (#some(a), #some(b)) => ::core::cmp::Ord::cmp(a, b),
                (#some(_), #none) => #ordering::Less,
                (#none, #some(_)) => #ordering::Greater,
                (#none, #none) => ::core::cmp::Ord::cmp(
                    &(*self as ::core::primitive::usize),
                    &(*other as ::core::primitive::usize),
                ),
            }
        }
    } else if ctx.is_str() {
        quote!(::core::cmp::Ord::cmp(
            &Self::value(*self),
            &Self::value(*other)
        ))
    } else {
        quote!(::core::cmp::Ord::cmp(&(*self as #ty), &(*other as #ty)))
    };
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::cmp::PartialOrd for #ident {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<#ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::cmp::Ord for #ident {
            #[inline]
            fn cmp(&self, other: &Self) -> #ordering {
                #cmp
            }
        }
    }
}
