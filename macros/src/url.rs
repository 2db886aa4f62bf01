//! `#[codes(url = "...", display_url)]`: reads a table's URL template and checks it against
//! the entries. The template's syntax and its expansion are `codetable_layout::url`'s, which
//! the Markdown export's anchors share; `expand/url.rs` writes each code's URL.

use crate::ast::{Column, Entry, Url};
use crate::error::{self, Errors, Mistake};
use syn::meta::ParseNestedMeta;
use syn::LitStr;

/// `url = "..."` in `#[codes(...)]`: a template without mistakes (an empty one, an unknown
/// placeholder or an unbalanced brace is an error at the literal).
pub fn template(meta: &ParseNestedMeta) -> Result<Url, Mistake> {
    let lit: LitStr = meta.value()?.parse()?;
    let template = lit.value();
    if let Err(mistake) = codetable_layout::url::check(&template) {
        return Err(Mistake::own(error::malformed_url(lit.span(), mistake)));
    }
    Ok(Url {
        template,
        span: lit.span(),
        display: false,
    })
}

/// Records `display_url` (its span, if given) on the table's template; an error when the
/// table has none.
pub fn display_option(
    display: Option<proc_macro2::Span>,
    url: Option<&mut Url>,
    errors: &mut Errors,
) {
    match (display, url) {
        (Some(_), Some(url)) => url.display = true,
        (Some(span), None) => errors.push(error::display_url_without_url(span)),
        (None, _) => {}
    }
}

/// Checks a table's template against its entries and columns: an entry without a value
/// when the template has `{value}`, and an entry, alias or column named `url` (the method
/// the template gives the table). Whether the table gets its `url()` method: not when a
/// name takes it (reported).
pub fn check(url: &Url, entries: &[Entry], columns: &[Column], errors: &mut Errors) -> bool {
    if codetable_layout::url::uses_value(&url.template) {
        for entry in entries
            .iter()
            .filter(|e| e.value.is_none() && !e.is_alias())
        {
            let e = error::url_without_value(entry.ident.span(), &entry.name, url.span);
            errors.push(match &entry.origin {
                Some(origin) => error::located(e, Some(origin), &|_| None),
                None => e,
            });
        }
    }
    let entries = entries.iter().map(|e| (&e.ident, &e.name));
    let columns = columns.iter().map(|c| (&c.ident, &c.name));
    let mut clash = false;
    for (ident, name) in entries.chain(columns) {
        if name == "url" {
            errors.push(error::url_method_clash(ident.span()));
            clash = true;
        }
    }
    !clash
}
