//! Writes the enum and its impls.
//!
//! The expansion is data, not code: per-entry facts are static arrays indexed by the
//! variant's position (its discriminant), and the lookups of `from_value` and `from_name`
//! are tables computed here (see [`crate::lookup`]), so the generated code has no `match`
//! with an arm per entry and compiles in time linear in the number of entries.

use crate::ast::Table;
use crate::error::Errors;
use crate::lookup::{self, Values};
use crate::valid::Checked;
use crate::{parse, valid};
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

/// The type of a position in the lookup tables, and whether it is the wide one: `u16`, or
/// `u32` when `u16::MAX` (the empty-slot marker) could be a position.
fn position_type(len: usize) -> (Ident, bool) {
    if len < usize::from(u16::MAX) {
        (format_ident!("u16"), false)
    } else {
        (format_ident!("u32"), true)
    }
}

/// The flag of a deprecated entry in `__CODETABLE_FLAGS`.
const FLAG_DEPRECATED: u8 = 1;
/// The flag of an entry with a value in `__CODETABLE_FLAGS`.
const FLAG_VALUE: u8 = 2;

/// Tables up to this many entries list their variants in `ALL`; larger ones build it from
/// the positions.
const LISTED_UP_TO: usize = 4096;

/// The enum's `#[repr]` (none, or the type of the positions) and the value of `ALL`.
///
/// A small table writes `ALL` as `&[Name::A, Name::B, ...]`: safe code, and no `#[repr]`,
/// so rustdoc shows no discriminants that would read like the codes' values. But rustc
/// finds the variant of each such path by a linear search of the enum's variants, which
/// makes the list quadratic in the entries: at 20,000 entries it took 9 of the build's
/// 17.7 s (see BENCHMARKS.md). A larger table is `repr(u16)` (`u32` from 65,535 entries) with
/// implicit discriminants 0, 1, ..., and `ALL` is the array of positions transmuted into
/// the enum. That is sound because the positions are exactly the discriminants (no entry
/// can write one) and `transmute` checks that the two array types have the same size. The
/// integration tests cover both forms (the Agora tables are listed; the generated tables
/// of 5,000 entries are transmuted).
fn all_codes(checked: &Checked, position: &Ident) -> (TokenStream, TokenStream) {
    let ident = &checked.table.ident;
    let count = checked.entries.len();
    if count <= LISTED_UP_TO {
        let variants = checked.entries.iter().map(|c| &c.entry.ident);
        return (TokenStream::new(), quote!(&[#(#ident::#variants),*]));
    }
    let count = Literal::usize_unsuffixed(count);
    let all = quote! {
        &{
            let mut positions: [#position; #count] = [0; #count];
            let mut at = 0;
            while at < #count {
                positions[at] = at as #position;
                at += 1;
            }
            // SAFETY: the enum is `repr(#position)` with implicit discriminants, so its
            // values are exactly 0 to COUNT - 1 as that type, which `positions` holds.
            unsafe { ::core::mem::transmute::<[#position; #count], [Self; #count]>(positions) }
        }
    };
    (quote!(#[repr(#position)]), all)
}

#[allow(clippy::too_many_lines)]
fn table_tokens(checked: &Checked) -> TokenStream {
    let table: &Table = checked.table;
    let attrs = &table.attrs;
    let vis = &table.vis;
    let ident = &table.ident;
    let table_name = ident.to_string();
    if checked.entries.is_empty() {
        // Already reported; the bare type keeps uses of it from failing too.
        return quote! { #(#attrs)* #vis enum #ident {} };
    }
    let krate = table
        .krate
        .as_ref()
        .map_or_else(|| quote!(::codetable), |path| quote!(#path));
    let repr = checked.repr;
    let ty = format_ident!("{}", repr.name());
    let ty = quote!(::core::primitive::#ty);
    let str_ = quote!(::core::primitive::str);
    let usize_ = quote!(::core::primitive::usize);
    let bool_ = quote!(::core::primitive::bool);
    let option = quote!(::core::option::Option);
    let some = quote!(::core::option::Option::Some);
    let none = quote!(::core::option::Option::None);
    let result = quote!(::core::result::Result);

    let count = checked.entries.len();
    let langs: Vec<&str> = table.langs.iter().map(|l| l.name.as_str()).collect();
    let lang_count = langs.len();
    let has_missing_value = checked.entries.iter().any(|e| e.value.is_none());
    let (slot_ty, wide) = position_type(count);

    // Variants, with their rustdoc.
    let variants = checked.entries.iter().map(|c| {
        let entry = c.entry;
        let name = &entry.ident;
        let mut doc = match c.value {
            Some(v) => format!("`{v}`: {}", markdown(&entry.descriptions[0])),
            None => markdown(&entry.descriptions[0]),
        };
        for (lang, text) in langs.iter().zip(&entry.descriptions).skip(1) {
            doc.push_str(&format!("\n\n*{lang}*: {}", markdown(text)));
        }
        let details = entry.docs.iter().map(|line| format!(" {line}"));
        let separator = (!entry.docs.is_empty()).then(|| quote!(#[doc = ""]));
        let deprecated = &entry.deprecated;
        // No explicit discriminant: the implicit ones are the positions, and rustdoc does
        // not show them, where `= 3` would read like the code's value.
        quote! {
            #[doc = #doc]
            #separator
            #(#[doc = #details])*
            #deprecated
            #name
        }
    });
    let names: Vec<&str> = checked
        .entries
        .iter()
        .map(|c| c.entry.name.as_str())
        .collect();
    let (enum_repr, all) = all_codes(checked, &slot_ty);
    // Per-entry data. A missing value is 0 here, told apart by its flag.
    let value_literals = checked
        .entries
        .iter()
        .map(|c| Literal::i128_unsuffixed(c.value.unwrap_or(0)));
    let descriptions = checked
        .entries
        .iter()
        .flat_map(|c| c.entry.descriptions.iter());
    // An entry without doc comments has "" here: `details()` turns it into `None`.
    let details = checked.entries.iter().map(|c| {
        let lines = &c.entry.docs;
        let start = lines.iter().position(|l| !l.trim().is_empty());
        let end = lines.iter().rposition(|l| !l.trim().is_empty());
        match (start, end) {
            (Some(start), Some(end)) => lines[start..=end].join("\n"),
            _ => String::new(),
        }
    });
    let flags: Vec<u8> = checked
        .entries
        .iter()
        .map(|c| {
            u8::from(c.entry.deprecated.is_some()) * FLAG_DEPRECATED
                + u8::from(c.value.is_some()) * FLAG_VALUE
        })
        .collect();
    let flags = Literal::byte_string(&flags);

    // Lookups, as byte strings.
    let phantom = quote!(::core::marker::PhantomData);
    let by_name = lookup::names(&names);
    let name_seed = Literal::u64_unsuffixed(by_name.seed);
    let name_shift = Literal::u32_unsuffixed(by_name.shift);
    let name_mask = Literal::usize_unsuffixed(by_name.slots.len() - 1);
    let name_slots = Literal::byte_string(&lookup::slot_bytes(&by_name.slots, wide));
    let values: Vec<Option<i128>> = checked.entries.iter().map(|c| c.value).collect();
    let (by_value_ty, by_value) = match lookup::values(&values) {
        Values::Dense { min, slots } => {
            let min = Literal::u64_unsuffixed(min);
            let slots = Literal::byte_string(&lookup::slot_bytes(&slots, wide));
            (
                quote!(#krate::__private::DenseValues<#slot_ty>),
                quote!(#krate::__private::DenseValues { min: #min, slots: #slots, slot: #phantom }),
            )
        }
        Values::Hashed { hashed, keys } => {
            let seed = Literal::u64_unsuffixed(hashed.seed);
            let shift = Literal::u32_unsuffixed(hashed.shift);
            let mask = Literal::usize_unsuffixed(hashed.slots.len() - 1);
            let records = Literal::byte_string(&lookup::record_bytes(&keys, &hashed.slots, wide));
            (
                quote!(#krate::__private::HashedValues<#slot_ty>),
                quote!(#krate::__private::HashedValues {
                    seed: #seed,
                    shift: #shift,
                    mask: #mask,
                    slots: #records,
                    slot: #phantom,
                }),
            )
        }
    };

    let value_ty = if has_missing_value {
        quote!(#option<#ty>)
    } else {
        quote!(#ty)
    };
    let value_body = if has_missing_value {
        quote! {
            if Self::__CODETABLE_FLAGS[self as #usize_] & #FLAG_VALUE != 0 {
                #some(Self::__CODETABLE_VALUES[self as #usize_])
            } else {
                #none
            }
        }
    } else {
        quote!(Self::__CODETABLE_VALUES[self as #usize_])
    };
    let trait_value = if has_missing_value {
        quote!(#ident::value(self))
    } else {
        quote!(#some(#ident::value(self)))
    };
    // `&self` methods call the inherent methods by path: `self.description()` on a `&Self`
    // would pick a trait method taking `&self` first, such as the deprecated
    // `Error::description` when the user's module imports `std::error::Error`.
    let alternate = if has_missing_value {
        quote! {
            match Self::value(*self) {
                #some(value) => ::core::write!(f, "{} ({}): {}", Self::name(*self), value, Self::description(*self)),
                #none => ::core::write!(f, "{}: {}", Self::name(*self), Self::description(*self)),
            }
        }
    } else {
        quote! {
            ::core::write!(f, "{} ({}): {}", Self::name(*self), Self::value(*self), Self::description(*self))
        }
    };
    let from_self = (!has_missing_value).then(|| {
        quote! {
            #[allow(deprecated)]
            impl ::core::convert::From<#ident> for #ty {
                #[inline]
                fn from(code: #ident) -> Self {
                    code.value()
                }
            }
        }
    });
    let lang_count_lit = Literal::usize_unsuffixed(lang_count);
    let count_lit = Literal::usize_unsuffixed(count);
    let desc_count = Literal::usize_unsuffixed(count * lang_count);
    let value_doc = if has_missing_value {
        format!(
            "The code's value as a `{}`, or `None` for an entry declared without one.",
            repr.name()
        )
    } else {
        format!("The code's value, a `{}`.", repr.name())
    };
    let summary = format!(
        "\n\nA table of {count} codes with values of type `{}`, declared with \
         `codetable::define_codes!`. Convert with `from_value`, `from_name`, `parse` and \
         `TryFrom`; read with `name`, `value`, `description` and `details`; `{{}}` prints the \
         description and `{{:#}}` prints `NAME (value): description`. Casting with `as` gives \
         the code's position in the table, not its value.",
        repr.name()
    );
    let langs_doc = format!(
        "The languages of the descriptions: {}. The first is the default.",
        langs.join(", ")
    );

    quote! {
        #(#attrs)*
        #[doc = #summary]
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord
        )]
        #[allow(
            non_camel_case_types,
            clippy::upper_case_acronyms,
            clippy::enum_variant_names,
            clippy::doc_markdown
        )]
        #enum_repr
        #vis enum #ident {
            #(#variants,)*
        }

        #[allow(deprecated, clippy::doc_markdown)]
        impl #ident {
            /// Every code of the table, in declaration order.
            pub const ALL: &'static [Self] = #all;
            /// How many codes the table has.
            pub const COUNT: #usize_ = #count_lit;
            #[doc = #langs_doc]
            pub const LANGS: &'static [&'static #str_] = &[#(#langs),*];

            const __CODETABLE_NAMES: &'static [&'static #str_; #count_lit] = &[#(#names),*];
            const __CODETABLE_VALUES: &'static [#ty; #count_lit] = &[#(#value_literals),*];
            const __CODETABLE_DESCRIPTIONS: &'static [&'static #str_; #desc_count] =
                &[#(#descriptions),*];
            const __CODETABLE_DETAILS: &'static [&'static #str_; #count_lit] = &[#(#details),*];
            const __CODETABLE_FLAGS: &'static [::core::primitive::u8; #count_lit] = #flags;
            const __CODETABLE_BY_VALUE: #by_value_ty = #by_value;
            const __CODETABLE_BY_NAME: #krate::__private::Names<#slot_ty> =
                #krate::__private::Names {
                    seed: #name_seed,
                    shift: #name_shift,
                    mask: #name_mask,
                    slots: #name_slots,
                    slot: #phantom,
                };

            /// The code's name, as declared.
            #[must_use]
            #[inline]
            pub const fn name(self) -> &'static #str_ {
                Self::__CODETABLE_NAMES[self as #usize_]
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
                Self::__CODETABLE_DESCRIPTIONS[self as #usize_ * #lang_count_lit]
            }

            /// The description in `lang`, one of [`Self::LANGS`]; `None` for another language.
            #[must_use]
            #[inline]
            pub fn description_in(self, lang: &#str_) -> #option<&'static #str_> {
                match #krate::__private::lang_index(Self::LANGS, lang) {
                    #some(at) => Self::__CODETABLE_DESCRIPTIONS
                        .get(self as #usize_ * #lang_count_lit + at)
                        .copied(),
                    #none => #none,
                }
            }

            /// The longer explanation written as the entry's doc comment, if any.
            #[must_use]
            #[inline]
            pub const fn details(self) -> #option<&'static #str_> {
                let details = Self::__CODETABLE_DETAILS[self as #usize_];
                if details.is_empty() {
                    #none
                } else {
                    #some(details)
                }
            }

            /// Whether the code is marked `#[deprecated]`.
            #[must_use]
            #[inline]
            pub const fn is_deprecated(self) -> #bool_ {
                Self::__CODETABLE_FLAGS[self as #usize_] & #FLAG_DEPRECATED != 0
            }

            /// The code with this value; for a value shared by `#[alias]` entries, the first.
            #[must_use]
            #[inline]
            pub fn from_value(value: #ty) -> #option<Self> {
                match Self::__CODETABLE_BY_VALUE.find(value) {
                    #some(at) => Self::ALL.get(at).copied(),
                    #none => #none,
                }
            }

            /// The code with exactly this name.
            #[must_use]
            #[inline]
            pub fn from_name(name: &#str_) -> #option<Self> {
                match Self::__CODETABLE_BY_NAME.find(Self::__CODETABLE_NAMES, name) {
                    #some(at) => Self::ALL.get(at).copied(),
                    #none => #none,
                }
            }

            /// Every code of the table, in declaration order.
            #[inline]
            pub fn iter() -> ::core::iter::Copied<::core::slice::Iter<'static, Self>> {
                ::core::iter::Iterator::copied(Self::ALL.iter())
            }
        }

        #[allow(deprecated)]
        impl #krate::Code for #ident {
            type Value = #ty;
            const TABLE: &'static #str_ = #table_name;
            const LANGS: &'static [&'static #str_] = Self::LANGS;
            const ALL: &'static [Self] = Self::ALL;

            #[inline]
            fn name(self) -> &'static #str_ {
                #ident::name(self)
            }
            #[inline]
            fn value(self) -> #option<#ty> {
                #trait_value
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
            fn is_deprecated(self) -> #bool_ {
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
            fn index(self) -> #usize_ {
                self as #usize_
            }
        }

        #[allow(deprecated)]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(Self::name(*self))
            }
        }

        #[allow(deprecated)]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                if f.alternate() {
                    #alternate
                } else {
                    f.pad(Self::description(*self))
                }
            }
        }

        #[allow(deprecated)]
        impl ::core::str::FromStr for #ident {
            type Err = #krate::UnknownName;
            #[inline]
            fn from_str(name: &#str_) -> #result<Self, #krate::UnknownName> {
                match Self::from_name(name) {
                    #some(code) => #result::Ok(code),
                    #none => #result::Err(#krate::UnknownName::new(#table_name, name)),
                }
            }
        }

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

        #from_self

        #[allow(deprecated)]
        impl ::core::error::Error for #ident {}
    }
}
