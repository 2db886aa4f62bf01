//! A table's entries read from a data file: `#[file("codes.csv", ...)]` names the file,
//! relative to the declaring crate's manifest directory, and which header names the file's
//! columns have. Each row becomes the tokens of an entry written in Rust (`#[doc = ...]
//! #[deprecated] #[columns(...)] NAME = value => "description"`), all spanned at the path,
//! for `parse.rs` to read as it reads the entries of the body: the same checks apply to
//! both. Each row keeps its place in the file (`codes.csv:14:9`), which `parse.rs` and
//! `valid.rs` put in front of the messages about it.
//!
//! The header names, each declared as `role = "Header"` or found by its default name
//! (compared ignoring ASCII case): `name`; `value` (or `code`); `description`, or with
//! several languages `description_<lang>` each (`descriptions(en = "...", zh = "...")`);
//! `details`; `deprecated`; `alias_of`; a typed column by its own name
//! (`columns(http = "HTTP status")`). `name_prefix = "ERRCODE_"` strips a prefix from the
//! names. The file is CSV, TSV (`format = tsv`, the default for a `.tsv` file) or
//! PostgreSQL's `errcodes.txt` (`format = errcodes`, read by `errcodes.rs`).

use crate::ast::{Class, ClassRule, Column, Lang, Repr, Reserved};
use crate::csv::{self, Cell, Record};
use crate::errcodes;
use crate::error::{self, Errors};
use crate::history;
use crate::names::{self, Case, Taken};
use crate::syntax::respan;
use proc_macro2::{Literal, Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitStr, Meta, Token};

/// The file a table's entries come from, and its rows as entries.
pub struct Source {
    /// The path as written, relative to the manifest directory.
    pub path: String,
    /// The span of the path literal: where every message about the file points.
    pub span: Span,
    /// The rows that could be read as entries (the others are reported).
    pub rows: Vec<Row>,
    /// How many rows the file has after its header, read or not.
    pub records: usize,
    /// The values of the rows `reserved(...)` picks out.
    pub reserved: Reserved,
    /// The classes the file declares (errcodes.txt's `Section: Class XX - Title` lines),
    /// for `#[classes(from_file)]`; `None` for a format that has no classes.
    pub classes: Option<Vec<Class>>,
}

/// One row of the file, as the tokens of an entry.
pub struct Row {
    pub tokens: TokenStream,
    /// `path:line:column` of the row's value cell (its name cell when it has no value).
    pub at: String,
}

/// How the file is written: `format = csv`, `tsv` (the default for a `.tsv` file, CSV
/// otherwise) or `errcodes`, PostgreSQL's `errcodes.txt` (see `errcodes.rs`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Format {
    Delimited(csv::Format),
    Errcodes,
}

/// What `#[file(...)]` declares.
struct Decl {
    path: LitStr,
    format: Format,
    /// `name_prefix = "ERRCODE_"`: what the names (and the names `alias_of` gives) lose in
    /// front.
    name_prefix: String,
    /// `(role, header, declared)`: the header each role reads, and whether it was declared
    /// (a default header may be absent when the role is optional).
    headers: Vec<(Role, String, bool)>,
    /// `name = upper_snake("Description")`: the names are another column's text, in a case.
    name_case: Option<Case>,
    /// `skip(description = "Unassigned")` and `reserved(description = "(Unused)")`.
    rules: Vec<Rule>,
}

/// Rows picked out by the text of one of their cells: skipped, or their value reserved.
struct Rule {
    reserve: bool,
    role: Role,
    text: String,
    /// The rule as written, for a message about it.
    tokens: TokenStream,
}

#[derive(Clone, PartialEq, Eq, Debug)]
enum Role {
    Name,
    Value,
    /// A description, in the language at this index of the table's languages.
    Description(usize),
    Details,
    Deprecated,
    AliasOf,
    /// The typed column at this index of the table's columns.
    Column(usize),
}

/// What the table needs to know to turn rows into entries.
pub struct Table<'a> {
    pub langs: &'a [Lang],
    pub columns: &'a [Column],
    pub repr: Option<Repr>,
    pub optional_descriptions: bool,
}

