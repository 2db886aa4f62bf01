//! For a value type whose width depends on the target (`isize`, `usize` and C's types:
//! `c_int` is 16 bits on AVR and MSP430, `c_long` 32 bits on Windows and 32-bit targets),
//! a compile-time check that each discriminant is the value the macro computed: a value
//! that does not fit the type on the target being built is an error there, never a silent
//! wrap (which `#![allow(overflowing_literals)]` or `--cap-lints` would otherwise let
//! through).

use super::Ctx;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The checks, in one `const _` item; nothing for a type of one width everywhere.
pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    if !ctx.repr.depends_on_target() {
        return TokenStream::new();
    }
    let Ctx { ident, ty, .. } = ctx;
    let checks = ctx.checked.variants.iter().map(|v| {
        let name = &v.entry.ident;
        let value = Literal::i128_unsuffixed(v.discriminant);
        let message = format!(
            "`{}::{}` = {} does not fit `{}` on this target",
            ctx.table_name(),
            v.entry.name,
            v.discriminant,
            ctx.repr.name()
        );
        quote! {
            ::core::assert!(#ident::#name as #ty as ::core::primitive::i128 == #value, #message);
        }
    });
    quote! {
        #[allow(deprecated, clippy::cast_lossless, clippy::unnecessary_cast)]
        const _: () = {
            #(#checks)*
        };
    }
}
