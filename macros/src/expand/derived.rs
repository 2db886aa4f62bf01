//! Derived columns: each value an entry declares for a column computed by a function that
//! may not be overridden is compared at compile time with the function's, in a constant.
//!
//! The comparison is a `matches!` of the declared value as a constant pattern, which works
//! for any type with `#[derive(PartialEq, Eq)]` that holds no `&str` (integers, `bool`,
//! `char`, `Option`s, the user's enums), without calling `PartialEq` (not `const`); a column
//! written `&str` is compared by `__private::derived::str_eq`, as a constant cannot `match` on it. When they differ the constant
//! panics, spanned at the declared value, with a message naming the entry, the column, the
//! declared value and, for a column of an integer type, `bool` or `&str`, the computed one
//! (written into a buffer by one of `__private::derived`'s `#[track_caller]` functions,
//! since a constant's `panic!` formats only a `&str`). One `const _` per check, so that
//! every mismatch is reported in one build.

use super::Ctx;
use crate::error;
use crate::syntax::{expression_text, respan};
use crate::valid::DerivedCheck;
use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};

pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    ctx.checked
        .derived
        .iter()
        .map(|check| one(ctx, check))
        .collect()
}

fn one(ctx: &Ctx, check: &DerivedCheck) -> TokenStream {
    let derived = {
        let krate = &ctx.krate;
        quote!(#krate::__private::derived)
    };
    let ty = &check.column.ty;
    let (declared, call) = (check.declared, &check.call);
    let function = expression_text(check.derive.function.to_token_stream());
    let shown = shown(ty);
    let differs = if matches!(shown, Shown::Str) {
        quote!(!#derived::str_eq(computed, DECLARED))
    } else {
        quote!(!::core::matches!(computed, DECLARED))
    };
    let (head, tail) = error::derived_mismatch(
        &check.entry.name,
        &check.column.name,
        &expression_text(declared.clone()),
        &format!("{function}({})", check.value),
        &function,
        !matches!(shown, Shown::Not),
    );
    let i128_ = quote!(::core::primitive::i128);
    let u128_ = quote!(::core::primitive::u128);
    let fail = match shown {
        Shown::Int => quote!(mismatch_int(#head, computed as #i128_, #tail)),
        Shown::Uint => quote!(mismatch_uint(#head, computed as #u128_, #tail)),
        Shown::Bool => quote!(mismatch_bool(#head, computed, #tail)),
        Shown::Str => quote!(mismatch_str(#head, computed, #tail)),
        Shown::Not => quote!(mismatch(#tail)),
    };
    let span = declared
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |tt| {
            Span::call_site().located_at(tt.span())
        });
    // Resolved as the rest of the item, shown at the declared value (the functions are
    // `#[track_caller]`): every token of the call has the span.
    let fail = respan(quote!(#derived::#fail), span);
    quote! {
        #[allow(
            clippy::cast_lossless,
            clippy::cast_possible_wrap,
            clippy::cast_sign_loss,
            clippy::unnecessary_cast
        )]
        const _: () = {
            const DECLARED: #ty = #declared;
            let computed: #ty = #call;
            if #differs {
                #fail
            }
        };
    }
}

/// How the message shows the computed value of a column.
enum Shown {
    Int,
    Uint,
    Bool,
    Str,
    /// Not shown: the message says "another value".
    Not,
}

/// How the message shows the computed value of a column of type `ty`: for a type written
/// as an integer type's name, `bool` or `&str`; not for others (a type alias of one
/// included: the macro sees only the name).
fn shown(ty: &syn::Type) -> Shown {
    if is_str_ref(ty) {
        return Shown::Str;
    }
    let syn::Type::Path(path) = ty else {
        return Shown::Not;
    };
    let name = match path.path.get_ident() {
        Some(name) if path.qself.is_none() => name.to_string(),
        _ => return Shown::Not,
    };
    match name.as_str() {
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => Shown::Int,
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => Shown::Uint,
        "bool" => Shown::Bool,
        _ => Shown::Not,
    }
}

/// Whether `ty` is written `&str` or `&'a str`: compared with `str_eq`, as a constant
/// cannot `match` on a `str`.
fn is_str_ref(ty: &syn::Type) -> bool {
    let syn::Type::Reference(reference) = ty else {
        return false;
    };
    reference.mutability.is_none()
        && matches!(&*reference.elem, syn::Type::Path(path) if path.qself.is_none() && path.path.is_ident("str"))
}