/// The rows of the file `attr` names; `None` after reporting why there are none.
pub fn source(attr: &Attribute, table: &Table, errors: &mut Errors) -> Option<Source> {
    let decl = match declaration(attr, table) {
        Ok(decl) => decl,
        Err(e) => {
            errors.push(e);
            return None;
        }
    };
    let path = decl.path.value();
    let span = decl.path.span();
    let text = match read(&path) {
        Ok(text) => text,
        Err(why) => {
            errors.push(error::file_unreadable(span, &path, &why));
            return None;
        }
    };
    let (records, classes) = match decl.format {
        Format::Delimited(format) => (csv::read(&text, format), None),
        Format::Errcodes => (
            errcodes::read(&text),
            Some(sections(&path, span, &text, table.langs, errors)),
        ),
    };
    let records = match records {
        Ok(records) => records,
        Err(m) => {
            let at = format!("{path}:{}:{}", m.line, m.column);
            errors.push(error::file_malformed(span, &at, m.what));
            return None;
        }
    };
    let Some((header, records)) = records.split_first() else {
        errors.push(error::file_malformed(span, &path, "no header row"));
        return None;
    };
    let mut columns = Vec::new();
    let mut missing = false;
    for (role, name, declared) in &decl.headers {
        let found = header.cells.iter().position(|cell| {
            cell.text.trim() == name || (!declared && cell.text.trim().eq_ignore_ascii_case(name))
        });
        match found {
            Some(at) => columns.push((role.clone(), at)),
            None if *declared || required(role, table) => {
                let found: Vec<&str> = header.cells.iter().map(|c| c.text.as_str()).collect();
                let at = format!("{path}:{}", header.line);
                errors.push(error::file_missing_header(span, &at, name, &found));
                missing = true;
            }
            None => {}
        }
    }
    for rule in &decl.rules {
        if !columns.iter().any(|(role, _)| *role == rule.role) {
            errors.push(error::file_rule_without_column(&rule.tokens));
            missing = true;
        }
    }
    if missing {
        return None;
    }
    let mut rows = Vec::with_capacity(records.len());
    let mut reserved = Reserved::default();
    let names = Names {
        path: &path,
        span,
        prefix: &decl.name_prefix,
        case: decl.name_case,
    };
    for record in records {
        if record.cells.len() != header.cells.len() {
            let at = format!("{path}:{}", record.line);
            let (found, wanted) = (record.cells.len(), header.cells.len());
            errors.push(error::file_row_width(span, &at, found, wanted));
            return None;
        }
        let cell_of = |role: &Role| {
            let (_, at) = columns.iter().find(|(r, _)| r == role)?;
            Some(&record.cells[*at])
        };
        let picked = decl
            .rules
            .iter()
            .find(|rule| cell_of(&rule.role).is_some_and(|cell| cell.text.trim() == rule.text));
        match picked {
            Some(rule) if rule.reserve => {
                let value = cell_of(&Role::Value).expect("a required column");
                reserve(value, table.repr, &names, &mut reserved, errors);
            }
            Some(_) => {}
            None => match row(record, &columns, table, &names, errors) {
                Ok(row) => rows.push(row),
                Err(e) => errors.push(e),
            },
        }
    }
    Some(Source {
        path,
        span,
        rows,
        records: records.len(),
        reserved,
        classes,
    })
}

/// errcodes.txt's classes: each `Section: Class 22 - Data Exception` line a class of the
/// codes that begin with `22`, described by its title and named by the title in upper camel
/// case without its remarks in parentheses (`No Data (this is also a warning class ...)` is
/// `NoData`).
fn sections(path: &str, span: Span, text: &str, langs: &[Lang], errors: &mut Errors) -> Vec<Class> {
    let mut classes = Vec::new();
    for section in errcodes::sections(text) {
        let mut bare = String::new();
        let mut depth = 0_usize;
        for c in section.title.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                c if depth == 0 => bare.push(c),
                _ => {}
            }
        }
        let name = Case::UpperCamel.apply(&bare);
        let Ok(mut ident) = syn::parse_str::<Ident>(&name) else {
            let at = format!("{path}:{}", section.line);
            errors.push(error::file_cell_name(span, &at, &name));
            continue;
        };
        ident.set_span(span);
        let mut descriptions = vec![String::new(); langs.len().max(1)];
        descriptions[0] = section.title;
        let literal = Literal::string(&section.class);
        classes.push(Class {
            ident,
            descriptions,
            rule: ClassRule::Prefix(section.class),
            tokens: respan(quote!(#literal), span),
            origin: Some(format!("{path}:{}", section.line)),
        });
    }
    classes
}

