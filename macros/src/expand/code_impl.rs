//! The `Code` impl, which forwards to the inherent methods by path.

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
    let str_ = quote!(::core::primitive::str);
    let option = quote!(::core::option::Option);
    let table_name = ctx.table_name();
    let value = ctx.optional_value(&quote!(self));
    let position = ctx.position();
    let decode_value = decode_value(ctx);
    let columns = super::columns::code_items(ctx);
    quote! {
        #[automatically_derived]
        #[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
        impl #krate::Code for #ident {
            type Value = #ty;
            type Raw = #raw;
            const TABLE: &'static #str_ = #table_name;
            const LANGS: &'static [&'static #str_] = Self::LANGS;
            const COUNT: ::core::primitive::usize = Self::COUNT;
            const ALIASES: &'static [#krate::Alias<Self>] = Self::ALIASES;

            #[inline]
            fn all() -> &'static [Self] {
                #ident::all()
            }
            #[inline]
            fn name(self) -> &'static #str_ {
                #ident::name(self)
            }
            #[inline]
            fn value(self) -> #option<#ty> {
                #value
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
            fn is_deprecated(self) -> ::core::primitive::bool {
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
            fn from_name_ignore_ascii_case(name: &#str_) -> #option<Self> {
                #ident::from_name_ignore_ascii_case(name)
            }
            #[inline]
            fn decode(value: #ty) -> #krate::Open<Self> {
                #ident::decode(value)
            }
            #[inline]
            fn decode_value(value: #krate::Value<'_>) -> #option<#krate::Open<Self>> {
                #decode_value
            }
            #[inline]
            fn index(self) -> ::core::primitive::usize {
                #position
            }

            #columns
        }
    }
}

/// `decode_value`: a value of the table's kind (and, for integers, in the type's range) is
/// decoded; another is `None`.
fn decode_value(ctx: &Ctx) -> TokenStream {
    let Ctx {
        ident, krate, ty, ..
    } = ctx;
    let some = quote!(::core::option::Option::Some);
    let none = quote!(::core::option::Option::None);
    if ctx.is_str() {
        quote! {
            match value {
                #krate::Value::Str(text) => #some(#ident::decode(text)),
                #krate::Value::Int(_) => #none,
            }
        }
    } else {
        quote! {
            match value {
                #krate::Value::Int(number) => {
                    match <#ty as ::core::convert::TryFrom<::core::primitive::i128>>::try_from(number) {
                        ::core::result::Result::Ok(value) => #some(#ident::decode(value)),
                        ::core::result::Result::Err(_) => #none,
                    }
                }
                #krate::Value::Str(_) => #none,
            }
        }
    }
}
