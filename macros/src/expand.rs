//! Writes the enum and its impls, one function per generated item, all reading one
//! [`Ctx`].
//!
//! The enum is `#[repr(<value type>)]` and each variant's discriminant is its value, so a
//! code is its value (`as`, FFI, ordering). Per-entry facts are static arrays indexed by the
//! variant's position in the table; the position of a discriminant and the lookups by value
//! and by name are structures computed here by `codetable_layout::build`, and read by the
//! same crate's `const` searches. The generated code has no `match` with an arm per entry
//! and compiles in time linear in the number of entries.
//!
//! The data lives in an impl of the hidden `__private::Layout` trait, so the enum's own
//! associated items are only its public API (see `parse::RESERVED`).

use crate::ast::{Repr, SerdeForm, Table};
use crate::error::Errors;
use crate::valid::Checked;
use crate::{parse, valid};
use codetable_layout::build::{self, Values};
use codetable_layout::{is_wide, DEPRECATED, HAS_VALUE};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

/// The macro: parse, check, expand. Errors come first, followed by every table that could
/// be emitted.
pub fn define_codes(input: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let invocation = parse::invocation(input, &mut errors);
    let checked = valid::check(&invocation, &mut errors);
    let mut out = errors.into_compile_errors();
    for table in &checked {
        out.extend(table_tokens(table));
    }
    out
}

/// What every generated item needs to know about its table.
struct Ctx<'a> {
    checked: &'a Checked<'a>,
    table: &'a Table,
    ident: &'a Ident,
    /// The path to the `codetable` crate.
    krate: TokenStream,
    repr: Repr,
    /// The value type, as `::core::primitive::T`.
    ty: TokenStream,
    /// The table's data: `<Self as Layout>::DATA`.
    data: TokenStream,
}

