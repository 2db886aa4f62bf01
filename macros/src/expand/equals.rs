//! `#[equals(...)]`: each entry's value compared at compile time with the constant the
//! table mirrors (a -sys crate's, a binding's), so that the build fails where they differ.
//!
//! The comparison is a trait bound, so that the message names the entry, the constant and
//! both values: per entry, a trait named after the entry and generic over a value is
//! implemented, for a local type, at the table's value, and a `const fn` requires it at the
//! constant's. When they differ, rustc reports the trait's `on_unimplemented` message,
//! "`IOERR_READ` is 522 in the table, but `ffi::SQLITE_IOERR_READ` is 266", at the entry's
//! name. A constant that does not exist is rustc's "cannot find value", there too.

use super::Ctx;
use proc_macro2::{Literal, Span, TokenStream};
use quote::{quote, quote_spanned};

/// The checks of the table, in one `const _` item; nothing for a table without any.
pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let checks = &ctx.checked.equals;
    if checks.is_empty() {
        return TokenStream::new();
    }
    let i128_ = quote!(::core::primitive::i128);
    let items = checks.iter().map(|check| {
        let span = check.entry.ident.span();
        let trait_ = &check.entry.ident;
        let value = Literal::i128_unsuffixed(check.value);
        let constant = &check.constant;
        let written = crate::syntax::expression_text(constant.clone());
        let message = format!(
            "`{}` is {} in the table, but `{written}` is {{V}}",
            check.entry.name, check.value
        );
        let label = format!("`{written}` differs from the table's value");
        let note = format!(
            "the table declares `#[equals(...)]`: fix `{}`'s value, or write `#[equals(_)]` on \
             it if it mirrors no constant",
            check.entry.name
        );
        quote_spanned! {span=>
            {
                #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
                #[allow(non_camel_case_types)]
                trait #trait_<const V: #i128_> {}
                impl #trait_<{ #value }> for Table {}
                const fn equals<T: #trait_<{ (#constant) as #i128_ }>>() {}
                equals::<Table>();
            }
        }
    });
    quote_spanned! {Span::call_site()=>
        #[allow(clippy::unnecessary_cast, clippy::cast_lossless, clippy::cast_possible_wrap)]
        const _: () = {
            /// What the checks' traits are implemented for.
            struct Table;
            #(#items)*
        };
    }
}
