//! Derived columns: each value an entry declares for a column computed by a function that
//! may not be overridden is compared at compile time with the function's, in a constant.
//!
//! The comparison is a `matches!` of the declared value as a constant pattern, which works
//! for any type with `#[derive(PartialEq, Eq)]` that holds no `&str` (integers, `bool`,
//! `char`, `Option`s, the user's enums), without calling `PartialEq` (not `const`); a column
//! written `&str` is compared by `__private::str_eq`, as a constant cannot `match` on it. When they differ the constant
//! panics, spanned at the declared value, with a message naming the entry, the column, the
//! declared value and, for a column of an integer type, `bool` or `&str`, the computed one
//! (written into a buffer by `__private::Message`, since a constant's `panic!` formats only
//! a `&str`). One `const _` per check, so that every mismatch is reported in one build.

use super::Ctx;
use crate::error;
use crate::syntax::expression_text;
use crate::valid::DerivedCheck;
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned, ToTokens};

/// The longest computed `&str` a message shows; longer ones are cut.
const SHOWN_STR: usize = 200;

pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    ctx.checked
        .derived
        .iter()
        .map(|check| one(ctx, check))
        .collect()
}

fn one(ctx: &Ctx, check: &DerivedCheck) -> TokenStream {
    let krate = &ctx.krate;
    let ty = &check.column.ty;
    let (declared, call) = (check.declared, &check.call);
    let function = expression_text(check.derive.function.to_token_stream());
    let (show, room) = shown(ty);
    let differs = if is_str_ref(ty) {
        quote!(!#krate::__private::str_eq(computed, DECLARED))
    } else {
        quote!(!::core::matches!(computed, DECLARED))
    };
    let (head, tail) = error::derived_mismatch(
        &check.entry.name,
        &check.column.name,
        &expression_text(declared.clone()),
        &format!("{function}({})", check.value),
        &function,
        show.is_some(),
    );
    let size = head.len() + tail.len() + room;
    let span = declared
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |tt| {
            Span::call_site().located_at(tt.span())
        });
    // Resolved as the rest of the item, shown at the declared value.
    let panic = quote_spanned! {span=>
        ::core::panic!("{}", message.as_str())
    };
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
                let message = #krate::__private::Message::<#size>::new()
                    .str(#head)
                    #show
                    .str(#tail);
                #panic
            }
        };
    }
}

/// How the message shows the computed value of a column of type `ty`, and the room it
/// takes: for a type written as an integer type's name, `bool` or `&str`; none for others
/// (a type alias of one included: the macro sees only the name).
fn shown(ty: &syn::Type) -> (Option<TokenStream>, usize) {
    let i128_ = quote!(::core::primitive::i128);
    let u128_ = quote!(::core::primitive::u128);
    match ty {
        ty if is_str_ref(ty) => (
            Some(quote!(.str("\"").str(computed).str("\""))),
            SHOWN_STR + 2,
        ),
        syn::Type::Path(path) if path.qself.is_none() => {
            let Some(name) = path.path.get_ident().map(ToString::to_string) else {
                return (None, 0);
            };
            match name.as_str() {
                "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => {
                    (Some(quote!(.int(computed as #i128_))), 40)
                }
                "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => {
                    (Some(quote!(.uint(computed as #u128_))), 40)
                }
                "bool" => (Some(quote!(.bool(computed))), 5),
                _ => (None, 0),
            }
        }
        _ => (None, 0),
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
