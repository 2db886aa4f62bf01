//! The attributes of a table (`#[langs]`, `#[codes]`, pass-through ones) and of an entry
//! (doc comments, `#[deprecated]`, `#[alias]`).
//!
//! The rule for the user's own attributes: a `#[derive(...)]` of traits the macro does not
//! implement, and any `#[cfg_attr(...)]`, pass through to the enum. Such a table "opens" to
//! helper attributes: its other unknown attributes pass through to the enum, and its
//! entries' unknown attributes to their variants (an alias is a constant, so none may go on
//! one). A table that does not open keeps the "unknown attribute" errors. What passes
//! through is sorted here once: the expansion reads whether a table derives serde's traits
//! from the model, not from the tokens. `#[columns(...)]` is read by `columns.rs`.

use crate::ast::{
    Chars, CheckForm, Column, ColumnValue, Equals, EqualsRule, Lang, Retired, SerdeForm, Shape, Url,
};
use crate::columns;
use crate::error::{self, Errors, Kind, Mistake};
use crate::history;
use crate::names;
use crate::syntax::literal_text;
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::meta::ParseNestedMeta;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitStr, Meta, MetaList, Path, Token};

/// Attributes that pass through to the generated enum unchanged.
const PASS_THROUGH: &[&str] = &[
    "doc",
    "allow",
    "warn",
    "deny",
    "forbid",
    "expect",
    "deprecated",
    "non_exhaustive",
    "must_use",
];

/// The traits the generated code implements (by the last segment of a derive's path):
/// deriving one again is an error, not a conflicting implementation.
const IMPLEMENTED: &[&str] = &[
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "Hash",
    "PartialOrd",
    "Ord",
    "Debug",
    "Display",
    "Error",
    "FromStr",
    "TryFrom",
];

/// What the attributes of a table say.
#[derive(Default)]
pub struct TableAttrs {
    pub pass_through: Vec<Attribute>,
    pub langs: Option<Vec<Lang>>,
    pub krate: Option<Path>,
    /// `#[codes(serde = ...)]`, with the span of the form.
    pub serde: Option<(SerdeForm, Span)>,
    /// `#[codes(check = ...)]`, with the span of the form.
    pub check: Option<(CheckForm, Span)>,
    /// `#[codes(len = ..., max_len = ..., chars = "...")]`.
    pub shape: Shape,
    /// `#[columns(name: Type = default, ...)]`.
    pub columns: Vec<Column>,
    /// Whether the table passes a derive or a `cfg_attr` through, so that unknown attributes
    /// of the table and its entries pass through too (as that derive's helpers).
    pub opens: bool,
    /// Whether a derive or a `cfg_attr` that passes through names serde's traits: the table
    /// implements them itself.
    pub derives_serde: bool,
    /// `#[equals(module::PREFIX_*)]`.
    pub equals: Option<EqualsRule>,
    /// `#[codes(hex)]`, with the span of `hex`.
    pub hex: Option<Span>,
    /// The `#[reserved(...)]` attributes, read by `history.rs` once the value type is known.
    pub reserved: Vec<Attribute>,
    /// `#[codes(optional_descriptions)]`: entries may go without a description.
    pub optional_descriptions: bool,
    /// `#[file(...)]`, read by `file.rs` once the table's languages and columns are known.
    pub file: Option<Attribute>,
    /// `#[classes(...)]`, read by `class.rs` once the value type is known.
    pub classes: Option<Attribute>,
    /// `#[codes(url = "...")]` (and `display_url` in `Url::display`).
    pub url: Option<Url>,
    /// The span of `#[codes(display_url)]`, until the options are all read.
    display_url: Option<Span>,
}

