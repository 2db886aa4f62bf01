//! The `Code` impl: the associated types, the aliases, and the three typed methods, which
//! forward to the inherent ones by path. Every other method is the trait's default, reading
//! the descriptor of `data.rs`.

use super::Ctx;
use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let Ctx {
        ident,
        krate,
        ty,
        raw,
        ..
    } = ctx;
    let option = quote!(::core::option::Option);
    let value = ctx.optional_value(&quote!(self));
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl #krate::Code for #ident {
            type Value = #ty;
            type Raw = #raw;
            const ALIASES: &'static [#krate::Alias<Self>] = Self::ALIASES;

            #[inline]
            fn all() -> &'static [Self] {
                #ident::all()
            }
            #[inline]
            fn value(self) -> #option<#ty> {
                #value
            }
            #[inline]
            fn from_value(value: #ty) -> #option<Self> {
                #ident::from_value(value)
            }
        }
    }
}
