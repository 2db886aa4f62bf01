//! `FromStr` (a name, an alias or a value), `TryFrom` of a value and of an `Open` (which
//! core cannot write for every table: the orphan rule), and `From<Self>` for the value type.

use super::Ctx;
use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let Ctx {
        ident, krate, raw, ..
    } = ctx;
    let result = quote!(::core::result::Result);
    let mut out = from_str(ctx);
    out.extend(try_from_value(ctx));
    out.extend(quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::convert::TryFrom<#krate::Open<#ident>> for #ident {
            type Error = #krate::UnknownValue<#raw>;
            #[inline]
            fn try_from(code: #krate::Open<Self>) -> #result<Self, #krate::UnknownValue<#raw>> {
                match code {
                    #krate::Open::Known(code) => #result::Ok(code),
                    #krate::Open::Unknown(unknown) => {
                        #result::Err(#krate::UnknownValue::of::<Self>(unknown.value()))
                    }
                }
            }
        }
    });
    out.extend(from_self(ctx));
    out
}

/// `FromStr`: a name or an alias, else a value (an integer table's in decimal or hex, as
/// core's one reader reads it). The lookup by name is inline; the rest (the reader, the
/// lookup by value, the error) is one call into core, compiled there once for every table.
fn from_str(ctx: &Ctx) -> TokenStream {
    let Ctx {
        ident,
        krate,
        ty,
        data,
        ..
    } = ctx;
    let table_name = ctx.table_name();
    let result = quote!(::core::result::Result);
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::str::FromStr for #ident {
            type Err = #krate::UnknownName;
            #[inline]
            fn from_str(text: &::core::primitive::str) -> #result<Self, #krate::UnknownName> {
                if let ::core::option::Option::Some(code) = Self::from_name(text) {
                    return #result::Ok(code);
                }
                match #krate::__private::position_of_text(
                    &#data,
                    #table_name,
                    <#ty as #krate::CodeValue>::TYPE_NAME,
                    text,
                ) {
                    #result::Ok(at) => #result::Ok(Self::all()[at]),
                    #result::Err(error) => #result::Err(error),
                }
            }
        }
    }
}

/// `TryFrom` of the value type (`&str` of any lifetime for a string table), whose error
/// keeps the value as `Open::Unknown` would.
fn try_from_value(ctx: &Ctx) -> TokenStream {
    let Ctx {
        ident,
        krate,
        ty,
        raw,
        ..
    } = ctx;
    let result = quote!(::core::result::Result);
    let some = quote!(::core::option::Option::Some);
    let none = quote!(::core::option::Option::None);
    let (generics, param, unknown) = if ctx.is_str() {
        (
            quote!(<'a>),
            quote!(&'a ::core::primitive::str),
            quote!(#krate::InlineStr::new(value)),
        )
    } else {
        (TokenStream::new(), quote!(#ty), quote!(value))
    };
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl #generics ::core::convert::TryFrom<#param> for #ident {
            type Error = #krate::UnknownValue<#raw>;
            #[inline]
            fn try_from(value: #param) -> #result<Self, #krate::UnknownValue<#raw>> {
                match Self::from_value(value) {
                    #some(code) => #result::Ok(code),
                    #none => #result::Err(#krate::UnknownValue::of::<Self>(#unknown)),
                }
            }
        }
    }
}

/// `From<Self>` for the value type, when every entry has a value.
fn from_self(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, ty, .. } = ctx;
    if ctx.checked.has_missing_value {
        return TokenStream::new();
    }
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::convert::From<#ident> for #ty {
            #[inline]
            fn from(code: #ident) -> Self {
                #ident::value(code)
            }
        }
    }
}