/// What the attributes of an entry say.
#[derive(Default)]
pub struct EntryAttrs {
    pub docs: Vec<String>,
    pub deprecated: Option<Attribute>,
    pub alias: Option<TokenStream>,
    /// rustdoc's `#[doc(...)]` forms (`hidden`, `alias = "..."`), for the variant or the
    /// alias's constant.
    pub doc_attrs: Vec<Attribute>,
    /// Attributes for the variant, when the table opens (see the module's docs).
    pub pass_through: Vec<Attribute>,
    /// `#[columns(name = value, ...)]`, all of them, in order.
    pub columns: Vec<ColumnValue>,
    /// `#[equals(path)]` or `#[equals(_)]`.
    pub equals: Option<(Equals, Span)>,
    /// `#[since = "..."]`, with the span of the version.
    pub since: Option<(String, Span)>,
    /// `#[retired(...)]`.
    pub retired: Option<Retired>,
}

/// Whether the generated enum keeps `attr` when it has no variants (after an error): the
/// plain attributes, not the user's derives, which may need what an empty enum lacks.
pub fn kept_without_variants(attr: &Attribute) -> bool {
    PASS_THROUGH.contains(&attr_name(attr).as_str())
}

fn attr_name(attr: &Attribute) -> String {
    meta_name(attr.path())
}

/// The name an attribute is known by: `r#cfg` is `cfg`, as rustc reads it.
fn meta_name(path: &Path) -> String {
    path.get_ident().map_or_else(
        || path.to_token_stream().to_string().replace(' ', ""),
        |ident| ident.unraw().to_string(),
    )
}

pub fn table_attrs(attrs: Vec<Attribute>, errors: &mut Errors) -> TableAttrs {
    let mut out = TableAttrs {
        opens: attrs.iter().any(opens),
        ..TableAttrs::default()
    };
    let mut langs_attr: Option<Attribute> = None;
    let mut codes_attr: Option<Attribute> = None;
    let mut columns_attr: Option<Attribute> = None;
    for attr in attrs {
        let name = attr_name(&attr);
        match name.as_str() {
            "langs" => {
                if langs_attr.is_some() {
                    errors.push(error::repeated_attr(&attr, "langs"));
                    continue;
                }
                out.langs = langs(&attr, errors);
                langs_attr = Some(attr);
            }
            "columns" => {
                if columns_attr.is_some() {
                    errors.push(error::repeated_attr(&attr, "columns"));
                    continue;
                }
                out.columns = columns::declarations(&attr, errors);
                columns_attr = Some(attr);
            }
            "equals" => {
                if out.equals.is_some() {
                    errors.push(error::repeated_attr(&attr, "equals"));
                    continue;
                }
                match equals_rule(&attr) {
                    Some(rule) => out.equals = Some(rule),
                    None => errors.push(error::malformed_equals_rule(&attr)),
                }
            }
            "file" => {
                if out.file.is_some() {
                    errors.push(error::repeated_attr(&attr, "file"));
                    continue;
                }
                out.file = Some(attr);
            }
            "codes" => {
                if codes_attr.is_some() {
                    errors.push(error::repeated_attr(&attr, "codes"));
                    continue;
                }
                codes(&attr, &mut out, errors);
                codes_attr = Some(attr);
            }
            "reserved" => out.reserved.push(attr),
            "classes" => {
                if out.classes.is_some() {
                    errors.push(error::repeated_attr(&attr, "classes"));
                    continue;
                }
                out.classes = Some(attr);
            }
            "derive" => out.pass_derive(derive(attr, errors)),
            "cfg_attr" => out.pass_derive(filter_cfg_attr(attr, errors, table_cfg_meta)),
            "repr" => errors.push(error::repr_on_table(&attr)),
            "cfg" => errors.push(error::cfg_on_table(&attr)),
            _ if PASS_THROUGH.contains(&name.as_str()) || out.opens => out.pass_through.push(attr),
            _ => errors.push(error::unknown_table_attr(&attr, &name)),
        }
    }
    out
}

impl TableAttrs {
    /// Passes a `derive` or a `cfg_attr` through, if anything is left of it, noting whether
    /// it names serde's traits.
    fn pass_derive(&mut self, attr: Option<Attribute>) {
        let Some(attr) = attr else { return };
        self.derives_serde |= names_serde(attr.meta.to_token_stream());
        self.pass_through.push(attr);
    }
}

