//! Reads the invocation, its tables and their entries, into the model of [`crate::ast`]:
//! the attributes through `attr.rs`, the names an entry cannot take through `names.rs`, and
//! the tokens with the helpers of `syntax.rs`.
//!
//! Parsing recovers after a mistake: a table whose header cannot be read is skipped up to
//! its body, and each entry is read on its own (the body is split at its top-level commas),
//! so one bad entry never hides the mistakes of the others.

use crate::ast::{Entry, Invocation, Lang, Repr, Table, Value};
use crate::attr::{self, parse_lang};
use crate::class;
use crate::error::{self, Errors};
use crate::file;
use crate::history;
use crate::names::{self, Taken};
use crate::syntax::{
    at_end, drain, flatten_invisible, last_span, literal_text, parse_ending_at, parse_within,
    plain_integer, split_at_commas, split_ending_at_commas, starts_arrow, string_literal,
    take_trees_until, take_until,
};
use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, Lit, LitInt, LitStr, Token, Visibility};

pub fn invocation(input: TokenStream, errors: &mut Errors) -> Invocation {
    let mut tables = Vec::new();
    let end = last_span(&input);
    let result = parse_within(input, |stream| {
        while !stream.is_empty() {
            match table(stream, errors) {
                Ok(Some(table)) => tables.push(table),
                Ok(None) => {}
                Err(e) => {
                    errors.push(at_end(e, stream, end));
                    skip_past_body(stream)?;
                }
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        errors.push(e);
    }
    Invocation { tables }
}

/// After a broken header: drop tokens up to and including the next `{ ... }`.
fn skip_past_body(stream: ParseStream) -> syn::Result<()> {
    stream.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tt, next)) = rest.token_tree() {
            rest = next;
            if matches!(&tt, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace) {
                break;
            }
        }
        Ok(((), rest))
    })
}

