//! `Debug` (the name), `Display` (`NAME (value): description`; `{:#}` with the table's name
//! in front), both padded as a whole, and `Error`.
//!
//! `&self` methods call the inherent methods by path: `self.description()` on a `&Self`
//! would pick a trait method taking `&self` first, such as the deprecated
//! `Error::description` when the user's module imports `std::error::Error`.

use super::Ctx;
use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, krate, .. } = ctx;
    let table_name = ctx.table_name();
    let mut value = ctx.optional_value(&quote!(*self));
    if ctx.is_hex() {
        value = quote!(::core::option::Option::map(#value, #krate::__private::hex));
    }
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
