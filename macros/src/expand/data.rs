//! The table's data and its descriptor (what `Table` is a handle of), on the hidden
//! `__private::Layout` trait, so that the enum's own associated items are only its public
//! API (see `names::RESERVED`). The `Code` trait's methods read them.

use super::{details, Ctx};
use codetable_layout::build::{self, Values};
use codetable_layout::{is_wide, DEPRECATED, HAS_VALUE};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, krate, .. } = ctx;
    let variants = &ctx.checked.variants;
    let count = variants.len();
    let names = ctx.names();
    let alias_of: Vec<Option<usize>> = ctx.checked.aliases.iter().map(|a| Some(a.target)).collect();
    let alias_of = Literal::byte_string(&build::slot_bytes(&alias_of, count));
    let descriptions = variants.iter().flat_map(|v| v.entry.descriptions.iter());
    let details = variants.iter().map(|v| details(&v.entry.docs));
    let flags = flags(ctx);
    let positions = positions(ctx);
    let by_name = names_table(ctx, &names);
    let strings: Vec<&str> = variants
        .iter()
        .map(|v| v.string.as_deref().unwrap_or(""))
        .collect();
    // An integer table searches no strings: an empty table stands in.
    let by_string = if ctx.is_str() {
        strings_table(ctx, &strings)
    } else {
        names_table(ctx, &[])
    };
    // Only a string table keeps its values.
    let strings = if ctx.is_str() { strings } else { Vec::new() };
    let lang_count = ctx.table.langs.len();
    let private = quote!(#krate::__private);
    let names = str_array(&names);
    let descriptions = str_array(&descriptions.collect::<Vec<_>>());
    // A table without doc comments on its entries stores none.
    let details: Vec<String> = details.collect();
    let details = if details.iter().all(String::is_empty) {
        quote!(&[])
    } else {
        str_array(&details)
    };
    let strings = str_array(&strings);
    let table_name = ctx.table_name();
    let column_names = ctx.checked.columns.iter().map(|(_, c)| &c.name);
    let form = serde_form(ctx);
    let position = ctx.position();
    let column_cell = super::columns::column_cell(ctx);
    let hex = if ctx.is_hex() {
        quote!(.hex())
    } else {
        TokenStream::new()
    };
    let expressions = expressions(ctx);
    let history = super::history::descriptor(ctx);
    let classes = super::class::descriptor(ctx);
    let urls = super::url::descriptor(ctx);
    quote! {
        #[automatically_derived]
        #[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
        impl #private::Layout for #ident {
            const DESCRIPTOR: &'static #private::Descriptor = &#private::Descriptor::of::<Self>(
                #table_name,
                Self::LANGS,
                &[#(#column_names),*],
                #private::Form::#form,
            )#hex #expressions #history #classes #urls;

            #[inline]
            fn position(self) -> ::core::primitive::usize {
                #position
            }

            #column_cell

            const DATA: #private::Data<'static> = #private::Data {
                count: #count,
                langs: #lang_count,
                names: #names,
                alias_of: #alias_of,
                descriptions: #descriptions,
                details: #details,
                flags: #flags,
                positions: #positions,
                by_name: #by_name,
                strings: #strings,
                by_string: #by_string,
            };
        }
    }
}

