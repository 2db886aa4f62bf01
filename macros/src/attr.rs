//! The attributes of a table (`#[langs]`, `#[codes]`, pass-through ones) and of an entry
//! (doc comments, `#[deprecated]`, `#[alias]`).

use crate::ast::Lang;
use crate::error::{self, Errors};
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitStr, Meta, Path, Token};

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

/// What the attributes of a table say.
#[derive(Default)]
pub struct TableAttrs {
    pub pass_through: Vec<Attribute>,
    pub langs: Option<Vec<Lang>>,
    pub krate: Option<Path>,
}

/// What the attributes of an entry say.
#[derive(Default)]
pub struct EntryAttrs {
    pub docs: Vec<String>,
    pub deprecated: Option<Attribute>,
    pub alias: Option<TokenStream>,
}

fn attr_name(attr: &Attribute) -> String {
    let path = attr.path();
    path.get_ident().map_or_else(
        || path.to_token_stream().to_string().replace(' ', ""),
        ToString::to_string,
    )
}

pub fn table_attrs(attrs: Vec<Attribute>, errors: &mut Errors) -> TableAttrs {
    let mut out = TableAttrs::default();
    let mut langs_attr: Option<Attribute> = None;
    let mut codes_attr: Option<Attribute> = None;
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
            "codes" => {
                if codes_attr.is_some() {
                    errors.push(error::repeated_attr(&attr, "codes"));
                    continue;
                }
                out.krate = codes(&attr, errors);
                codes_attr = Some(attr);
            }
            "derive" => errors.push(error::derive_on_table(&attr)),
            "repr" => errors.push(error::repr_on_table(&attr)),
            _ if PASS_THROUGH.contains(&name.as_str()) => out.pass_through.push(attr),
            _ => errors.push(error::unknown_table_attr(&attr, &name)),
        }
    }
    out
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
            return Err(syn::Error::new(lit.span(), "a language cannot be empty"));
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

/// `#[codes(crate = path)]`.
fn codes(attr: &Attribute, errors: &mut Errors) -> Option<Path> {
    let mut krate = None;
    let result = attr.parse_nested_meta(|meta| {
        if meta.path.is_ident("crate") {
            krate = Some(meta.value()?.parse::<Path>()?);
            Ok(())
        } else {
            Err(error::malformed_codes(&meta.path))
        }
    });
    match (result, krate) {
        (Ok(()), Some(path)) => Some(path),
        (Ok(()), None) => {
            errors.push(error::malformed_codes(attr));
            None
        }
        (Err(e), _) => {
            if e.to_string().starts_with("malformed") {
                errors.push(e);
            } else {
                errors.push(error::malformed_codes(attr));
            }
            None
        }
    }
}

pub fn entry_attrs(attrs: Vec<Attribute>, errors: &mut Errors) -> EntryAttrs {
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
                if !matches!(attr.meta, Meta::Path(_)) {
                    errors.push(error::malformed_alias(&attr));
                } else if out.alias.is_some() {
                    errors.push(error::repeated_attr(&attr, "alias"));
                } else {
                    out.alias = Some(attr.to_token_stream());
                }
            }
            "cfg" | "cfg_attr" => errors.push(error::cfg_on_entry(&attr)),
            _ => errors.push(error::unknown_entry_attr(&attr, &name)),
        }
    }
    out
}

fn doc_text(attr: &Attribute) -> Option<String> {
    match &attr.meta {
        Meta::NameValue(nv) => match &nv.value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => Some(s.value()),
            _ => None,
        },
        _ => None,
    }
}
