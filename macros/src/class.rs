//! A table's classes: reading `#[classes(enum = Name, cover, from_file, Class = 100..200 => "...",
//! Class = "23" => "...", Class = [A, B] => "...")]` once the value type is known, and the
//! checks that need the whole table (classes that overlap, a listed name that is no entry,
//! an entry in no class of a table that says `cover`). `valid.rs` runs the latter with the
//! values it settled.

use crate::ast::{Class, ClassRule, Classes, Column, Entry, Lang, Repr};
use crate::attr::parse_lang;
use crate::error::{self, Errors};
use crate::eval::Ty;
use crate::history::{evaluated_range, range};
use crate::syntax::{literal_text, parse_within, split_at_commas, string_literal};
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{braced, bracketed, Attribute, Ident, Meta, Token};

/// The classes of `#[classes(...)]`; each item that cannot be read is reported on its own,
/// and left out. `None` when the attribute declares no class.
pub fn classes(
    attr: &Attribute,
    repr: Option<Repr>,
    langs: &[Lang],
    errors: &mut Errors,
) -> Option<Classes> {
    let Meta::List(list) = &attr.meta else {
        errors.push(error::malformed_classes(attr));
        return None;
    };
    let mut out = Classes {
        ident: None,
        cover: None,
        from_file: None,
        classes: Vec::new(),
    };
    let is_str = repr.is_some_and(Repr::is_str);
    let ty = repr.filter(|_| !is_str).and_then(Repr::ty);
    for chunk in split_at_commas(list.tokens.clone()) {
        match parse_within(chunk.clone(), |input| item(input, ty)) {
            Ok(Item::Wrong(error)) => errors.push_some(error),
            Ok(Item::Cover(span)) if out.cover.is_some() => {
                errors.push(error::repeated_classes_option(span, "cover"));
            }
            Ok(Item::Cover(span)) => out.cover = Some(span),
            Ok(Item::FromFile(span)) if out.from_file.is_some() => {
                errors.push(error::repeated_classes_option(span, "from_file"));
            }
            Ok(Item::FromFile(span)) => out.from_file = Some(span),
            Ok(Item::Enum(ident)) if out.ident.is_some() => {
                errors.push(error::repeated_classes_option(ident.span(), "enum"));
            }
            Ok(Item::Enum(ident)) => out.ident = Some(ident),
            Ok(Item::Class(mut class, texts)) => {
                let Some(descriptions) = per_lang(texts, langs, errors) else {
                    continue;
                };
                class.descriptions = descriptions;
                if is_taken(&out.classes, &class, errors) {
                    continue;
                }
                match (&class.rule, repr) {
                    (ClassRule::Range(..), _) if is_str => {
                        errors.push(error::range_class_in_string_table(&class.tokens));
                    }
                    (ClassRule::Prefix(_), Some(repr)) if !is_str => {
                        errors.push(error::prefix_class_in_integer_table(
                            &class.tokens,
                            repr.name(),
                        ));
                    }
                    (ClassRule::Range(low, high), _) if low > high => {
                        errors.push(error::empty_class_range(&class.tokens));
                    }
                    (ClassRule::Prefix(prefix), _) if prefix.is_empty() => {
                        errors.push(error::empty_class_prefix(&class.tokens));
                    }
                    _ => out.classes.push(class),
                }
            }
            Err(_) => errors.push(error::malformed_class(&chunk)),
        }
    }
    if out.classes.is_empty() && out.from_file.is_none() {
        // A table whose every class was wrong is reported already; one that declares none
        // is told what to write.
        if !list
            .tokens
            .clone()
            .into_iter()
            .any(|tt| is_class_start(&tt))
        {
            errors.push(error::malformed_classes(attr));
        }
        return None;
    }
    Some(out)
}

