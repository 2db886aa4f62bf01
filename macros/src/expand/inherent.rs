//! The enum's inherent API: `all()` and the constants, the aliases, the accessors and
//! the lookups. These names are reserved (`names::RESERVED`).

use super::{details, entry_docs, Ctx};
use codetable_layout::{DEPRECATED, HAS_VALUE};
use proc_macro2::{Punct, Spacing, TokenStream, TokenTree};
use quote::quote;

pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let mut out = constants(ctx);
    out.extend(aliases(ctx));
    out.extend(accessors(ctx));
    out.extend(lookups(ctx));
    out
}

/// `all()`, `COUNT` and `LANGS`.
///
/// `all()` reads a static array of the discriminants as codes. It is a function, not a
/// constant of `[Self]`: rustc checks each enum value in a constant or static by a linear
/// search of the variants, which makes such an array quadratic in the entries (see
/// BENCHMARKS.md), while a static of integers is checked in linear time. The array is
/// written from the variants themselves, never from the macro's idea of them, so whatever
/// attributes or other macros do to the enum, the table is sound or does not compile; the
/// argument is the doc of `__CODES_ARE_DISCRIMINANTS`, where `cargo expand` shows it. The
/// variants are named through the enum's own name: `Self::V` is resolved by a linear search
/// of the variants, quadratic over a table. `Name::V` still costs one such search when rustc
/// builds the static's MIR: the one part of a table's build quadratic in its entries, kept
/// because the proof needs every variant named (BENCHMARKS.md, "Why the builds miss").
fn constants(ctx: &Ctx) -> TokenStream {
    let ident = ctx.ident;
    let variants = &ctx.checked.variants;
    let count = variants.len();
    let repr = ctx.repr_type();
    // One stream, appended tree by tree: a `quote!` per variant would cross the proc-macro
    // bridge once each.
    let mut codes = TokenStream::new();
    for v in variants {
        codes.extend([
            TokenTree::Ident(ident.clone()),
            TokenTree::Punct(Punct::new(':', Spacing::Joint)),
            TokenTree::Punct(Punct::new(':', Spacing::Alone)),
            TokenTree::Ident(v.entry.ident.clone()),
            TokenTree::Punct(Punct::new(',', Spacing::Alone)),
        ]);
    }
    let langs = ctx.langs();
    let langs_doc = format!(
        "The languages of the descriptions: {}. The first is the default.",
        langs.join(", ")
    );
    quote! {
        #[allow(deprecated)]
        impl #ident {
            /// Every code of the table, in declaration order (not aliases: see
            /// [`Self::ALIASES`]).
            #[must_use]
            #[inline]
            pub const fn all() -> &'static [Self] {
                /// The proof that `all()` is sound, checked by rustc whatever attributes or
                /// other macros did to the enum:
                ///
                /// 1. Each element is a code's bytes: the array is every variant, named
                ///    (a variant removed or renamed is a compile error), transmuted to
                ///    integers of the same size (a `transmute` of another size does not
                ///    compile). Evaluating this static rejects uninitialized bytes, so no
                ///    element was padding.
                /// 2. `[Self; N]` and this array have the same layout: the `const`
                ///    assertion below checks the size and the alignment of `Self` against
                ///    the integer's.
                ///
                /// So the array read as `[Self; N]` holds `N` valid codes.
                static __CODES_ARE_DISCRIMINANTS: [#repr; #count] =
                    // SAFETY: see the static's doc.
                    unsafe {
                        ::core::mem::transmute::<[#ident; #count], [#repr; #count]>(
                            [#codes],
                        )
                    };
                const {
                    ::core::assert!(
                        ::core::mem::size_of::<#ident>() == ::core::mem::size_of::<#repr>()
                            && ::core::mem::align_of::<#ident>()
                                == ::core::mem::align_of::<#repr>(),
                        "a code table's enum must have the size and alignment of its `#[repr]`",
                    );
                }
                // SAFETY: see the static's doc.
                unsafe {
                    &*::core::ptr::from_ref(&__CODES_ARE_DISCRIMINANTS).cast::<[Self; #count]>()
                }
            }
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
    let langs = ctx.langs();
    let variants = &ctx.checked.variants;
    let consts = ctx.checked.aliases.iter().map(|alias| {
        let entry = alias.entry;
        let target = &variants[alias.target].entry.ident;
        let head = format!("Alias of [`{target}`](Self::{target}).\n\n");
        let mut docs = TokenStream::new();
        entry_docs(&mut docs, &langs, &head, &entry.descriptions, &entry.docs);
        let (name, deprecated, doc_attrs) = (&entry.ident, &entry.deprecated, &entry.doc_attrs);
        quote! {
            #docs
            #deprecated
            #(#doc_attrs)*
            pub const #name: Self = #ident::#target;
        }
    });
    let records = ctx.checked.aliases.iter().map(|alias| {
        let entry = alias.entry;
        let name = &entry.name;
        let target = &variants[alias.target].entry.ident;
        let descriptions = &entry.descriptions;
        let details = details(&entry.docs);
        let deprecated = entry.deprecated.is_some();
        quote!(#krate::Alias::__new(#name, #ident::#target, &[#(#descriptions),*], #details, #deprecated))
    });
    quote! {
        // An alias is named as the entries are, which may be lowercase.
        #[allow(deprecated, non_upper_case_globals)]
        impl #ident {
            #(#consts)*

            /// The table's aliases: other names of its codes, in declaration order.
            pub const ALIASES: &'static [#krate::Alias<Self>] = &[#(#records),*];
        }
    }
}

/// `value()`: its return type, body and doc.
fn value_fn(ctx: &Ctx) -> (TokenStream, TokenStream, String) {
    let Ctx { ty, data, .. } = ctx;
    let position = ctx.position();
    let value_flag = HAS_VALUE;
    let value = if ctx.is_str() {
        quote!(#data.strings[#position])
    } else {
        quote!(self as #ty)
    };
    let ty_name = if ctx.is_str() {
        "`&'static str`".to_owned()
    } else {
        format!("`{}`", ctx.repr.name())
    };
    if ctx.checked.has_missing_value {
        let body = quote! {
            if #data.flags[#position] & #value_flag != 0 {
                ::core::option::Option::Some(#value)
            } else {
                ::core::option::Option::None
            }
        };
        let doc = format!(
            "The code's value as a {ty_name}, or `None` for an entry declared without one."
        );
        (quote!(::core::option::Option<#ty>), body, doc)
    } else if ctx.is_str() {
        (
            quote!(#ty),
            value,
            "The code's value, a `&'static str`.".to_owned(),
        )
    } else {
        let doc = format!("The code's value, a {ty_name}: its discriminant.");
        (quote!(#ty), value, doc)
    }
}

/// `name`, `value`, `description`, `description_in`, `details` and `is_deprecated`.
fn accessors(ctx: &Ctx) -> TokenStream {
    let Ctx {
        ident, krate, data, ..
    } = ctx;
    let str_ = quote!(::core::primitive::str);
    let option = quote!(::core::option::Option);
    let position = ctx.position();
    let deprecated_flag = DEPRECATED;
    let (value_ty, value_body, value_doc) = value_fn(ctx);
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
                #data.details_of(#position)
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

/// `from_value` and `decode`: their parameter type, the position found, and what `decode`
/// keeps of an unknown value.
fn by_value(ctx: &Ctx) -> (TokenStream, TokenStream, TokenStream) {
    let Ctx {
        krate, ty, data, ..
    } = ctx;
    if ctx.is_str() {
        (
            quote!(&::core::primitive::str),
            quote!(#data.position_of_string(value)),
            quote!(#krate::InlineStr::new(value)),
        )
    } else {
        let bits = ctx.bits(&quote!(value));
        // Without entries lacking a value, every discriminant is a value: no flag to read.
        let position = if ctx.checked.has_missing_value {
            quote!(#data.position_of_value(#bits))
        } else {
            quote!(#data.positions.find(#bits))
        };
        (quote!(#ty), position, quote!(value))
    }
}

/// `from_value` of an integer table whose values run `min, min + 1, ...` in declaration
/// order, every entry with one: a range check, then the value read as the code, as a
/// `match` compiles (no load from `all()`, no 64-bit arithmetic).
///
/// The `transmute` is sound whatever attributes or other macros did to the enum: it does
/// not compile unless `Self` has the value type's size, and it runs only when the constant
/// `IN_ORDER`, computed by rustc, proves that `all()`, whose elements are valid codes (see
/// its static's doc), holds the discriminants `min..=max` in order; so every value in that
/// range is the bytes of a code. Otherwise (a renumbered enum) the general path runs.
fn in_order(ctx: &Ctx, general: &TokenStream) -> Option<TokenStream> {
    let variants = &ctx.checked.variants;
    let min = variants.first()?.discriminant;
    let in_order = variants
        .iter()
        .zip(0..)
        .all(|(v, at)| v.discriminant == min + at);
    if ctx.is_str() || ctx.checked.has_missing_value || !in_order {
        return None;
    }
    let max = min + i128::try_from(variants.len()).ok()? - 1;
    let (ident, ty) = (ctx.ident, &ctx.ty);
    let (low, high) = (super::integer(min), super::integer(max));
    let i128_ = quote!(::core::primitive::i128);
    Some(quote! {
        // Whether `all()` holds the discriminants `min..=max` in order: always, unless an
        // attribute or another macro renumbered the enum, which then takes the general path.
        #[allow(clippy::cast_lossless)]
        const IN_ORDER: bool = {
            let codes = #ident::all();
            let mut at = 0;
            while at < codes.len() {
                if codes[at] as #ty as #i128_ != (#low) + at as #i128_ {
                    break;
                }
                at += 1;
            }
            at == codes.len()
        };
        if !IN_ORDER {
            return #general;
        }
        match value {
            // SAFETY: `IN_ORDER` proves that `value` is a code's discriminant, and a
            // `transmute` of another size does not compile.
            #low..=#high => ::core::option::Option::Some(unsafe {
                ::core::mem::transmute::<#ty, Self>(value)
            }),
            _ => ::core::option::Option::None,
        }
    })
}

/// `from_value`, `from_name`, `from_name_ignore_ascii_case` and `decode`.
fn lookups(ctx: &Ctx) -> TokenStream {
    let Ctx {
        ident, krate, data, ..
    } = ctx;
    let str_ = quote!(::core::primitive::str);
    let option = quote!(::core::option::Option);
    let code_at = |position: TokenStream| {
        quote! {
            match #position {
                ::core::option::Option::Some(at) => ::core::option::Option::Some(Self::all()[at]),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    };
    let (value_ty, position_of_value, unknown) = by_value(ctx);
    let general = code_at(position_of_value);
    let by_value = in_order(ctx, &general).unwrap_or(general);
    let by_name = compared_names(ctx, false)
        .unwrap_or_else(|| code_at(quote!(#data.position_of_name(name, false))));
    let by_folded_name = compared_names(ctx, true)
        .unwrap_or_else(|| code_at(quote!(#data.position_of_name(name, true))));
    quote! {
        #[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
        impl #ident {
            /// The code with this value.
            #[must_use]
            #[inline]
            pub const fn from_value(value: #value_ty) -> #option<Self> {
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
            pub const fn decode(value: #value_ty) -> #krate::Open<Self> {
                match Self::from_value(value) {
                    ::core::option::Option::Some(code) => #krate::Open::Known(code),
                    ::core::option::Option::None => #krate::__private::unknown::<Self>(#unknown),
                }
            }
        }
    }
}

/// Tables of at most this many names (variants and aliases) are searched by comparing the
/// name with each of the same length, written in the function: a `match` on the length,
/// then constants, which inline into a few compares of words (BENCHMARKS.md). Larger ones
/// hash (`Names` in the data), whose cost does not grow with the table.
const COMPARED_NAMES: usize = 128;
/// ... unless more than this many names share a length.
const COMPARED_PER_LENGTH: usize = 16;

/// The body of `from_name` (or, when `fold`, `from_name_ignore_ascii_case`) for a small
/// table: `None` for a table that hashes.
fn compared_names(ctx: &Ctx, fold: bool) -> Option<TokenStream> {
    let names = ctx.names();
    if names.len() > COMPARED_NAMES {
        return None;
    }
    let (ident, krate) = (ctx.ident, &ctx.krate);
    let variants = &ctx.checked.variants;
    let targets = (0..variants.len()).chain(ctx.checked.aliases.iter().map(|a| a.target));
    let mut by_length: std::collections::BTreeMap<usize, Vec<TokenStream>> =
        std::collections::BTreeMap::new();
    for (name, target) in names.iter().zip(targets) {
        let variant = &variants[target].entry.ident;
        let bytes = proc_macro2::Literal::byte_string(name.as_bytes());
        by_length.entry(name.len()).or_default().push(quote! {
            if #krate::__private::same_name(bytes, #bytes, #fold) {
                return ::core::option::Option::Some(#ident::#variant);
            }
        });
    }
    if by_length
        .values()
        .any(|group| group.len() > COMPARED_PER_LENGTH)
    {
        return None;
    }
    let arms = by_length
        .iter()
        .map(|(len, group)| quote!(#len => { #(#group)* ::core::option::Option::None }));
    Some(quote! {
        let bytes = name.as_bytes();
        match bytes.len() {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    })
}