/// One table: `#[attrs] vis enum Name: type { entries }`. `Ok(None)` when the header was
/// read but is unusable (already reported) and the body was skipped.
fn table(stream: ParseStream, errors: &mut Errors) -> syn::Result<Option<Table>> {
    let attrs = stream.call(Attribute::parse_outer)?;
    let vis: Visibility = stream.parse()?;
    if !stream.peek(Token![enum]) {
        return Err(error::expected_enum(stream.span()));
    }
    stream.parse::<Token![enum]>()?;
    let ident: Ident = stream.parse()?;
    if stream.peek(Token![<]) {
        return Err(error::generics(stream.span()));
    }
    let repr = if stream.peek(Token![:]) {
        let colon: Token![:] = stream.parse()?;
        let ty = take_until(stream, |s| s.peek(syn::token::Brace));
        value_type(&ty, colon.span, errors)
    } else {
        errors.push(error::missing_type(ident.span(), &ident.to_string()));
        None
    };
    let body = match stream.parse::<TokenTree>() {
        Ok(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => g,
        Ok(other) => return Err(error::expected_body(other.span())),
        Err(_) => return Err(error::expected_body(stream.span())),
    };
    let table_attrs = attr::table_attrs(attrs, errors);
    let mut reserved = crate::ast::Reserved::default();
    for attr in &table_attrs.reserved {
        history::reserved(attr, repr, &mut reserved, errors);
    }
    let langs = table_attrs.langs.unwrap_or_else(|| {
        vec![Lang {
            name: "en".to_owned(),
            span: Span::call_site(),
        }]
    });
    let mut classes =
        (table_attrs.classes.as_ref()).and_then(|attr| class::classes(attr, repr, &langs, errors));
    let chunks = split_ending_at_commas(body.stream());
    let opens = table_attrs.opens;
    let optional = table_attrs.optional_descriptions;
    let form = Form {
        langs: &langs,
        repr,
        opens,
        optional,
    };
    let mut source = table_attrs.file.as_ref().and_then(|attr| {
        let table = file::Table {
            langs: &langs,
            columns: &table_attrs.columns,
            repr,
            optional_descriptions: optional,
        };
        file::source(attr, &table, errors)
    });
    // A table with no entries in its body nor in its file (a file that could not be read
    // is reported already).
    let body_is_empty = chunks.is_empty()
        && match (&table_attrs.file, &source) {
            (None, _) => true,
            (Some(_), Some(source)) => source.records == 0,
            (Some(_), None) => false,
        };
    let mut entries = Vec::new();
    let mut file = None;
    if let Some(classes) = &mut classes {
        // A file that could not be read is reported already.
        if table_attrs.file.is_none() || source.is_some() {
            let declared = source.as_mut().and_then(|source| source.classes.take());
            class::add_from_file(classes, declared, errors);
        }
    }
    // No class left (each reported): the table has none, rather than an empty class enum.
    classes = classes.filter(|classes| !classes.classes.is_empty());
    if let Some(source) = source {
        reserved.values.extend(source.reserved.values);
        for row in source.rows {
            // The row's mistakes, each told with its place in the file.
            let mut row_errors = Errors::default();
            let end = last_span(&row.tokens);
            let parsed = entry(row.tokens, end, &form, &mut row_errors);
            if let Some(e) = row_errors.take() {
                errors.push(error::located(e, Some(&row.at), &|_| None));
            }
            if let Some(mut parsed) = parsed {
                parsed.origin = Some(row.at);
                entries.push(parsed);
            }
        }
        file = Some((source.path, source.span));
    }
    entries.extend(
        chunks
            .into_iter()
            .filter_map(|(chunk, end)| entry(chunk, end, &form, errors)),
    );
    let plain_attrs = table_attrs
        .pass_through
        .iter()
        .filter(|a| attr::kept_without_variants(a))
        .cloned()
        .collect();
    Ok(Some(Table {
        attrs: table_attrs.pass_through,
        plain_attrs,
        langs,
        krate: table_attrs.krate,
        serde: table_attrs.serde,
        check: table_attrs.check,
        shape: table_attrs.shape,
        columns: table_attrs.columns,
        derives_serde: table_attrs.derives_serde,
        equals: table_attrs.equals,
        hex: table_attrs.hex,
        reserved,
        classes,
        url: table_attrs.url,
        file,
        vis,
        ident,
        repr,
        entries,
        body_is_empty,
        body_span: body.span(),
    }))
}

fn value_type(ty: &TokenStream, colon: Span, errors: &mut Errors) -> Option<Repr> {
    let trees: Vec<TokenTree> = ty.clone().into_iter().collect();
    let is_where = |tt: &TokenTree| matches!(tt, TokenTree::Ident(i) if i == "where");
    if let Some(at) = trees.iter().position(is_where) {
        let clause: TokenStream = trees[at..].iter().cloned().collect();
        errors.push(error::where_clause(clause));
        return value_type(&trees[..at].iter().cloned().collect(), colon, errors);
    }
    let mut iter = trees.iter();
    match (iter.next(), iter.next()) {
        (None, _) => errors.push(error::missing_type(colon, "Name")),
        (Some(TokenTree::Ident(ident)), None) => match Repr::from_name(&ident.to_string()) {
            Some(repr) => return Some(repr),
            None => errors.push(error::unsupported_type(ty, Repr::NAMES)),
        },
        // A path to one of C's types: `core::ffi::c_int`, `libc::c_long`.
        _ => match c_type_path(&trees) {
            Some(repr) => return Some(repr),
            None => errors.push(error::unsupported_type(ty, Repr::NAMES)),
        },
    }
    None
}

/// The C type a path names by its last segment (`std::os::raw::c_int`).
fn c_type_path(trees: &[TokenTree]) -> Option<Repr> {
    let path: syn::Path = syn::parse2(trees.iter().cloned().collect()).ok()?;
    let last = path.segments.last()?;
    if !last.arguments.is_none() {
        return None;
    }
    Repr::from_name(&last.ident.to_string()).filter(|repr| matches!(repr, Repr::C(_)))
}

/// What an entry's reading needs to know of its table.
struct Form<'a> {
    langs: &'a [Lang],
    repr: Option<Repr>,
    /// Whether the table opens to helper attributes.
    opens: bool,
    /// `#[codes(optional_descriptions)]`.
    optional: bool,
}

