//! `check(ret)` of `#[codes(check = ...)]`: a C function's return value read as success or
//! a code of the table, by the generic function of the form's name in `codetable::check`.

use super::Ctx;
use crate::ast::CheckForm;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let Some(form) = ctx.checked.check else {
        return TokenStream::new();
    };
    let Ctx {
        ident, krate, ty, ..
    } = ctx;
    let ty_name = ctx.repr.name();
    let (ok, doc) = match form {
        CheckForm::Negated => (
            quote!(#ty),
            format!(
                "Reads a C function's return value: `ret >= 0` is success, returned as is (a \
                 count, an id); a negative `ret` is the failure `-ret`. `{ty_name}::MIN`, \
                 which has no negation, is `Open::Unknown({ty_name}::MIN)`."
            ),
        ),
        CheckForm::Negative => (
            quote!(#ty),
            "Reads a C function's return value: `ret >= 0` is success, returned as is (a \
             count, an id); a negative `ret` is itself the failure's code."
                .to_owned(),
        ),
        CheckForm::Nonzero => (
            quote!(()),
            "Reads a C function's return value: `0` is success; any other `ret` is the \
             failure's code."
                .to_owned(),
        ),
    };
    let function = format_ident!("{}", form.name());
    quote! {
        impl #ident {
            #[doc = #doc]
            ///
            /// A failure the table does not know stays `Open::Unknown` with its code.
            ///
            /// # Errors
            /// The failure's code, as an `Open`.
            #[inline]
            pub fn check(ret: #ty) -> ::core::result::Result<#ok, #krate::Open<#ident>> {
                #krate::check::#function::<#ident>(ret)
            }
        }
    }
}