/// Reserves the value of a row that `reserved(...)` picks out: one value, a range written
/// `low-high` as registries write one, or a string table's text.
fn reserve(
    value: &Cell,
    repr: Option<Repr>,
    names: &Names,
    out: &mut Reserved,
    errors: &mut Errors,
) {
    let at = format!("{}:{}:{}", names.path, value.line, value.column);
    let text = value.text.trim();
    let tokens = if repr.is_some_and(Repr::is_str) {
        Ok(Literal::string(text).into_token_stream())
    } else {
        let range = text
            .split_once('-')
            .filter(|(low, _)| !low.trim().is_empty())
            .map_or_else(
                || text.to_owned(),
                |(low, high)| format!("{}..={}", low.trim(), high.trim()),
            );
        range
            .parse::<TokenStream>()
            .map_err(|_| error::file_cell_tokens(names.span, &at, text))
    };
    let mut row_errors = Errors::default();
    match tokens {
        Ok(tokens) => {
            let before = out.values.len();
            history::reserved_item(respan(tokens, names.span), repr, out, &mut row_errors);
            for value in &mut out.values[before..] {
                value.origin = Some(at.clone());
            }
        }
        Err(e) => row_errors.push(e),
    }
    if let Some(e) = row_errors.take() {
        errors.push(error::located(e, Some(&at), &|_| None));
    }
}

/// Whether a table cannot do without the column of `role`.
fn required(role: &Role, table: &Table) -> bool {
    match role {
        Role::Name | Role::Value => true,
        Role::Description(_) => !table.optional_descriptions,
        Role::Column(at) => table.columns[*at].default.is_none(),
        Role::Details | Role::Deprecated | Role::AliasOf => false,
    }
}

/// The file's text, read from the manifest directory of the crate being compiled.
fn read(path: &str) -> Result<String, String> {
    let dir = std::env::var("CARGO_MANIFEST_DIR")
        .map_err(|_| "CARGO_MANIFEST_DIR is not set (build with cargo)".to_owned())?;
    let bytes = std::fs::read(std::path::Path::new(&dir).join(path)).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        let column = valid
            .rsplit(|b| *b == b'\n')
            .next()
            .map_or(0, |l| String::from_utf8_lossy(l).chars().count())
            + 1;
        format!("invalid UTF-8 at {path}:{line}:{column}")
    })
}

