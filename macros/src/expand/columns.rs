//! A method per column, each reading a static array of the entries' values (data, not a
//! `match`), and the columns as `Table` shows them to tools.

use super::Ctx;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;

pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, krate, .. } = ctx;
    if ctx.checked.columns.is_empty() {
        return TokenStream::new();
    }
    let count = ctx.checked.variants.len();
    let position = ctx.position();
    let methods = ctx.checked.columns.iter().map(|(at, column)| {
        let (name, ty) = (&column.ident, &column.ty);
        let values: Option<Vec<&TokenStream>> = ctx
            .checked
            .variants
            .iter()
            .map(|v| v.columns[*at].as_ref())
            .collect();
        // `column` takes `T: Copy`: a column type that is not `Copy` is reported at it.
        let read = quote_spanned!(ty.span()=> #krate::__private::column::<#ty>);
        let body = match values {
            Some(values) => quote! {
                const VALUES: &[#ty; #count] = &[#(#values),*];
                #read(VALUES, #position)
            },
            // A required value is missing (reported): no array to read, and no cascade.
            None => quote!(::core::panic!("a column value is missing")),
        };
        let doc = format!(
            "The code's `{}` column, a `{}`.",
            column.name,
            ty.to_token_stream().to_string().replace(' ', "")
        );
        quote! {
            #[doc = #doc]
            #[must_use]
            #[inline]
            pub const fn #name(self) -> #ty {
                #body
            }
        }
    });
    quote! {
        #[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
        impl #ident {
            #(#methods)*
        }
    }
}

/// `column_cell` of the `Layout` impl, which `Table` shows columns through; nothing for a
/// table without columns (the trait's default). Each arm probes the column's concrete type
/// with `__private::cell`'s levels (autoref specialization, see core's `cell.rs`): the value
/// as written, and its `Debug`.
pub(super) fn column_cell(ctx: &Ctx) -> TokenStream {
    let krate = &ctx.krate;
    if ctx.checked.columns.is_empty() {
        return TokenStream::new();
    }
    let arms = ctx
        .checked
        .columns
        .iter()
        .enumerate()
        .map(|(at, (_, column))| {
            let (name, ty) = (&column.ident, &column.ty);
            // A column type without `Debug` is reported at it. The trait's path keeps the
            // macro's span: with the user's, `::core` would not resolve in edition 2015.
            let debug_trait = quote!(::core::fmt::Debug);
            let debug = quote_spanned!(ty.span()=> <#ty as #debug_trait>::fmt);
            quote! {
                #at => (&&&&&#krate::__private::cell::Probe::<#ty> {
                    value: &Self::#name(self),
                    debug: #debug,
                })
                .cell(sink),
            }
        });
    quote! {
        fn column_cell(
            self,
            column: ::core::primitive::usize,
            sink: #krate::__private::cell::Sink<'_>,
        ) -> ::core::fmt::Result {
            #[allow(unused_imports)]
            use #krate::__private::cell::{
                ByDebug as _, ByDisplay as _, ByOptionDebug as _, ByOptionDisplay as _,
                ByWritten as _,
            };
            match column {
                #(#arms)*
                _ => ::core::result::Result::Ok(()),
            }
        }
    }
}