impl Ctx<'_> {
    /// `value`, an expression of the value type, as the bits the layout's searches take:
    /// sign-extended or zero-extended to 64 bits.
    fn bits(&self, value: &TokenStream) -> TokenStream {
        match self.repr {
            Repr::I8 | Repr::I16 | Repr::I32 => {
                quote!((#value as ::core::primitive::i64 as ::core::primitive::u64))
            }
            _ => quote!((#value as ::core::primitive::u64)),
        }
    }

    /// The position of `self` in the table.
    fn position(&self) -> TokenStream {
        let ty = &self.ty;
        let data = &self.data;
        let bits = self.bits(&quote!((self as #ty)));
        quote!(#data.position(#bits))
    }

    fn names(&self) -> Vec<&str> {
        let variants = self.checked.variants.iter().map(|v| v.entry.name.as_str());
        let aliases = self.checked.aliases.iter().map(|a| a.entry.name.as_str());
        variants.chain(aliases).collect()
    }
}

fn table_tokens(checked: &Checked) -> TokenStream {
    let table = checked.table;
    if checked.variants.is_empty() {
        // Already reported; the bare type keeps uses of it from failing too. The user's
        // derives are left out: they may need variants or a `repr`.
        let attrs = table
            .attrs
            .iter()
            .filter(|a| crate::attr::kept_without_variants(a));
        let (vis, ident) = (&table.vis, &table.ident);
        return quote! { #(#attrs)* #vis enum #ident {} };
    }
    let krate = table
        .krate
        .as_ref()
        .map_or_else(|| quote!(::codetable), |path| quote!(#path));
    let ty = format_ident!("{}", checked.repr.name());
    let data = quote!(<Self as #krate::__private::Layout>::DATA);
    let ctx = Ctx {
        checked,
        table,
        ident: &table.ident,
        krate,
        repr: checked.repr,
        ty: quote!(::core::primitive::#ty),
        data,
    };
    let mut out = enum_item(&ctx);
    out.extend(ord_impls(&ctx));
    out.extend(layout_impl(&ctx));
    out.extend(constants(&ctx));
    out.extend(aliases(&ctx));
    out.extend(accessors(&ctx));
    out.extend(lookups(&ctx));
    out.extend(code_impl(&ctx));
    out.extend(fmt_impls(&ctx));
    out.extend(conversions(&ctx));
    out.extend(serde_impls(&ctx));
    out
}

/// Escapes text for rustdoc's Markdown, so a description shows as written and never
/// reads as a link, an HTML tag or emphasis.
fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("  \n"),
            _ => out.push(c),
        }
    }
    out
}

/// An integer as a token or two: a negative number is `-` and its absolute value.
fn integer(n: i128) -> TokenStream {
    let abs = Literal::u128_unsuffixed(n.unsigned_abs());
    if n < 0 {
        quote!(-#abs)
    } else {
        quote!(#abs)
    }
}

/// The rustdoc of a variant or an alias: the value and the descriptions, then the doc
/// comment.
fn entry_docs(langs: &[&str], head: &str, descriptions: &[String], docs: &[String]) -> TokenStream {
    let mut doc = head.to_owned();
    for (at, (lang, text)) in langs.iter().zip(descriptions).enumerate() {
        if at == 0 {
            doc.push_str(&markdown(text));
        } else {
            doc.push_str(&format!("\n\n*{lang}*: {}", markdown(text)));
        }
    }
    let details = docs.iter().map(|line| format!(" {line}"));
    let separator = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
    quote! {
        #[doc = #doc]
        #separator
        #(#[doc = #details])*
    }
}

fn langs<'a>(ctx: &Ctx<'a>) -> Vec<&'a str> {
    ctx.table.langs.iter().map(|l| l.name.as_str()).collect()
}

/// The enum: `#[repr(T)]`, each variant's discriminant its value.
fn enum_item(ctx: &Ctx) -> TokenStream {
    let Ctx { table, ident, .. } = ctx;
    let (attrs, vis) = (&table.attrs, &table.vis);
    let repr = format_ident!("{}", ctx.repr.name());
    let langs = langs(ctx);
    let variants = ctx.checked.variants.iter().map(|v| {
        let entry = v.entry;
        let head = if v.has_value {
            format!("`{}`: ", v.discriminant)
        } else {
            String::new()
        };
        let docs = entry_docs(&langs, &head, &entry.descriptions, &entry.docs);
        let (name, deprecated, attrs) = (&entry.ident, &entry.deprecated, &entry.attrs);
        let discriminant = integer(v.discriminant);
        quote!(#docs #deprecated #(#attrs)* #name = #discriminant)
    });
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
            clippy::doc_markdown
        )]
        #[repr(#repr)]
        #vis enum #ident {
            #(#variants,)*
        }
    }
}

/// The enum's rustdoc after the user's own.
fn summary(ctx: &Ctx) -> String {
    let count = ctx.checked.variants.len();
    let ty = ctx.repr.name();
    let mut summary = format!(
        "\n\nA table of {count} codes with values of type `{ty}`, declared with \
         `codetable::define_codes!`. The enum is `#[repr({ty})]` and each code's \
         discriminant is its value: `code as {ty}` is the value, and codes order by value. \
         Convert with `from_value`, `from_name`, `parse` and `TryFrom`; read with `name`, \
         `value`, `description` and `details`. `{{}}` prints `NAME (value): description` and \
         `{{:#}}` puts the table's name in front."
    );
    if ctx.checked.has_missing_value {
        summary.push_str(
            " Entries declared without a value have discriminants no entry has as its value \
             (the numbers after the largest value, where the type has room), \
             which are not codes: their `value()` is `None`, and `from_value` never finds them.",
        );
    }
    summary
}

/// `PartialOrd` and `Ord` by value (the discriminant).
fn ord_impls(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, ty, .. } = ctx;
    let ordering = quote!(::core::cmp::Ordering);
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
                ::core::cmp::Ord::cmp(&(*self as #ty), &(*other as #ty))
            }
        }
    }
}

/// The table's data, on the hidden `Layout` trait.
fn layout_impl(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, krate, .. } = ctx;
    let variants = &ctx.checked.variants;
    let count = variants.len();
    let names = ctx.names();
    let alias_of: Vec<Option<usize>> = ctx.checked.aliases.iter().map(|a| Some(a.target)).collect();
    let alias_of = Literal::byte_string(&build::slot_bytes(&alias_of, count));
    let descriptions = variants.iter().flat_map(|v| v.entry.descriptions.iter());
    let details = variants.iter().map(|v| details(&v.entry.docs));
    let flags: Vec<u8> = variants
        .iter()
        .map(|v| {
            let deprecated = if v.entry.deprecated.is_some() {
                DEPRECATED
            } else {
                0
            };
            let value = if v.has_value { HAS_VALUE } else { 0 };
            deprecated | value
        })
        .collect();
    let flags = Literal::byte_string(&flags);
    let positions = positions(ctx);
    let by_name = by_name(ctx, &names);
    let lang_count = ctx.table.langs.len();
    let private = quote!(#krate::__private);
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl #private::Layout for #ident {
            const DATA: #private::Data<'static> = #private::Data {
                count: #count,
                langs: #lang_count,
                names: &[#(#names),*],
                alias_of: #alias_of,
                descriptions: &[#(#descriptions),*],
                details: &[#(#details),*],
                flags: #flags,
                positions: #positions,
                by_name: #by_name,
            };
        }
    }
}

/// The doc comment as `details()` returns it: blank lines at either end dropped, `""` for
/// none.
fn details(lines: &[String]) -> String {
    let start = lines.iter().position(|l| !l.trim().is_empty());
    let end = lines.iter().rposition(|l| !l.trim().is_empty());
    match (start, end) {
        (Some(start), Some(end)) => lines[start..=end].join("\n"),
        _ => String::new(),
    }
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

/// The `Names` of every variant and alias.
fn by_name(ctx: &Ctx, names: &[&str]) -> TokenStream {
    let krate = &ctx.krate;
    let placed = build::names(names);
    let slots = Literal::byte_string(&build::slot_bytes(&placed.slots, names.len()));
    let (seed, shift, mask) = (placed.seed, placed.shift, placed.mask());
    let wide = is_wide(names.len());
    quote!(#krate::__private::Names {
        seed: #seed,
        shift: #shift,
        mask: #mask,
        slots: #slots,
        wide: #wide,
    })
}

/// Tables up to this many entries list their variants in `ALL`; larger ones build it from
/// the discriminants.
const LISTED_UP_TO: usize = 4096;

/// `ALL`, `COUNT` and `LANGS`.
///
/// A small table writes `ALL` as `&[Name::A, Name::B, ...]`, safe code. But rustc finds
/// the variant of each such path by a linear search of the enum's variants, which makes the
/// list quadratic in the entries (see BENCHMARKS.md). A larger table's `ALL` is its array of
/// discriminants transmuted into the enum: sound, because each element is the discriminant
/// of a variant of this `#[repr(T)]` enum, and `transmute` checks that the two array types
/// have the same size.
fn constants(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, ty, .. } = ctx;
    let variants = &ctx.checked.variants;
    let count = variants.len();
    let all = if count <= LISTED_UP_TO {
        let names = variants.iter().map(|v| &v.entry.ident);
        quote!(&[#(#ident::#names),*])
    } else {
        let discriminants = variants.iter().map(|v| integer(v.discriminant));
        quote! {
            &{
                const DISCRIMINANTS: [#ty; #count] = [#(#discriminants),*];
                // SAFETY: every element is the discriminant of a variant of this
                // `#[repr(#ty)]` enum.
                unsafe { ::core::mem::transmute::<[#ty; #count], [Self; #count]>(DISCRIMINANTS) }
            }
        }
    };
    let langs = langs(ctx);
    let langs_doc = format!(
        "The languages of the descriptions: {}. The first is the default.",
        langs.join(", ")
    );
    quote! {
        #[allow(deprecated)]
        impl #ident {
            /// Every code of the table, in declaration order (not aliases: see
            /// [`Self::ALIASES`]).
            pub const ALL: &'static [Self] = #all;
            /// How many codes the table has (aliases not counted).
            pub const COUNT: ::core::primitive::usize = #count;
            #[doc = #langs_doc]
            pub const LANGS: &'static [&'static ::core::primitive::str] = &[#(#langs),*];
        }
    }
}

/// Each alias as an associated constant, and `ALIASES`.
fn aliases(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, krate, .. } = ctx;
    let langs = langs(ctx);
    let variants = &ctx.checked.variants;
    let consts = ctx.checked.aliases.iter().map(|alias| {
        let entry = alias.entry;
        let target = &variants[alias.target].entry.ident;
        let head = format!("Alias of [`{target}`](Self::{target}).\n\n");
        let docs = entry_docs(&langs, &head, &entry.descriptions, &entry.docs);
        let (name, deprecated) = (&entry.ident, &entry.deprecated);
        quote! {
            #docs
            #deprecated
            pub const #name: Self = Self::#target;
        }
    });
    let records = ctx.checked.aliases.iter().map(|alias| {
        let entry = alias.entry;
        let name = &entry.name;
        let target = &variants[alias.target].entry.ident;
        let descriptions = &entry.descriptions;
        let details = details(&entry.docs);
        let deprecated = entry.deprecated.is_some();
        quote!(#krate::Alias::__new(#name, Self::#target, &[#(#descriptions),*], #details, #deprecated))
    });
    quote! {
        #[allow(deprecated)]
        impl #ident {
            #(#consts)*

            /// The table's aliases: other names of its codes, in declaration order.
            pub const ALIASES: &'static [#krate::Alias<Self>] = &[#(#records),*];
        }
    }
}

/// `name`, `value`, `description`, `description_in`, `details` and `is_deprecated`.
fn accessors(ctx: &Ctx) -> TokenStream {
    let Ctx {
        ident,
        krate,
        ty,
        data,
        ..
    } = ctx;
    let str_ = quote!(::core::primitive::str);
    let option = quote!(::core::option::Option);
    let position = ctx.position();
    let value_flag = HAS_VALUE;
    let deprecated_flag = DEPRECATED;
    let (value_ty, value_body, value_doc) = if ctx.checked.has_missing_value {
        (
            quote!(#option<#ty>),
            quote! {
                if #data.flags[#position] & #value_flag != 0 {
                    ::core::option::Option::Some(self as #ty)
                } else {
                    ::core::option::Option::None
                }
            },
            format!(
                "The code's value as a `{}`, or `None` for an entry declared without one.",
                ctx.repr.name()
            ),
        )
    } else {
        (
            quote!(#ty),
            quote!(self as #ty),
            format!(
                "The code's value, a `{}`: its discriminant.",
                ctx.repr.name()
            ),
        )
    };
    quote! {
        #[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
        impl #ident {
            /// The code's name, as declared.
            #[must_use]
            #[inline]
            pub const fn name(self) -> &'static #str_ {
                #data.names[#position]
            }

            #[doc = #value_doc]
            #[must_use]
            #[inline]
            pub const fn value(self) -> #value_ty {
                #value_body
            }

            /// The description in the default language.
            #[must_use]
            #[inline]
            pub const fn description(self) -> &'static #str_ {
                #data.descriptions[#position * #data.langs]
            }

            /// The description in `lang`, one of [`Self::LANGS`]; `None` for another language.
            #[must_use]
            #[inline]
            pub fn description_in(self, lang: &#str_) -> #option<&'static #str_> {
                let at = #krate::__private::lang_index(Self::LANGS, lang)?;
                #data.descriptions.get(#position * #data.langs + at).copied()
            }

            /// The longer explanation written as the entry's doc comment, if any.
            #[must_use]
            #[inline]
            pub const fn details(self) -> #option<&'static #str_> {
                let details = #data.details[#position];
                if details.is_empty() {
                    ::core::option::Option::None
                } else {
                    ::core::option::Option::Some(details)
                }
            }

            /// Whether the code is marked `#[deprecated]`.
            #[must_use]
            #[inline]
            pub const fn is_deprecated(self) -> ::core::primitive::bool {
                #data.flags[#position] & #deprecated_flag != 0
            }
        }
    }
}

/// `from_value`, `from_name`, `from_name_ignore_ascii_case`, `decode` and `iter`.
fn lookups(ctx: &Ctx) -> TokenStream {
    let Ctx {
        ident,
        krate,
        ty,
        data,
        ..
    } = ctx;
    let str_ = quote!(::core::primitive::str);
    let option = quote!(::core::option::Option);
    let bits = ctx.bits(&quote!(value));
    let code_at = |position: TokenStream| {
        quote! {
            match #position {
                ::core::option::Option::Some(at) => ::core::option::Option::Some(Self::ALL[at]),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    };
    let by_value = code_at(quote!(#data.position_of_value(#bits)));
    let by_name = code_at(quote!(#data.position_of_name(name, false)));
    let by_folded_name = code_at(quote!(#data.position_of_name(name, true)));
    quote! {
        #[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
        impl #ident {
            /// The code with this value.
            #[must_use]
            #[inline]
            pub const fn from_value(value: #ty) -> #option<Self> {
                #by_value
            }

            /// The code with exactly this name, or the one an alias of this name stands for.
            #[must_use]
            #[inline]
            pub const fn from_name(name: &#str_) -> #option<Self> {
                #by_name
            }

            /// The code with this name ignoring ASCII case, or the one an alias of this
            /// name stands for. No two names of a table are equal ignoring ASCII case.
            #[must_use]
            #[inline]
            pub const fn from_name_ignore_ascii_case(name: &#str_) -> #option<Self> {
                #by_folded_name
            }

            /// The code with this value, or the value as `Open::Unknown` when the table
            /// does not know it (never for a value it knows).
            #[must_use]
            #[inline]
            pub const fn decode(value: #ty) -> #krate::Open<Self> {
                match Self::from_value(value) {
                    ::core::option::Option::Some(code) => #krate::Open::Known(code),
                    ::core::option::Option::None => #krate::Open::Unknown(value),
                }
            }

            /// Every code of the table, in declaration order.
            #[inline]
            pub fn iter() -> ::core::iter::Copied<::core::slice::Iter<'static, Self>> {
                ::core::iter::Iterator::copied(Self::ALL.iter())
            }
        }
    }
}

/// The `Code` impl, which forwards to the inherent methods by path.
fn code_impl(ctx: &Ctx) -> TokenStream {
    let Ctx {
        ident, krate, ty, ..
    } = ctx;
    let str_ = quote!(::core::primitive::str);
    let option = quote!(::core::option::Option);
    let table_name = ident.to_string();
    let value = if ctx.checked.has_missing_value {
        quote!(#ident::value(self))
    } else {
        quote!(::core::option::Option::Some(#ident::value(self)))
    };
    let position = ctx.position();
    quote! {
        #[automatically_derived]
        #[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
        impl #krate::Code for #ident {
            type Value = #ty;
            const TABLE: &'static #str_ = #table_name;
            const LANGS: &'static [&'static #str_] = Self::LANGS;
            const ALL: &'static [Self] = Self::ALL;
            const ALIASES: &'static [#krate::Alias<Self>] = Self::ALIASES;

            #[inline]
            fn name(self) -> &'static #str_ {
                #ident::name(self)
            }
            #[inline]
            fn value(self) -> #option<#ty> {
                #value
            }
            #[inline]
            fn description(self) -> &'static #str_ {
                #ident::description(self)
            }
            #[inline]
            fn description_in(self, lang: &#str_) -> #option<&'static #str_> {
                #ident::description_in(self, lang)
            }
            #[inline]
            fn details(self) -> #option<&'static #str_> {
                #ident::details(self)
            }
            #[inline]
            fn is_deprecated(self) -> ::core::primitive::bool {
                #ident::is_deprecated(self)
            }
            #[inline]
            fn from_value(value: #ty) -> #option<Self> {
                #ident::from_value(value)
            }
            #[inline]
            fn from_name(name: &#str_) -> #option<Self> {
                #ident::from_name(name)
            }
            #[inline]
            fn from_name_ignore_ascii_case(name: &#str_) -> #option<Self> {
                #ident::from_name_ignore_ascii_case(name)
            }
            #[inline]
            fn decode(value: #ty) -> #krate::Open<Self> {
                #ident::decode(value)
            }
            #[inline]
            fn index(self) -> ::core::primitive::usize {
                #position
            }
        }
    }
}

/// `Debug` (the name) and `Display` (`NAME (value): description`; `{:#}` with the table's
/// name in front), both padded as a whole.
///
/// `&self` methods call the inherent methods by path: `self.description()` on a `&Self`
/// would pick a trait method taking `&self` first, such as the deprecated
/// `Error::description` when the user's module imports `std::error::Error`.
fn fmt_impls(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, krate, .. } = ctx;
    let table_name = ident.to_string();
    let value = if ctx.checked.has_missing_value {
        quote!(Self::value(*self))
    } else {
        quote!(::core::option::Option::Some(Self::value(*self)))
    };
    let formatter = quote!(::core::fmt::Formatter<'_>);
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut #formatter) -> ::core::fmt::Result {
                f.pad(Self::name(*self))
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut #formatter) -> ::core::fmt::Result {
                let table = if f.alternate() {
                    ::core::option::Option::Some(#table_name)
                } else {
                    ::core::option::Option::None
                };
                #krate::__private::fmt_code(f, table, Self::name(*self), #value, Self::description(*self))
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::error::Error for #ident {}
    }
}

/// `FromStr` (a name, an alias or a decimal value), `TryFrom<T>`, `TryFrom<Open<Self>>`
/// (which core cannot write for every table: the orphan rule) and `From<Self> for T`.
fn conversions(ctx: &Ctx) -> TokenStream {
    let Ctx {
        ident, krate, ty, ..
    } = ctx;
    let table_name = ident.to_string();
    let result = quote!(::core::result::Result);
    let some = quote!(::core::option::Option::Some);
    let none = quote!(::core::option::Option::None);
    let from_self = (!ctx.checked.has_missing_value).then(|| {
        quote! {
            #[automatically_derived]
            #[allow(deprecated)]
            impl ::core::convert::From<#ident> for #ty {
                #[inline]
                fn from(code: #ident) -> Self {
                    code as #ty
                }
            }
        }
    });
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::str::FromStr for #ident {
            type Err = #krate::UnknownName;
            #[inline]
            fn from_str(text: &::core::primitive::str) -> #result<Self, #krate::UnknownName> {
                if let #some(code) = Self::from_name(text) {
                    return #result::Ok(code);
                }
                let value = <#ty as ::core::str::FromStr>::from_str(text);
                match value.ok().and_then(Self::from_value) {
                    #some(code) => #result::Ok(code),
                    #none => #result::Err(#krate::UnknownName::new(#table_name, text)),
                }
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::convert::TryFrom<#ty> for #ident {
            type Error = #krate::UnknownValue<#ty>;
            #[inline]
            fn try_from(value: #ty) -> #result<Self, #krate::UnknownValue<#ty>> {
                match Self::from_value(value) {
                    #some(code) => #result::Ok(code),
                    #none => #result::Err(#krate::UnknownValue::new(#table_name, value)),
                }
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::convert::TryFrom<#krate::Open<#ident>> for #ident {
            type Error = #krate::UnknownValue<#ty>;
            #[inline]
            fn try_from(code: #krate::Open<Self>) -> #result<Self, #krate::UnknownValue<#ty>> {
                match code {
                    #krate::Open::Known(code) => #result::Ok(code),
                    // `Unknown` built by hand may hold a known value, which is that code.
                    #krate::Open::Unknown(value) => {
                        <Self as ::core::convert::TryFrom<#ty>>::try_from(value)
                    }
                }
            }
        }

        #from_self
    }
}

/// serde's `Serialize` and `Deserialize`, through a macro of `codetable` that expands to the
/// impls with its `serde` feature and to nothing without it: the macro cannot see the
/// features of the user's `codetable`. A table that derives serde's traits itself (by
/// `derive` or `cfg_attr`, serde_repr's included) keeps its own and gets none of these.
fn serde_impls(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, krate, .. } = ctx;
    if ctx.table.attrs.iter().any(derives_serde) {
        return TokenStream::new();
    }
    let form = match ctx.checked.serde {
        SerdeForm::Value => format_ident!("value"),
        SerdeForm::Name => format_ident!("name"),
    };
    quote!(#krate::__private::serde_impls!(#ident, #form);)
}

/// Whether a `derive` or `cfg_attr` attribute names a trait called `Serialize...` or
/// `Deserialize...`.
fn derives_serde(attr: &syn::Attribute) -> bool {
    fn names_serde(tokens: TokenStream) -> bool {
        tokens.into_iter().any(|tt| match tt {
            proc_macro2::TokenTree::Ident(ident) => {
                let name = ident.to_string();
                name.starts_with("Serialize") || name.starts_with("Deserialize")
            }
            proc_macro2::TokenTree::Group(group) => names_serde(group.stream()),
            _ => false,
        })
    }
    let path = attr.path();
    (path.is_ident("derive") || path.is_ident("cfg_attr"))
        && names_serde(quote::ToTokens::to_token_stream(&attr.meta))
}