/// `#[file("path", format = tsv, name = "Header", ..., descriptions(en = "..."),
/// columns(col = "..."))]`.
fn declaration(attr: &Attribute, table: &Table) -> syn::Result<Decl> {
    let Meta::List(list) = &attr.meta else {
        return Err(error::malformed_file_attr(attr));
    };
    let parser = |stream: ParseStream| {
        let path: LitStr = stream.parse()?;
        let mut options = Punctuated::<Meta, Token![,]>::new();
        if !stream.is_empty() {
            stream.parse::<Token![,]>()?;
            options = Punctuated::parse_terminated(stream)?;
        }
        Ok((path, options))
    };
    let (path, options) = parser
        .parse2(list.tokens.clone())
        .map_err(|_| error::malformed_file_attr(attr))?;
    let mut decl = Decl {
        path,
        format: Format::Delimited(csv::Format::Csv),
        name_prefix: String::new(),
        headers: Vec::new(),
        name_case: None,
        rules: Vec::new(),
    };
    if decl.path.value().to_ascii_lowercase().ends_with(".tsv") {
        decl.format = Format::Delimited(csv::Format::Tsv);
    }
    let mut declared: Vec<(Role, String)> = Vec::new();
    for option in options {
        let key = option
            .path()
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        match (&option, key.as_str()) {
            (Meta::NameValue(nv), "format") => {
                decl.format = match nv.value.to_token_stream().to_string().as_str() {
                    "csv" => Format::Delimited(csv::Format::Csv),
                    "tsv" => Format::Delimited(csv::Format::Tsv),
                    "errcodes" => Format::Errcodes,
                    _ => return Err(error::file_option(&option)),
                };
            }
            (Meta::NameValue(nv), "name") if matches!(nv.value, Expr::Call(_)) => {
                let (case, header) = cased(&nv.value).ok_or_else(|| error::file_option(&option))?;
                decl.name_case = Some(case);
                declared.push((Role::Name, header));
            }
            (Meta::List(list), "skip" | "reserved") => {
                for (key, text) in pairs(list)? {
                    let role = role(&key, table).ok_or_else(|| error::file_option(&option))?;
                    decl.rules.push(Rule {
                        reserve: key_is(&option, "reserved"),
                        role,
                        text,
                        tokens: list.tokens.clone(),
                    });
                }
            }
            (Meta::NameValue(nv), "name_prefix") => {
                decl.name_prefix = string(&nv.value).ok_or_else(|| error::file_option(&option))?;
            }
            (Meta::List(list), "descriptions") => {
                for (lang, header) in pairs(list)? {
                    let Some(at) = table.langs.iter().position(|l| l.name == lang) else {
                        return Err(error::file_option(&option));
                    };
                    declared.push((Role::Description(at), header));
                }
            }
            (Meta::List(list), "columns") => {
                for (name, header) in pairs(list)? {
                    let Some(at) = table.columns.iter().position(|c| c.name == name) else {
                        return Err(error::file_option(&option));
                    };
                    declared.push((Role::Column(at), header));
                }
            }
            (Meta::NameValue(nv), _) => {
                let role = match role(&key, table) {
                    Some(Role::Column(_)) | None => return Err(error::file_option(&option)),
                    Some(role) => role,
                };
                let header = string(&nv.value).ok_or_else(|| error::file_option(&option))?;
                declared.push((role, header));
            }
            _ => return Err(error::file_option(&option)),
        }
    }
    for (role, default) in roles(table) {
        match declared.iter().find(|(r, _)| *r == role) {
            Some((_, header)) => decl.headers.push((role, header.clone(), true)),
            None => decl.headers.push((role, default, false)),
        }
    }
    Ok(decl)
}

/// The role a key of `#[file(...)]` names: `name`, `value`, `description`, `details`,
/// `deprecated`, `alias_of`, or, in `skip(...)` and `reserved(...)`, a typed column.
fn role(key: &str, table: &Table) -> Option<Role> {
    Some(match key {
        "name" => Role::Name,
        "value" => Role::Value,
        "description" => Role::Description(0),
        "details" => Role::Details,
        "deprecated" => Role::Deprecated,
        "alias_of" => Role::AliasOf,
        _ => Role::Column(table.columns.iter().position(|c| c.name == key)?),
    })
}

fn key_is(option: &Meta, key: &str) -> bool {
    option.path().is_ident(key)
}

/// `upper_snake("Header")`: the case and the header.
fn cased(expr: &Expr) -> Option<(Case, String)> {
    let Expr::Call(call) = expr else { return None };
    let Expr::Path(func) = &*call.func else {
        return None;
    };
    let case = Case::from_name(&func.path.get_ident()?.to_string())?;
    match call.args.iter().collect::<Vec<_>>()[..] {
        [arg] => Some((case, string(arg)?)),
        _ => None,
    }
}