/// One entry, its last token at `end`; `None` when its name is unusable (already reported).
fn entry(chunk: TokenStream, end: Span, form: &Form, errors: &mut Errors) -> Option<Entry> {
    let parsed = parse_ending_at(chunk, end, |stream| entry_stream(stream, form, errors));
    match parsed {
        Ok(entry) => entry,
        Err(e) => {
            errors.push(e);
            None
        }
    }
}

fn entry_stream(
    stream: ParseStream,
    form: &Form,
    errors: &mut Errors,
) -> syn::Result<Option<Entry>> {
    let Form {
        langs,
        repr,
        opens,
        optional,
    } = *form;
    let attrs = stream.call(Attribute::parse_outer)?;
    let mut attrs = attr::entry_attrs(attrs, opens, errors);
    let ident = stream
        .call(Ident::parse_any)
        .map_err(|_| error::missing_name(stream.span()))?;
    let name = ident.unraw().to_string();
    let taken = names::taken(&ident);
    match taken {
        Some(Taken::Keyword) => errors.push(error::keyword_name(ident.span(), &name)),
        Some(Taken::Reserved) => errors.push(error::reserved_name(ident.span(), &name)),
        None => {}
    }
    let usable = taken.is_none();

    let mut value = if stream.peek(Token![=]) && !stream.peek(Token![=>]) {
        let eq: Token![=] = stream.parse()?;
        Some(value(stream, eq.span, repr, errors))
    } else {
        None
    };
    // `= _`: no value, deliberately.
    let no_value = value
        .as_ref()
        .and_then(|v| v.target.as_ref())
        .filter(|target| *target == "_")
        .map(Ident::span);
    if no_value.is_some() {
        value = None;
    }
    let is_alias = attrs.alias.is_some() || value.as_ref().is_some_and(|v| v.target.is_some());
    if is_alias {
        attr::on_alias(&mut attrs.pass_through, &name, errors);
        if let Some((_, span)) = attrs.since.take() {
            errors.push(error::history_on_alias(span, "since", &name));
        }
        if let Some(retired) = attrs.retired.take() {
            errors.push(error::history_on_alias(retired.span, "retired", &name));
        }
    }

    let descriptions = if stream.peek(Token![=>]) {
        let arrow: Token![=>] = stream.parse()?;
        descriptions(stream, arrow.spans[1], langs, errors)
    } else if is_alias && stream.is_empty() {
        // An alias may go without a description of its own.
        Vec::new()
    } else if optional && stream.is_empty() {
        // So may any entry of a table with `optional_descriptions`: its description is
        // empty in every language.
        vec![String::new(); langs.len()]
    } else {
        let span = if stream.is_empty() {
            value
                .as_ref()
                .and_then(|v| v.tokens.clone().into_iter().last())
                .map_or(ident.span(), |tt| tt.span())
        } else {
            stream.span()
        };
        errors.push(error::missing_arrow(span));
        drain(stream);
        vec![String::new(); langs.len()]
    };

    if !stream.is_empty() {
        let rest = drain(stream);
        errors.push(error::trailing_tokens(rest));
    }

    Ok(usable.then_some(Entry {
        docs: attrs.docs,
        deprecated: attrs.deprecated,
        alias: attrs.alias,
        doc_attrs: attrs.doc_attrs,
        attrs: attrs.pass_through,
        columns: attrs.columns,
        equals: attrs.equals,
        ident,
        name,
        value,
        no_value,
        descriptions,
        since: attrs.since,
        retired: attrs.retired,
        origin: None,
    }))
}