/// With `from_file`, puts the classes the table's file declares (`None`: its format has
/// none, or the table has no file) before those written in `#[classes]`; a written one of
/// the same name is reported.
pub fn add_from_file(classes: &mut Classes, declared: Option<Vec<Class>>, errors: &mut Errors) {
    let Some(span) = classes.from_file else {
        return;
    };
    let Some(mut declared) = declared else {
        errors.push(error::classes_from_file_without_sections(span));
        return;
    };
    let written = std::mem::take(&mut classes.classes);
    for class in written {
        if !is_taken(&declared, &class, errors) {
            declared.push(class);
        }
    }
    classes.classes = declared;
}

/// Whether one of `classes` has the name of `class` (reported, at both).
fn is_taken(classes: &[Class], class: &Class, errors: &mut Errors) -> bool {
    let Some(first) = classes.iter().find(|c| c.ident == class.ident) else {
        return false;
    };
    let name = class.ident.unraw().to_string();
    errors.push(error::duplicate_class(
        class.ident.span(),
        &name,
        first.ident.span(),
        first.origin.as_deref(),
    ));
    true
}

/// Whether a token may start a class (a name that is not an option).
fn is_class_start(tt: &TokenTree) -> bool {
    matches!(tt, TokenTree::Ident(ident) if ident != "cover" && ident != "enum" && ident != "from_file")
}

/// One item of `#[classes(...)]`.
enum Item {
    /// A class whose range cannot be evaluated: the error, if there is more to say.
    Wrong(Option<syn::Error>),
    Cover(Span),
    FromFile(Span),
    Enum(Ident),
    Class(Class, Texts),
}

fn item(input: ParseStream, ty: Option<Ty>) -> syn::Result<Item> {
    if input.peek(Token![enum]) {
        input.parse::<Token![enum]>()?;
        input.parse::<Token![=]>()?;
        let ident: Ident = input.parse()?;
        return end(input, Item::Enum(ident));
    }
    let ident = input.call(Ident::parse_any)?;
    if ident == "cover" && input.is_empty() {
        return Ok(Item::Cover(ident.span()));
    }
    if ident == "from_file" && input.is_empty() {
        return Ok(Item::FromFile(ident.span()));
    }
    input.parse::<Token![=]>()?;
    let (rule, tokens) = match rule(input, ty)? {
        (Ok(rule), tokens) => (rule, tokens),
        (Err(error), _) => {
            input.parse::<TokenStream>()?;
            return Ok(Item::Wrong(error));
        }
    };
    input.parse::<Token![=>]>()?;
    let texts = if input.peek(syn::token::Brace) {
        let inner;
        let brace = braced!(inner in input);
        let pairs = inner.parse_terminated(
            |pair: ParseStream| {
                let lang = parse_lang(pair)?;
                pair.parse::<Token![:]>()?;
                Ok((lang, description(pair)?))
            },
            Token![,],
        )?;
        Texts::PerLang(pairs.into_iter().collect(), brace.span.join())
    } else {
        Texts::One(description(input)?)
    };
    let class = Class {
        ident,
        descriptions: Vec::new(),
        rule,
        tokens,
        origin: None,
    };
    end(input, Item::Class(class, texts))
}

/// A class's description as written: one text, or one per language (`{ en: "...", zh:
/// "..." }`, with the span of the braces).
enum Texts {
    One(String),
    PerLang(Vec<(Lang, String)>, Span),
}

/// A description: a string literal that is not blank.
fn description(input: ParseStream) -> syn::Result<String> {
    let Some((lit, _)) = string_literal(input) else {
        return Err(input.error("expected the class's description"));
    };
    input.parse::<TokenTree>()?;
    let text = literal_text(&lit);
    if text.trim().is_empty() {
        return Err(syn::Error::new(lit.span(), "empty description"));
    }
    Ok(text)
}