/// Every role a table's file may fill, with its default header name.
fn roles(table: &Table) -> Vec<(Role, String)> {
    let mut roles = vec![
        (Role::Name, "name".to_owned()),
        (Role::Value, "value".to_owned()),
    ];
    match table.langs {
        [_] => roles.push((Role::Description(0), "description".to_owned())),
        langs => roles.extend(
            langs
                .iter()
                .enumerate()
                .map(|(at, lang)| (Role::Description(at), format!("description_{}", lang.name))),
        ),
    }
    roles.push((Role::Details, "details".to_owned()));
    roles.push((Role::Deprecated, "deprecated".to_owned()));
    roles.push((Role::AliasOf, "alias_of".to_owned()));
    roles.extend(
        table
            .columns
            .iter()
            .enumerate()
            .map(|(at, c)| (Role::Column(at), c.name.clone())),
    );
    roles
}

/// `(key = "header", ...)`.
fn pairs(list: &syn::MetaList) -> syn::Result<Vec<(String, String)>> {
    let metas = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)?;
    metas
        .iter()
        .map(|meta| match meta {
            Meta::NameValue(nv) => {
                let key = nv.path.get_ident().map(ToString::to_string);
                match (key, string(&nv.value)) {
                    (Some(key), Some(header)) => Ok((key, header)),
                    _ => Err(error::file_option(meta)),
                }
            }
            _ => Err(error::file_option(meta)),
        })
        .collect()
}

fn string(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Str(lit), ..
        }) => Some(lit.value()),
        _ => None,
    }
}

/// A row's entry tokens.
/// Where the rows come from, and the prefix their names lose.
struct Names<'a> {
    path: &'a str,
    span: Span,
    prefix: &'a str,
    case: Option<Case>,
}

