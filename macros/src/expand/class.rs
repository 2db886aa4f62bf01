//! A table's classes (`#[classes(...)]`): the class enum with its `CodeClass` impl, the
//! table's `class()` and `class_of_value()`, its `Classified` impl, and the descriptor's
//! `.classes::<Self>()`. A table without classes gets none of it.

use super::{integer, markdown, Ctx};
use crate::ast::{ClassRule, Classes};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt;

/// The class enum's name: `enum = Name`, else the table's and `Class`.
fn class_ident(ctx: &Ctx, classes: &Classes) -> Ident {
    classes.ident.clone().unwrap_or_else(|| {
        let table = ctx.ident.unraw();
        format_ident!("{table}Class", span = ctx.ident.span())
    })
}

pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let Some(classes) = &ctx.table.classes else {
        return TokenStream::new();
    };
    let class = class_ident(ctx, classes);
    let mut out = class_enum(ctx, classes, &class);
    if has_methods(ctx) {
        out.extend(table_items(ctx, classes, &class));
    }
    out
}

/// `.classes::<Self>()` for the descriptor; nothing for a table without classes.
pub(super) fn descriptor(ctx: &Ctx) -> TokenStream {
    if ctx.table.classes.is_none() || !has_methods(ctx) {
        return TokenStream::new();
    }
    quote!(.classes::<Self>())
}

/// Whether the table gets its class methods and `Classified`: not when a name takes one
/// (reported; the class enum is still there, empty of codes).
fn has_methods(ctx: &Ctx) -> bool {
    ctx.checked.classes.len() == ctx.checked.variants.len()
}

/// The class enum, its inherent API, `Display` and `CodeClass`.
fn class_enum(ctx: &Ctx, classes: &Classes, class: &Ident) -> TokenStream {
    let Ctx { ident, table, .. } = ctx;
    let vis = &table.vis;
    let str_ = quote!(::core::primitive::str);
    let variants: Vec<&Ident> = classes.classes.iter().map(|c| &c.ident).collect();
    let docs = classes.classes.iter().map(|c| {
        let rule = match &c.rule {
            ClassRule::Range(low, high) if low == high => format!("`{low}`"),
            ClassRule::Range(low, high) => format!("`{low}..={high}`"),
            ClassRule::Prefix(prefix) => format!("values starting with `{prefix:?}`"),
            ClassRule::List(_) => "listed codes".to_owned(),
        };
        format!("{} ({rule})", markdown(&c.descriptions[0]))
    });
    let names: Vec<String> = variants.iter().map(|v| v.unraw().to_string()).collect();
    let descriptions = classes.classes.iter().map(|c| &c.descriptions[0]);
    let code_class = if has_methods(ctx) {
        code_class(ctx, classes, class)
    } else {
        TokenStream::new()
    };
    let count = variants.len();
    let codes = (0..count).map(|at| {
        let members = ctx
            .checked
            .variants
            .iter()
            .zip(&ctx.checked.classes)
            .filter(|(_, c)| **c == Some(at))
            .map(|(v, _)| &v.entry.ident);
        quote!(&[#(#ident::#members),*])
    });
    let summary = format!(
        "The classes of [`{}`]: `code.class()` gives a code's, `{}::class_of_value(v)` a \
         value's, known or not.",
        ctx.table_name(),
        ctx.table_name()
    );
    quote! {
        #[doc = #summary]
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
            ::core::hash::Hash,
            ::core::fmt::Debug
        )]
        #vis enum #class {
            #(#[doc = #docs] #variants,)*
        }

        #[allow(deprecated)]
        impl #class {
            /// Every class, in declaration order.
            #[must_use]
            pub const fn all() -> &'static [Self] {
                &[#(Self::#variants),*]
            }

            /// The class's name, as declared.
            #[must_use]
            pub const fn name(self) -> &'static #str_ {
                const NAMES: [&#str_; #count] = [#(#names),*];
                NAMES[self as ::core::primitive::usize]
            }

            /// The class's description.
            #[must_use]
            pub const fn description(self) -> &'static #str_ {
                const DESCRIPTIONS: [&#str_; #count] = [#(#descriptions),*];
                DESCRIPTIONS[self as ::core::primitive::usize]
            }

            /// The codes of the class, in declaration order.
            #[must_use]
            pub const fn codes(self) -> &'static [#ident] {
                const CODES: [&[#ident]; #count] = [#(#codes),*];
                CODES[self as ::core::primitive::usize]
            }
        }

        /// The class's name.
        impl ::core::fmt::Display for #class {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.name())
            }
        }

        #code_class
    }
}

