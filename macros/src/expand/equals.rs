//! `#[equals(path)]`: each entry's value compared, at compile time, with the constant the
//! table mirrors (a -sys crate's, a binding's).
//!
//! The comparison is a type check, so that rustc's own message names the entry and shows
//! both values: a struct named after the entry, generic over a value, is written with the
//! table's value and given one with the constant's. When they differ rustc reports
//! "expected `NAME<266>`, found `NAME<267>`", pointing at the constant's path (which has
//! the span of the user's attribute).

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote_spanned};

/// One entry to check: its name, its value and the path of the constant it must equal.
pub struct Check<'a> {
    pub name: &'a Ident,
    pub value: i128,
    pub constant: TokenStream,
}

/// The checks, in one `const _` item.
pub fn tokens(checks: &[Check]) -> TokenStream {
    if checks.is_empty() {
        return TokenStream::new();
    }
    let items = checks.iter().map(|check| {
        let span = check.name.span();
        // A raw name (`r#type`) cannot name a struct; its text can.
        let ident = format_ident!("{}", check.name.to_string().trim_start_matches("r#"), span = span);
        let value = Literal::i128_unsuffixed(check.value);
        let constant = &check.constant;
        let i128_ = quote_spanned!(span=> ::core::primitive::i128);
        quote_spanned! {span=>
            {
                #[allow(non_camel_case_types, dead_code)]
                struct #ident<const VALUE: #i128_>;
                let _: #ident<#value> = #ident::<{ (#constant) as #i128_ }>;
            }
        }
    });
    quote_spanned! {proc_macro2::Span::call_site()=>
        #[allow(clippy::unnecessary_cast, clippy::cast_lossless, clippy::cast_possible_wrap)]
        const _: () = {
            #(#items)*
        };
    }
}