/// Whether `tokens` name a trait called `Serialize...` or `Deserialize...`, serde_repr's
/// included.
fn names_serde(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|tt| match tt {
        TokenTree::Ident(ident) => {
            let name = ident.to_string();
            name.starts_with("Serialize") || name.starts_with("Deserialize")
        }
        TokenTree::Group(group) => names_serde(group.stream()),
        _ => false,
    })
}

/// Whether a table attribute opens the table to helper attributes: a `cfg_attr`, or a
/// derive of at least one trait the macro does not implement.
fn opens(attr: &Attribute) -> bool {
    match attr_name(attr).as_str() {
        "cfg_attr" => true,
        "derive" => derive_paths(&attr.meta)
            .is_some_and(|paths| paths.iter().any(|p| implemented(p).is_none())),
        _ => false,
    }
}

/// The paths of `derive(...)`, `None` when it is not a list of paths.
fn derive_paths(meta: &Meta) -> Option<Vec<Path>> {
    let Meta::List(list) = meta else { return None };
    let parser = Punctuated::<Path, Token![,]>::parse_terminated;
    parser
        .parse2(list.tokens.clone())
        .ok()
        .map(|paths| paths.into_iter().collect())
}

/// The name of the trait the macro implements that `path` derives, if it does.
fn implemented(path: &Path) -> Option<String> {
    let last = path.segments.last()?.ident.to_string();
    (IMPLEMENTED.contains(&last.as_str()) || last == "Default").then_some(last)
}

/// A table's `#[derive(...)]` without the traits the macro implements (each reported, at
/// its path); `None` when nothing is left.
fn derive(mut attr: Attribute, errors: &mut Errors) -> Option<Attribute> {
    let meta = filter_derive(&attr.meta, errors)?;
    attr.meta = meta;
    Some(attr)
}