/// The value after `=`: every token up to `=>`: an integer literal with an optional leading
/// `-`, the name of an earlier entry (an alias), `_` (no value), an integer expression, or
/// a string table's string literal.
fn value(stream: ParseStream, eq: Span, repr: Option<Repr>, errors: &mut Errors) -> Value {
    let ty = repr.map_or("integer", Repr::name);
    let is_str = repr.is_some_and(Repr::is_str);
    let mut value = Value {
        tokens: TokenStream::new(),
        number: None,
        target: None,
        text: None,
        suffix: String::new(),
        expr: false,
    };
    // A string literal followed by `=>` or by the end of the entry is the value: a string
    // table's, or a mistake in an integer table, reported once; the `=>` after it reads as
    // usual. Any other string literal is the description after a missing `=>`, reported by
    // the caller.
    if let Some((lit, rest)) = string_literal(stream) {
        if rest.eof() || starts_arrow(rest) {
            let _ = stream.parse::<TokenTree>();
            value.tokens = lit.to_token_stream();
            if is_str {
                value.text = Some(literal_text(&lit));
            } else {
                errors.push(error::string_value(&value.tokens, ty));
            }
            return value;
        }
    }
    // A string literal before `=>` is part of a malformed value (`-"a"`); any other is
    // the description after a missing `=>`.
    let written = take_trees_until(stream, |s| {
        s.peek(Token![=>]) || string_literal(s).is_some_and(|(_, rest)| !starts_arrow(rest))
    });
    // An expression keeps its invisible groups (a `$x:expr` is one operand); the forms of a
    // single token are read through them.
    let original = written.clone();
    let trees = flatten_invisible(written);
    value.tokens = trees.iter().cloned().collect();
    let (negative, literal) = match trees.as_slice() {
        [TokenTree::Ident(target)] => {
            value.target = Some(target.clone());
            return value;
        }
        [TokenTree::Punct(p), TokenTree::Literal(l)] if p.as_char() == '-' => (true, Some(l)),
        [TokenTree::Literal(l)] => (false, Some(l)),
        // Anything else in an integer table is an expression, evaluated in `valid.rs` where
        // the earlier entries are known.
        [_, ..] if !is_str => {
            value.tokens = original.into_iter().collect();
            value.expr = true;
            return value;
        }
        _ => (false, None),
    };
    if !is_str {
        if let Some(number) = literal.and_then(plain_integer) {
            value.number = Some(if negative { -number } else { number });
            return value;
        }
    }
    match literal.map(|l| Lit::new(l.clone())) {
        _ if trees.is_empty() => errors.push(error::missing_value_after_eq(eq)),
        // A string literal that `macro_rules!` passed as a `$x:literal`.
        Some(Lit::Str(lit)) if is_str && !negative => value.text = Some(lit.value()),
        _ if is_str => errors.push(error::integer_in_string_table(&value.tokens)),
        Some(Lit::Int(int)) => {
            value.suffix = int.suffix().to_owned();
            value.number = integer(&int, negative, &value.tokens, errors);
        }
        Some(Lit::Str(_) | Lit::Float(_) | Lit::Char(_) | Lit::Byte(_) | Lit::ByteStr(_)) => {
            errors.push(error::not_an_integer_of(&value.tokens, ty));
        }
        _ => errors.push(error::not_an_integer(&value.tokens)),
    }
    value
}

/// The integer types a literal's suffix may name.
const INTEGER_SUFFIXES: &[&str] = &[
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
];

/// The number an integer literal denotes, or `None` after reporting why it is not a value:
/// a "suffix" that is part of a string code (`42P01`), C's octal zero (`010`), or too many
/// digits.
fn integer(
    int: &LitInt,
    negative: bool,
    tokens: &TokenStream,
    errors: &mut Errors,
) -> Option<i128> {
    if !int.suffix().is_empty() && !INTEGER_SUFFIXES.contains(&int.suffix()) {
        errors.push(error::letters_in_integer(tokens));
        return None;
    }
    let text = int.to_string();
    let mut digits = text.chars();
    if digits.next() == Some('0') && digits.next().is_some_and(|c| c.is_ascii_digit()) {
        errors.push(error::leading_zero(tokens, int.base10_digits()));
        return None;
    }
    match int.base10_digits().parse::<i128>() {
        Ok(n) => Some(if negative { -n } else { n }),
        Err(_) => {
            errors.push(error::huge_value(tokens));
            None
        }
    }
}