/// The class enum's `CodeClass` impl.
fn code_class(ctx: &Ctx, classes: &Classes, class: &Ident) -> TokenStream {
    let Ctx { ident, krate, .. } = ctx;
    let infos = classes.classes.iter().map(|c| {
        let name = c.ident.unraw().to_string();
        let descriptions = &c.descriptions;
        let rule = match &c.rule {
            ClassRule::Range(low, high) => {
                let (low, high) = (integer(*low), integer(*high));
                quote!(#krate::ClassRule::Range(#low, #high))
            }
            ClassRule::Prefix(prefix) => quote!(#krate::ClassRule::Prefix(#prefix)),
            ClassRule::List(_) => quote!(#krate::ClassRule::List),
        };
        quote!(#krate::ClassInfo::__new(#name, LANGS, &[#(#descriptions),*], #rule))
    });
    quote! {
        #[automatically_derived]
        impl #krate::CodeClass for #class {
            type Code = #ident;
            const INFO: &'static [#krate::ClassInfo] = {
                const LANGS: &[&::core::primitive::str] = #ident::LANGS;
                &[#(#infos),*]
            };

            #[inline]
            fn all() -> &'static [Self] {
                #class::all()
            }
            #[inline]
            fn index(self) -> ::core::primitive::usize {
                self as ::core::primitive::usize
            }
            #[inline]
            fn codes(self) -> &'static [#ident] {
                #class::codes(self)
            }
        }
    }
}

/// The table's `class()` and `class_of_value()`, and its `Classified` impl.
fn table_items(ctx: &Ctx, classes: &Classes, class: &Ident) -> TokenStream {
    let Ctx {
        ident, krate, raw, ..
    } = ctx;
    let option = quote!(::core::option::Option);
    let some = quote!(::core::option::Option::Some);
    let covers = classes.cover.is_some();
    let variant = |at: usize| {
        let name = &classes.classes[at].ident;
        quote!(#class::#name)
    };
    let per_code = ctx.checked.classes.iter().map(|c| match (c, covers) {
        (Some(at), true) => variant(*at),
        // In no class, which `cover` reported: the first stands in.
        (None, true) => variant(0),
        (Some(at), false) => {
            let variant = variant(*at);
            quote!(#some(#variant))
        }
        (None, false) => quote!(::core::option::Option::None),
    });
    let count = ctx.checked.classes.len();
    let (class_ty, known_class, class_of) = if covers {
        (
            quote!(#class),
            quote!(#some(code.class())),
            quote!(#some(self.class())),
        )
    } else {
        (
            quote!(#option<#class>),
            quote!(code.class()),
            quote!(self.class()),
        )
    };
    let position = ctx.position();
    let value_ty = if ctx.is_str() {
        quote!(&::core::primitive::str)
    } else {
        ctx.ty.clone()
    };
    let rules = rules(ctx, classes, class);
    let raw_value = if ctx.is_str() {
        quote!(raw.as_str())
    } else {
        quote!(*raw)
    };
    let class_doc = if covers {
        "The code's class: every code of the table is in one (`cover`)."
    } else {
        "The code's class, or `None` for a code in none."
    };
    quote! {
        #[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless)]
        impl #ident {
            #[doc = #class_doc]
            #[must_use]
            #[inline]
            pub const fn class(self) -> #class_ty {
                const CLASSES: [#class_ty; #count] = [#(#per_code),*];
                CLASSES[#position]
            }

            /// The class of a value, known or not: a code's own, else the class whose range or
            /// prefix holds the value (a listed class holds only its codes).
            #[must_use]
            pub const fn class_of_value(value: #value_ty) -> #option<#class> {
                if let #some(code) = Self::from_value(value) {
                    return #known_class;
                }
                #rules
                ::core::option::Option::None
            }
        }

        #[automatically_derived]
        impl #krate::Classified for #ident {
            type Class = #class;

            #[inline]
            fn class_of(self) -> #option<#class> {
                #class_of
            }
            #[inline]
            fn class_of_raw(raw: &#raw) -> #option<#class> {
                Self::class_of_value(#raw_value)
            }
        }
    }
}

/// The range and prefix tests of `class_of_value`, one per class that has one.
fn rules(ctx: &Ctx, classes: &Classes, class: &Ident) -> TokenStream {
    let krate = &ctx.krate;
    let tests: Vec<TokenStream> = classes
        .classes
        .iter()
        .filter_map(|c| {
            let name = &c.ident;
            let test = match &c.rule {
                ClassRule::Range(low, high) => {
                    let (low, high) = (integer(*low), integer(*high));
                    quote!(#low <= wide && wide <= #high)
                }
                ClassRule::Prefix(prefix) => {
                    quote!(#krate::__private::starts_with(value, #prefix))
                }
                ClassRule::List(_) => return None,
            };
            Some(quote! {
                if #test {
                    return ::core::option::Option::Some(#class::#name);
                }
            })
        })
        .collect();
    let ranges = classes
        .classes
        .iter()
        .any(|c| matches!(c.rule, ClassRule::Range(..)));
    if ranges && !ctx.is_str() {
        quote! {
            let wide = value as ::core::primitive::i128;
            #(#tests)*
        }
    } else {
        quote!(#(#tests)*)
    }
}