/// `derive(...)` without the traits the macro implements; `None` when nothing is left.
fn filter_derive(meta: &Meta, errors: &mut Errors) -> Option<Meta> {
    let (Meta::List(list), Some(paths)) = (meta, derive_paths(meta)) else {
        errors.push(error::malformed_derive(meta));
        return None;
    };
    let mut kept = Vec::new();
    for path in paths {
        match implemented(&path) {
            Some(name) if name == "Default" => errors.push(error::derive_default(&path)),
            Some(name) => errors.push(error::derive_implemented(&path, &name)),
            None => kept.push(path),
        }
    }
    if kept.is_empty() {
        return None;
    }
    Some(Meta::List(MetaList {
        tokens: quote::quote!(#(#kept),*),
        ..list.clone()
    }))
}

/// A `#[cfg_attr(predicate, attrs...)]` with its attributes filtered by `keep` (which
/// reports what it drops); `None` when none is left. One that cannot be read passes
/// through whole, for rustc to report.
fn filter_cfg_attr(
    mut attr: Attribute,
    errors: &mut Errors,
    keep: fn(Meta, &str, &mut Errors) -> Option<Meta>,
) -> Option<Attribute> {
    attr.meta = filter_cfg_meta(attr.meta, errors, keep)?;
    Some(attr)
}

/// `cfg_attr(predicate, attrs...)` with its attributes filtered by `keep`, which sees a
/// nested `cfg_attr` as this function again, so that what it drops is found at any depth.
fn filter_cfg_meta(
    meta: Meta,
    errors: &mut Errors,
    keep: fn(Meta, &str, &mut Errors) -> Option<Meta>,
) -> Option<Meta> {
    let Meta::List(mut list) = meta else {
        return Some(meta);
    };
    let parts = list.parse_args_with(|stream: ParseStream| {
        let predicate: Meta = stream.parse()?;
        stream.parse::<Token![,]>()?;
        let metas = Punctuated::<Meta, Token![,]>::parse_terminated(stream)?;
        Ok((predicate, metas))
    });
    let Ok((predicate, metas)) = parts else {
        return Some(Meta::List(list));
    };
    let kept: Vec<Meta> = metas
        .into_iter()
        .filter_map(|meta| {
            let name = meta_name(meta.path());
            if name == "cfg_attr" {
                filter_cfg_meta(meta, errors, keep)
            } else {
                keep(meta, &name, errors)
            }
        })
        .collect();
    if kept.is_empty() {
        return None;
    }
    list.tokens = quote::quote!(#predicate, #(#kept),*);
    Some(Meta::List(list))
}

/// In a table's `cfg_attr`, what the macro must see unconditionally is an error: a derive of
/// a trait it implements, `repr`, `cfg`, `langs` and `codes`.
fn table_cfg_meta(meta: Meta, name: &str, errors: &mut Errors) -> Option<Meta> {
    match name {
        "derive" => return filter_derive(&meta, errors),
        "repr" => errors.push(error::repr_on_table(&meta)),
        "cfg" => errors.push(error::cfg_on_table(&meta)),
        _ if names::TABLE_OPTIONS.contains(&name) => {
            errors.push(error::conditional_attr(&meta, name))
        }
        _ => return Some(meta),
    }
    None
}

/// `#[langs(en, zh)]`: identifiers or string literals, at least one, none twice.
fn langs(attr: &Attribute, errors: &mut Errors) -> Option<Vec<Lang>> {
    let Meta::List(list) = &attr.meta else {
        errors.push(error::malformed_langs(attr));
        return None;
    };
    let parser = |stream: ParseStream| {
        Punctuated::<Lang, Token![,]>::parse_terminated_with(stream, parse_lang)
    };
    let parsed = parser.parse2(list.tokens.clone());
    let Ok(parsed) = parsed else {
        errors.push(error::malformed_langs(attr));
        return None;
    };
    let mut langs: Vec<Lang> = Vec::new();
    for lang in parsed {
        if let Some(first) = langs.iter().find(|l| l.name == lang.name) {
            errors.push(error::repeated_lang_decl(lang.span, &lang.name, first.span));
        } else {
            langs.push(lang);
        }
    }
    if langs.is_empty() {
        errors.push(error::malformed_langs(attr));
        return None;
    }
    Some(langs)
}

/// A language: an identifier (`en`) or a string (`"zh-Hans"`).
pub fn parse_lang(input: ParseStream) -> syn::Result<Lang> {
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        let name = lit.value();
        if name.is_empty() {
            return Err(error::empty_lang(lit.span()));
        }
        Ok(Lang {
            name,
            span: lit.span(),
        })
    } else {
        let ident = input.call(Ident::parse_any)?;
        Ok(Lang {
            name: ident.unraw().to_string(),
            span: ident.span(),
        })
    }
}

/// `#[codes(crate = path, serde = value, len = 5, max_len = 32, chars = "0-9A-Z")]`: each
/// option at most once, in any order. The first mistake ends the reading: one of the
/// macro's own messages is reported as it is, and syn's are replaced by the general shape.
fn codes(attr: &Attribute, out: &mut TableAttrs, errors: &mut Errors) {
    let mut seen: Vec<String> = Vec::new();
    let mut kind = Kind::Syntax;
    let result = attr.parse_nested_meta(|meta| {
        codes_option(&meta, out, &mut seen).map_err(|mistake| {
            kind = mistake.kind;
            mistake.error
        })
    });
    match result {
        Ok(()) if seen.is_empty() => errors.push(error::malformed_codes(attr)),
        Ok(()) => crate::url::display_option(out.display_url, out.url.as_mut(), errors),
        Err(e) if kind == Kind::Own => errors.push(e),
        Err(_) => errors.push(error::malformed_codes(attr)),
    }
}

/// One option of `#[codes(...)]`, recorded in `seen`.
fn codes_option(
    meta: &ParseNestedMeta,
    out: &mut TableAttrs,
    seen: &mut Vec<String>,
) -> Result<(), Mistake> {
    let key = meta
        .path
        .get_ident()
        .map(ToString::to_string)
        .unwrap_or_default();
    if seen.contains(&key) {
        return Err(Mistake::own(error::repeated_codes_option(&meta.path, &key)));
    }
    match key.as_str() {
        "crate" => out.krate = Some(meta.value()?.parse::<Path>()?),
        "serde" => {
            let form: Ident = meta.value()?.parse()?;
            let parsed = match form.to_string().as_str() {
                "value" => SerdeForm::Value,
                "name" => SerdeForm::Name,
                _ => return Err(Mistake::own(error::malformed_serde_form(&form))),
            };
            out.serde = Some((parsed, form.span()));
        }
        "check" => {
            let form: Ident = meta.value()?.parse()?;
            let parsed = match form.to_string().as_str() {
                "negated" => CheckForm::Negated,
                "negative" => CheckForm::Negative,
                "nonzero" => CheckForm::Nonzero,
                _ => return Err(Mistake::own(error::malformed_check_form(&form))),
            };
            out.check = Some((parsed, form.span()));
        }
        "len" | "max_len" => {
            let int: syn::LitInt = meta.value()?.parse()?;
            let n = match int.base10_parse::<usize>() {
                Ok(n) if n > 0 => n,
                _ => return Err(Mistake::own(error::malformed_len(&int, &key))),
            };
            let slot = if key == "len" {
                &mut out.shape.len
            } else {
                &mut out.shape.max_len
            };
            *slot = Some((n, meta.path.span()));
        }
        "chars" => {
            let lit: LitStr = meta.value()?.parse()?;
            let Some(ranges) = char_ranges(&lit.value()) else {
                return Err(Mistake::own(error::malformed_chars(&lit)));
            };
            out.shape.chars = Some(Chars {
                ranges,
                written: lit.value(),
                span: meta.path.span(),
            });
        }
        "hex" => {
            if !meta.input.is_empty() && !meta.input.peek(Token![,]) {
                return Err(Mistake::own(error::hex_with_value(&meta.path)));
            }
            out.hex = Some(meta.path.span());
        }
        "url" => out.url = Some(crate::url::template(meta)?),
        "display_url" => {
            if !meta.input.is_empty() && !meta.input.peek(Token![,]) {
                return Err(Mistake::own(error::malformed_codes(&meta.path)));
            }
            out.display_url = Some(meta.path.span());
        }
        "optional_descriptions" => {
            if !meta.input.is_empty() && !meta.input.peek(Token![,]) {
                return Err(Mistake::own(error::malformed_codes(&meta.path)));
            }
            out.optional_descriptions = true;
        }
        _ => return Err(Mistake::own(error::malformed_codes(&meta.path))),
    }
    seen.push(key);
    Ok(())
}

/// A table's `#[equals(module::PREFIX_*)]` (or `module::*`, `PREFIX_*`): `None` when the
/// list is not a path ending in `*`.
fn equals_rule(attr: &Attribute) -> Option<EqualsRule> {
    let Meta::List(list) = &attr.meta else {
        return None;
    };
    let mut trees: Vec<TokenTree> = list.tokens.clone().into_iter().collect();
    match trees.pop()? {
        TokenTree::Punct(star) if star.as_char() == '*' => {}
        _ => return None,
    }
    let prefix = match trees.last() {
        Some(TokenTree::Ident(ident)) => {
            let prefix = ident.unraw().to_string();
            trees.pop();
            prefix
        }
        _ => String::new(),
    };
    // What is left is empty or a path ending in `::`.
    let module: TokenStream = trees.into_iter().collect();
    if !module.is_empty() {
        let path = quote::quote!(#module __codetable_constant);
        syn::parse2::<Path>(path).ok()?;
    }
    Some(EqualsRule {
        module,
        prefix,
        span: attr.path().span(),
    })
}

/// An entry's `#[equals(path)]` or `#[equals(_)]`.
fn entry_equals(attr: &Attribute) -> Option<Equals> {
    let Meta::List(list) = &attr.meta else {
        return None;
    };
    if syn::parse2::<Token![_]>(list.tokens.clone()).is_ok() {
        return Some(Equals::Skip);
    }
    syn::parse2::<Path>(list.tokens.clone())
        .ok()
        .map(Equals::Constant)
}

/// The ranges of a `chars = "0-9A-Z_"` option: single characters and `a-z` ranges (a `-`
/// first or last is itself). `None` for an empty set or a backward range.
fn char_ranges(spec: &str) -> Option<Vec<(char, char)>> {
    let chars: Vec<char> = spec.chars().collect();
    let mut ranges = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if at + 2 < chars.len() && chars[at + 1] == '-' {
            if chars[at] > chars[at + 2] {
                return None;
            }
            ranges.push((chars[at], chars[at + 2]));
            at += 3;
        } else {
            ranges.push((chars[at], chars[at]));
            at += 1;
        }
    }
    (!ranges.is_empty()).then_some(ranges)
}

/// The attributes of an entry; `opens` says whether unknown ones pass through to the variant.
pub fn entry_attrs(attrs: Vec<Attribute>, opens: bool, errors: &mut Errors) -> EntryAttrs {
    let mut out = EntryAttrs::default();
    for attr in attrs {
        let name = attr_name(&attr);
        match name.as_str() {
            "doc" => match doc_text(&attr) {
                // `split`, not `lines`: a blank `///` line is an empty string that must stay,
                // as the paragraph break it is.
                Some(text) => out.docs.extend(
                    text.split('\n')
                        .map(|line| line.strip_prefix(' ').unwrap_or(line).trim_end().to_owned()),
                ),
                None if matches!(attr.meta, Meta::List(_)) => out.doc_attrs.push(attr),
                None => errors.push(error::malformed_doc(&attr)),
            },
            "deprecated" => {
                if out.deprecated.is_some() {
                    errors.push(error::repeated_attr(&attr, "deprecated"));
                } else {
                    out.deprecated = Some(attr);
                }
            }
            "alias" => {
                if out.alias.is_some() {
                    errors.push(error::repeated_attr(&attr, "alias"));
                    continue;
                }
                if !matches!(attr.meta, Meta::Path(_)) {
                    errors.push(error::malformed_alias(&attr));
                }
                // Still an alias, so that sharing a value is not reported again.
                out.alias = Some(attr.to_token_stream());
            }
            "columns" => out.columns.extend(columns::values(&attr, errors)),
            "equals" => {
                if out.equals.is_some() {
                    errors.push(error::repeated_attr(&attr, "equals"));
                    continue;
                }
                match entry_equals(&attr) {
                    Some(equals) => out.equals = Some((equals, attr.path().span())),
                    None => errors.push(error::malformed_equals(&attr)),
                }
            }
            "since" => {
                if out.since.is_some() {
                    errors.push(error::repeated_attr(&attr, "since"));
                    continue;
                }
                out.since = history::since(&attr, errors);
            }
            "retired" => {
                if out.retired.is_some() {
                    errors.push(error::repeated_attr(&attr, "retired"));
                    continue;
                }
                out.retired = history::retired(&attr, errors);
            }
            "cfg" => errors.push(error::cfg_on_entry(&attr)),
            "cfg_attr" if opens => {
                out.pass_through
                    .extend(filter_cfg_attr(attr, errors, entry_cfg_meta));
            }
            _ if opens => out.pass_through.push(attr),
            _ => errors.push(error::unknown_entry_attr(&attr, &name)),
        }
    }
    out
}

/// In an entry's `cfg_attr`, `cfg` and what the macro reads itself are errors.
fn entry_cfg_meta(meta: Meta, name: &str, errors: &mut Errors) -> Option<Meta> {
    match name {
        "cfg" => errors.push(error::cfg_on_entry(&meta)),
        "doc" | "deprecated" | "alias" | "columns" | "equals" | "since" | "retired" => {
            errors.push(error::conditional_attr(&meta, name));
        }
        _ => return Some(meta),
    }
    None
}

/// An alias is an associated constant, not a variant: the attributes meant for the
/// variant (`pass_through`) have nowhere to go. Each is reported, and dropped.
pub fn on_alias(pass_through: &mut Vec<Attribute>, name: &str, errors: &mut Errors) {
    for attr in pass_through.drain(..) {
        errors.push(error::attr_on_alias(&attr, &attr_name(&attr), name));
    }
}

fn doc_text(attr: &Attribute) -> Option<String> {
    match &attr.meta {
        Meta::NameValue(nv) => match &nv.value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => Some(literal_text(&s.token())),
            _ => None,
        },
        _ => None,
    }
}
