//! `Debug` (`NAME = value`), `Display` (`NAME (value): description` on one line; `{:#}`
//! and `{:#?}` with the table's name in front) and `Error`: the formatting is written once
//! in the runtime crate, generic over `Code`.

use super::Ctx;
use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, krate, .. } = ctx;
    let formatter = quote!(::core::fmt::Formatter<'_>);
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut #formatter) -> ::core::fmt::Result {
                #krate::__private::fmt_debug(*self, f)
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut #formatter) -> ::core::fmt::Result {
                #krate::__private::fmt_display(*self, f)
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::error::Error for #ident {}
    }
}
