//! `#[codes(url = "...")]`: each code's URL, written here from the template (so that
//! `url()` is a `const fn` returning a `&'static str`, and nothing is formatted at run
//! time), stored in the descriptor, and read by the inherent `url()` and `Code::url`.

use super::Ctx;
use proc_macro2::TokenStream;
use quote::quote;

/// The URL of each variant, by position: the template with the code's name, its value as
/// the table writes it (an entry without one, reported, has an empty one) and its anchor.
fn urls(ctx: &Ctx, template: &str) -> Vec<String> {
    let table = ctx.table_name();
    (ctx.checked.variants.iter())
        .map(|v| {
            let value = match (&v.string, v.has_value) {
                (_, false) => String::new(),
                (Some(text), true) => text.clone(),
                (None, true) => ctx.value_text(v.discriminant),
            };
            let mut url = String::new();
            // Writing to a `String` does not fail.
            let _ =
                codetable_layout::url::expand(&mut url, template, &table, &v.entry.name, &value);
            url
        })
        .collect()
}

/// `.urls(template, &URLS)`, and `.display_url()` when asked; nothing without a template.
pub(super) fn descriptor(ctx: &Ctx) -> TokenStream {
    let Some(url) = &ctx.table.url else {
        return TokenStream::new();
    };
    let template = &url.template;
    let urls = super::data::str_array(&urls(ctx, template));
    let display = url.display.then(|| quote!(.display_url()));
    quote!(.urls(#template, #urls) #display)
}

/// The inherent `url()`, when the table has a template and no name takes the method.
pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let (Some(url), true) = (&ctx.table.url, ctx.checked.url_method) else {
        return TokenStream::new();
    };
    let Ctx { ident, krate, .. } = ctx;
    let position = ctx.position();
    let doc = format!(
        " The address of the code's documentation: `{}` with the code's name, value and \
         anchor. A `const fn`: the URL is written at compile time.",
        url.template.replace('`', "%60")
    );
    quote! {
        #[allow(deprecated)]
        impl #ident {
            #[doc = #doc]
            #[must_use]
            #[inline]
            pub const fn url(self) -> &'static ::core::primitive::str {
                let urls = const { <Self as #krate::__private::Layout>::DESCRIPTOR.url_list() };
                urls[#position]
            }
        }
    }
}