/// The description(s) after `=>`, one per language of the table (empty where missing or
/// wrong, already reported).
fn descriptions(
    stream: ParseStream,
    arrow: Span,
    langs: &[Lang],
    errors: &mut Errors,
) -> Vec<String> {
    let mut out = vec![String::new(); langs.len()];
    if stream.is_empty() {
        errors.push(error::missing_description(arrow));
        return out;
    }
    if let Some((lit, _)) = string_literal(stream) {
        let _ = stream.parse::<TokenTree>();
        let text = literal_text(&lit);
        if langs.len() > 1 {
            errors.push(error::plain_description_needs_langs(lit.span(), langs));
        } else if text.trim().is_empty() {
            errors.push(error::empty_description(lit.span(), None));
        } else {
            out[0] = text;
        }
        return out;
    }
    match stream.parse::<TokenTree>() {
        Ok(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
            per_language(g.stream(), g.span(), langs, &mut out, errors);
        }
        Ok(other) => {
            // The rest of the entry belongs to the malformed description (`concat!(..)`):
            // one error, not a second one for trailing tokens.
            let mut written = other.to_token_stream();
            written.extend(drain(stream));
            errors.push(error::not_a_description(written, langs));
        }
        Err(e) => errors.push(e),
    }
    out
}

/// `{ en: "...", zh: "..." }`.
fn per_language(
    body: TokenStream,
    span: Span,
    langs: &[Lang],
    out: &mut [String],
    errors: &mut Errors,
) {
    let mut seen: Vec<Option<Span>> = vec![None; langs.len()];
    let mut complete = true;
    for chunk in split_at_commas(body) {
        let parsed = parse_within(chunk, |stream| {
            let lang = parse_lang(stream)?;
            stream.parse::<Token![:]>()?;
            let lit = match string_literal(stream) {
                Some((lit, _)) => {
                    stream.parse::<TokenTree>()?;
                    lit
                }
                None => stream.parse::<LitStr>()?.token(),
            };
            if !stream.is_empty() {
                return Err(error::trailing_tokens(drain(stream)));
            }
            Ok((lang, lit))
        });
        let (lang, lit) = match parsed {
            Ok(pair) => pair,
            Err(e) => {
                errors.push(e);
                complete = false;
                continue;
            }
        };
        let Some(at) = langs.iter().position(|l| l.name == lang.name) else {
            errors.push(error::unknown_lang(lang.span, &lang.name, langs));
            continue;
        };
        if let Some(first) = seen[at] {
            errors.push(error::repeated_lang(lang.span, &lang.name, first));
            continue;
        }
        seen[at] = Some(lang.span);
        let text = literal_text(&lit);
        if text.trim().is_empty() {
            errors.push(error::empty_description(lit.span(), Some(&lang.name)));
        } else {
            out[at] = text;
        }
    }
    if complete {
        for (lang, seen) in langs.iter().zip(&seen) {
            if seen.is_none() {
                errors.push(error::missing_lang(span, &lang.name));
            }
        }
    }
}

/// Splits off the `@crate(path)` that `codetable::define_codes!` puts first: the path to
/// `codetable` as the user reached it (`$crate`). Anything else is the table language, whole.
pub fn crate_prefix(input: TokenStream) -> (Option<TokenStream>, TokenStream) {
    let mut tokens = input.clone().into_iter();
    if let (
        Some(TokenTree::Punct(at)),
        Some(TokenTree::Ident(word)),
        Some(TokenTree::Group(path)),
    ) = (tokens.next(), tokens.next(), tokens.next())
    {
        if at.as_char() == '@' && word == "crate" && path.delimiter() == Delimiter::Parenthesis {
            return (Some(path.stream()), tokens.collect());
        }
    }
    (None, input)
}