/// `.expressions(...)` with the text of each value written as an expression, by position;
/// nothing when no value was one (the common case: a table of literals stores no text).
fn expressions(ctx: &Ctx) -> TokenStream {
    let (positions, texts): (Vec<usize>, Vec<String>) = ctx
        .checked
        .variants
        .iter()
        .enumerate()
        .filter_map(|(position, v)| Some((position, super::expression(v.entry)?)))
        .unzip();
    if positions.is_empty() || ctx.is_str() {
        return TokenStream::new();
    }
    let len = positions.len();
    quote!(.expressions({
        static ARRAY: [(::core::primitive::usize, &::core::primitive::str); #len] =
            [#((#positions, #texts)),*];
        &ARRAY
    }))
}

/// How the table crosses serde, for `Table`: by value, by name, or by its own impls (when it
/// derives serde's traits itself, and the serde expansion writes none).
fn serde_form(ctx: &Ctx) -> proc_macro2::Ident {
    let form = if super::serde::tokens(ctx).is_empty() {
        "Own"
    } else if ctx.checked.serde == crate::ast::SerdeForm::Name {
        "Name"
    } else {
        "Value"
    };
    quote::format_ident!("{}", form)
}

/// `&ARRAY`, a static array of `strings`. A static, not `&[...]` in the constant: rustc
/// borrow-checks the temporaries of a constant's array element by element, which costs far
/// more than checking a static's (see BENCHMARKS.md).
pub(super) fn str_array<S: quote::ToTokens>(strings: &[S]) -> TokenStream {
    let len = strings.len();
    quote!({
        static ARRAY: [&::core::primitive::str; #len] = [#(#strings),*];
        &ARRAY
    })
}

/// `DEPRECATED` and `HAS_VALUE` of each variant, as a byte string.
fn flags(ctx: &Ctx) -> Literal {
    let flags: Vec<u8> = ctx
        .checked
        .variants
        .iter()
        .map(|v| {
            // A retired code is `#[deprecated]` too (`expand/history.rs`).
            let deprecated = if v.entry.deprecated.is_some() || v.entry.retired.is_some() {
                DEPRECATED
            } else {
                0
            };
            let value = if v.has_value { HAS_VALUE } else { 0 };
            deprecated | value
        })
        .collect();
    Literal::byte_string(&flags)
}

/// The `Index` from discriminants to positions.
fn positions(ctx: &Ctx) -> TokenStream {
    let private = {
        let krate = &ctx.krate;
        quote!(#krate::__private)
    };
    let count = ctx.checked.variants.len();
    let wide = is_wide(count);
    let discriminants: Vec<i128> = ctx
        .checked
        .variants
        .iter()
        .map(|v| v.discriminant)
        .collect();
    match build::values(&discriminants) {
        Values::Offset { min, len } => quote!(#private::Index::Offset { min: #min, len: #len }),
        Values::Dense { min, slots } => {
            let slots = Literal::byte_string(&build::slot_bytes(&slots, count));
            quote!(#private::Index::Dense { min: #min, slots: #slots, wide: #wide })
        }
        Values::Hashed { placed, keys } => {
            let records = Literal::byte_string(&build::record_bytes(&keys, &placed.slots, count));
            let (seed, shift, mask) = (placed.seed, placed.shift, placed.mask());
            quote!(#private::Index::Hashed {
                seed: #seed,
                shift: #shift,
                mask: #mask,
                records: #records,
                wide: #wide,
            })
        }
    }
}

/// The `Names` table of `keys`: the names of the variants and aliases.
fn names_table(ctx: &Ctx, keys: &[&str]) -> TokenStream {
    names_tokens(ctx, &build::names(keys), keys.len())
}

/// The `Names` table of a string table's values (`strings`, one per position): only the
/// positions with a value are placed, each key being its position. Entries without a
/// value would all be `""`, and a run of them would lengthen every search that meets it.
fn strings_table(ctx: &Ctx, strings: &[&str]) -> TokenStream {
    let valued: Vec<usize> = ctx
        .checked
        .variants
        .iter()
        .enumerate()
        .filter(|(_, v)| v.string.is_some())
        .map(|(position, _)| position)
        .collect();
    let keys: Vec<&str> = valued.iter().map(|&position| strings[position]).collect();
    names_tokens(ctx, &build::keyed_names(&keys, &valued), strings.len())
}

/// A `Names` table whose keys are below `count`.
fn names_tokens(ctx: &Ctx, table: &build::NameTable, count: usize) -> TokenStream {
    let krate = &ctx.krate;
    match table {
        build::NameTable::Lengths { starts, keys } => {
            let starts = Literal::byte_string(starts);
            let keys = Literal::byte_string(keys);
            quote!(#krate::__private::Names::Lengths {
                starts: #starts,
                keys: #keys,
            })
        }
        build::NameTable::Hashed(placed) => {
            let slots = Literal::byte_string(&build::slot_bytes(&placed.slots, count));
            let (seed, shift, mask) = (placed.seed, placed.shift, placed.mask());
            let wide = is_wide(count);
            quote!(#krate::__private::Names::Hashed {
                seed: #seed,
                shift: #shift,
                mask: #mask,
                slots: #slots,
                wide: #wide,
            })
        }
    }
}