/// The descriptions of `texts` in the order of the table's `langs`: one text is the
/// default language's; per language, each must be a language of the table, at most once,
/// and the default language's is required. `None` after reporting why not.
fn per_lang(texts: Texts, langs: &[Lang], errors: &mut Errors) -> Option<Vec<String>> {
    let mut out = vec![String::new(); langs.len().max(1)];
    let (pairs, span) = match texts {
        Texts::One(text) => {
            out[0] = text;
            return Some(out);
        }
        Texts::PerLang(pairs, span) => (pairs, span),
    };
    let mut seen: Vec<Option<Span>> = vec![None; langs.len()];
    let mut sound = true;
    for (lang, text) in pairs {
        let Some(at) = langs.iter().position(|l| l.name == lang.name) else {
            errors.push(error::unknown_lang(lang.span, &lang.name, langs));
            sound = false;
            continue;
        };
        if let Some(first) = seen[at] {
            errors.push(error::repeated_lang(lang.span, &lang.name, first));
            sound = false;
            continue;
        }
        seen[at] = Some(lang.span);
        out[at] = text;
    }
    if let (Some(None), Some(default)) = (seen.first(), langs.first()) {
        errors.push(error::missing_lang(span, &default.name));
        sound = false;
    }
    sound.then_some(out)
}

/// `item`, if the input is all read.
fn end(input: ParseStream, item: Item) -> syn::Result<Item> {
    if input.is_empty() {
        Ok(item)
    } else {
        Err(input.error("unexpected tokens"))
    }
}

/// A class's rule and its tokens: `100..200`, `100..=199`, `7`, `"23"`, `[A, B]`.
#[allow(clippy::type_complexity)]
fn rule(
    input: ParseStream,
    ty: Option<Ty>,
) -> syn::Result<(Result<ClassRule, Option<syn::Error>>, TokenStream)> {
    let fork = input.fork();
    let rule = if input.peek(syn::token::Bracket) {
        let inner;
        bracketed!(inner in input);
        let names = inner.parse_terminated(Ident::parse_any, Token![,])?;
        ClassRule::List(names.into_iter().collect())
    } else if let Some((lit, _)) = string_literal(input) {
        input.parse::<TokenTree>()?;
        ClassRule::Prefix(literal_text(&lit))
    } else if let Some(ty) = ty {
        // Each end evaluated as an entry's value is, in the table's type.
        let mut ends = TokenStream::new();
        while !input.is_empty() && !input.peek(Token![=>]) {
            ends.extend([input.parse::<TokenTree>()?]);
        }
        match evaluated_range(&ends, ty) {
            Ok(Some((low, high))) => ClassRule::Range(low, high),
            Ok(None) => return Err(input.error("expected a class's rule")),
            Err(error) => return Ok((Err(error), ends)),
        }
    } else {
        let (low, high) = range(input)?;
        ClassRule::Range(low, high)
    };
    let mut tokens = TokenStream::new();
    let mut cursor = fork.cursor();
    while cursor != input.cursor() {
        let Some((tt, next)) = cursor.token_tree() else {
            break;
        };
        tokens.extend(std::iter::once(tt));
        cursor = next;
    }
    Ok((Ok(rule), tokens))
}

/// What a class check knows of one variant: its entry, and its value (an integer's, or a
/// string table's text), `None` for an entry without one.
pub struct Member<'a> {
    pub entry: &'a Entry,
    pub number: Option<i128>,
    pub text: Option<&'a str>,
    /// Whether its value was wrong (reported): it is not reported again for being in no
    /// class.
    pub reported: bool,
}