/// A row's entry tokens. The mistakes of a cell that the entry's reading would report
/// without its place (a name that is a keyword or reserved, a blank description) are
/// reported here, at the cell, and the entry is read without them.
fn row(
    record: &Record,
    columns: &[(Role, usize)],
    table: &Table,
    names: &Names,
    errors: &mut Errors,
) -> syn::Result<Row> {
    let Names {
        path,
        span,
        prefix,
        case,
    } = *names;
    let cell = |role: &Role| -> Option<&Cell> {
        columns
            .iter()
            .find(|(r, _)| r == role)
            .map(|(_, at)| &record.cells[*at])
    };
    let at = |cell: &Cell| format!("{path}:{}:{}", cell.line, cell.column);
    let tokens_of = |cell: &Cell| -> syn::Result<TokenStream> {
        cell.text
            .trim()
            .parse::<TokenStream>()
            .map_err(|_| error::file_cell_tokens(span, &at(cell), &cell.text))
    };
    // A name cell, or the name an alias names, without the declared prefix, in the
    // declared case.
    let name_of = |cell: &Cell| -> Cell {
        let text = cell.text.trim();
        let text = text.strip_prefix(prefix).unwrap_or(text);
        Cell {
            text: case.map_or_else(|| text.to_owned(), |case| case.apply(text)),
            ..cell.clone()
        }
    };
    let mut out = TokenStream::new();
    if let Some(details) = cell(&Role::Details).filter(|c| !c.text.trim().is_empty()) {
        for line in details.text.lines() {
            let line = Literal::string(&format!(" {line}"));
            out.extend(quote!(#[doc = #line]));
        }
    }
    if let Some(deprecated) = cell(&Role::Deprecated) {
        let text = deprecated.text.trim();
        match text.to_ascii_lowercase().as_str() {
            "" | "false" | "no" | "0" => {}
            "true" | "yes" | "1" | "x" => out.extend(quote!(#[deprecated])),
            _ => {
                let note = Literal::string(text);
                out.extend(quote!(#[deprecated(note = #note)]));
            }
        }
    }
    let alias = cell(&Role::AliasOf).filter(|c| !c.text.trim().is_empty());
    let mut given = Vec::new();
    // An alias has the columns of the code it stands for.
    for (role, _) in columns.iter().filter(|_| alias.is_none()) {
        let Role::Column(index) = role else { continue };
        let Some(c) = cell(role).filter(|c| !c.text.trim().is_empty()) else {
            continue;
        };
        let column = &table.columns[*index];
        let ident = &column.ident;
        let value = column_value(&column.ty, c, &tokens_of)?;
        given.push(quote!(#ident = #value));
    }
    if !given.is_empty() {
        out.extend(quote!(#[columns(#(#given),*)]));
    }
    let name = &name_of(cell(&Role::Name).expect("a required column"));
    let name_tokens = tokens_of(name)?;
    if !matches!(
        name_tokens.clone().into_iter().collect::<Vec<_>>()[..],
        [TokenTree::Ident(_)]
    ) {
        let written = cell(&Role::Name).map_or("", |c| c.text.trim());
        return Err(error::file_cell_name(span, &at(name), written));
    }
    if let Some(TokenTree::Ident(ident)) = name_tokens.clone().into_iter().next() {
        let text = ident.to_string();
        let taken = match names::taken(&ident) {
            Some(Taken::Keyword) => Some(error::keyword_name(span, &text)),
            Some(Taken::Reserved) => Some(error::reserved_name(span, &text)),
            None => None,
        };
        if let Some(taken) = taken {
            return Err(error::located(taken, Some(&at(name)), &|_| None));
        }
    }
    out.extend(name_tokens);
    let value = cell(&Role::Value).expect("a required column");
    let mut located = at(value);
    match alias {
        Some(alias) if !value.text.trim().is_empty() => {
            return Err(error::file_alias_and_value(span, &at(alias)));
        }
        Some(alias) => {
            located = at(alias);
            let target = tokens_of(&name_of(alias))?;
            out.extend(quote!(= #target));
        }
        None if value.text.trim().is_empty() => out.extend(quote!(= _)),
        None if table.repr.is_some_and(Repr::is_str) => {
            let text = Literal::string(value.text.trim());
            out.extend(quote!(= #text));
        }
        None => {
            let tokens = tokens_of(value)?;
            out.extend(quote!(= #tokens));
        }
    }
    let texts: Vec<Option<&Cell>> = (0..table.langs.len())
        .map(|at| cell(&Role::Description(at)))
        .collect();
    let blank = texts
        .iter()
        .all(|c| c.is_none_or(|c| c.text.trim().is_empty()));
    if !(blank && (table.optional_descriptions || alias.is_some())) {
        for (lang, c) in table.langs.iter().zip(&texts) {
            if let Some(c) = c.filter(|c| c.text.trim().is_empty()) {
                let lang = (table.langs.len() > 1).then_some(lang.name.as_str());
                let blank = error::empty_description(span, lang);
                errors.push(error::located(blank, Some(&at(c)), &|_| None));
            }
        }
        // A blank one is reported above; `-` stands in for it, so that the entry is still
        // emitted and uses of its name resolve.
        let text = |c: &Option<&Cell>| {
            let text = c.map_or("", |c| c.text.trim());
            Literal::string(if text.is_empty() { "-" } else { text })
        };
        if let [only] = &texts[..] {
            let only = text(only);
            out.extend(quote!(=> #only));
        } else {
            let langs = table.langs.iter().map(|l| Literal::string(&l.name));
            let texts = texts.iter().map(text);
            out.extend(quote!(=> { #(#langs: #texts),* }));
        }
    }
    Ok(Row {
        tokens: respan(out, span),
        at: located,
    })
}

/// A typed column's value from its cell: a string literal for a `&str` column, `Some(...)`
/// for an `Option`, else the cell's tokens.
fn column_value(
    ty: &syn::Type,
    cell: &Cell,
    tokens_of: &dyn Fn(&Cell) -> syn::Result<TokenStream>,
) -> syn::Result<TokenStream> {
    let written = ty.to_token_stream().to_string().replace(' ', "");
    let inner = written
        .strip_prefix("Option<")
        .or_else(|| written.strip_prefix("::core::option::Option<"))
        .and_then(|s| s.strip_suffix('>'));
    let is_str = |t: &str| t == "&str" || t == "&'staticstr";
    let plain = |t: &str| -> syn::Result<TokenStream> {
        if is_str(t) {
            Ok(Literal::string(cell.text.trim()).into_token_stream())
        } else {
            tokens_of(cell)
        }
    };
    match inner {
        Some(inner) => {
            let value = plain(inner)?;
            Ok(quote!(::core::option::Option::Some(#value)))
        }
        None => plain(&written),
    }
}