/// The class of each variant, by position among the classes, in the order of `members`;
/// `aliases` are the names of the aliases with the position of the variant each stands for.
/// Reports classes that overlap, listed names that are no entry and, in a covering table,
/// each entry in no class (on the entry).
pub fn assign(
    classes: &Classes,
    members: &[Member],
    aliases: &[(&str, usize)],
    errors: &mut Errors,
) -> Vec<Option<usize>> {
    overlapping_rules(classes, errors);
    let mut out: Vec<Option<usize>> = members
        .iter()
        .map(|m| {
            classes
                .classes
                .iter()
                .position(|c| in_rule(&c.rule, m.number, m.text))
        })
        .collect();
    for (at, class) in classes.classes.iter().enumerate() {
        let ClassRule::List(names) = &class.rule else {
            continue;
        };
        for ident in names {
            let name = ident.unraw().to_string();
            let position = members
                .iter()
                .position(|m| m.entry.name == name)
                .or_else(|| aliases.iter().find(|(a, _)| *a == name).map(|(_, p)| *p));
            let Some(position) = position else {
                errors.push(error::unknown_class_member(ident, &name));
                continue;
            };
            match out[position] {
                Some(other) if other == at => {}
                Some(other) => {
                    let other = &classes.classes[other];
                    errors.push(error::overlapping_classes(
                        ident,
                        &format!(
                            "`{name}` is in class `{}` and in class `{}`",
                            class.ident, other.ident
                        ),
                        &other.ident,
                        other.origin.as_deref(),
                    ));
                }
                None => out[position] = Some(at),
            }
        }
    }
    if classes.cover.is_some() {
        for (member, class) in members.iter().zip(&out) {
            if class.is_none() && !member.reported {
                let e = error::unclassified_entry(member.entry.ident.span(), &member.entry.name);
                errors.push(match &member.entry.origin {
                    Some(origin) => error::located(e, Some(origin), &|_| None),
                    None => e,
                });
            }
        }
    }
    out
}

/// The methods a table with classes gets, which no entry, alias or column may be named.
const METHODS: [&str; 2] = ["class", "class_of_value"];

/// Reports each entry, alias and column of a table with classes named as one of the
/// methods classes give it; whether there was one (the table then gets no such methods,
/// so that the mistake is the only error).
pub fn name_clashes(entries: &[Entry], columns: &[Column], errors: &mut Errors) -> bool {
    let entries = entries.iter().map(|e| (&e.ident, e.name.clone()));
    let columns = columns.iter().map(|c| (&c.ident, c.name.clone()));
    let mut clash = false;
    for (ident, name) in entries.chain(columns) {
        if METHODS.contains(&name.as_str()) {
            errors.push(error::class_method_clash(ident.span(), &name));
            clash = true;
        }
    }
    clash
}

/// Whether a range or a prefix holds the value; never a list, which holds names.
fn in_rule(rule: &ClassRule, number: Option<i128>, text: Option<&str>) -> bool {
    match (rule, number, text) {
        (ClassRule::Range(low, high), Some(n), _) => *low <= n && n <= *high,
        (ClassRule::Prefix(prefix), _, Some(text)) => text.starts_with(prefix.as_str()),
        _ => false,
    }
}

/// Reports each range or prefix that shares values with an earlier one, at both.
fn overlapping_rules(classes: &Classes, errors: &mut Errors) {
    for (at, class) in classes.classes.iter().enumerate() {
        for earlier in &classes.classes[..at] {
            let shared = match (&class.rule, &earlier.rule) {
                (ClassRule::Range(low, high), ClassRule::Range(l, h)) => {
                    let (from, to) = ((*low).max(*l), (*high).min(*h));
                    (from <= to).then(|| {
                        let values = if from == to {
                            format!("{from}")
                        } else {
                            format!("{from}..={to}")
                        };
                        format!(
                            "the values {values} are in class `{}` and in class `{}`",
                            class.ident, earlier.ident
                        )
                    })
                }
                (ClassRule::Prefix(p), ClassRule::Prefix(q))
                    if p.starts_with(q.as_str()) || q.starts_with(p.as_str()) =>
                {
                    let longer = if p.len() >= q.len() { p } else { q };
                    Some(format!(
                        "the values starting with {longer:?} are in class `{}` and in class `{}`",
                        class.ident, earlier.ident
                    ))
                }
                _ => None,
            };
            if let Some(shared) = shared {
                errors.push(error::overlapping_classes(
                    &class.tokens,
                    &shared,
                    &earlier.tokens,
                    earlier.origin.as_deref(),
                ));
                break;
            }
        }
    }
}
