//! Printing entries: aligned text for people, JSON for programs.

use crate::search::{hits, Found, Hit, MatchKind, Query};
use codetable::export::{self, Options};
use codetable::{AliasEntry, Entry, Table, Unknown, Value as CodeValue};
use serde_json::{json, Map, Value};
use std::fmt::Write as _;

/// How to print entries.
#[derive(Clone, Debug, Default)]
pub struct Style {
    /// The language of the descriptions, where a table has it; `None` for each table's
    /// default language.
    pub lang: Option<String>,
    /// Whether to add each entry's long explanation (its details), where it has one.
    pub details: bool,
}

impl Style {
    /// The entry's description in the wanted language and that language, or `None` when its
    /// table does not have that language.
    fn translated(&self, entry: &Entry) -> Option<(&'static str, &'static str)> {
        match &self.lang {
            None => Some((entry.description, default_lang(entry))),
            Some(lang) => {
                let known = entry
                    .langs
                    .iter()
                    .find(|known| known.eq_ignore_ascii_case(lang))?;
                Some((entry.description_in(known)?, known))
            }
        }
    }

    /// The description to print and its language: in the wanted language where the table
    /// has it, in the table's default language otherwise.
    fn description(&self, entry: &Entry) -> (&'static str, &'static str) {
        self.translated(entry)
            .unwrap_or((entry.description, default_lang(entry)))
    }

    /// The alias's own description, in the language of [`Style::description`] of the entry
    /// it stands for; `None` when it has none.
    fn alias_description(&self, alias: &AliasEntry) -> Option<&'static str> {
        let (_, lang) = self.description(&alias.entry);
        alias.description_in(lang)
    }

    /// The note that says which tables lack the wanted language, if any do.
    fn missing_lang_note<'a>(&self, tables: impl IntoIterator<Item = &'a str>) -> Option<String> {
        let lang = self.lang.as_ref()?;
        let mut missing: Vec<&str> = Vec::new();
        for table in tables {
            if !missing.contains(&table) {
                missing.push(table);
            }
        }
        (!missing.is_empty()).then(|| {
            format!(
                "(no {lang} description in {}: shown in the table's default language)",
                missing.join(", ")
            )
        })
    }
}

/// Entries as aligned text, one row each: the table (when `with_table`), the name, the value
/// (`-` when none) and the description, marked `(deprecated)` where it applies, with the
/// typed columns (if the table has any), its history (`since 1.2; retired in 2.0, use NEW`)
/// and the details under the row when the style asks for them, then a line for each alias
/// (`ALIAS: alias of NAME`, with its own description if it has one, and its details when
/// the style asks for them). `indent` starts every line.
/// With `urls`, each entry's URL on a line of its own (`see URL`).
fn rows(
    out: &mut String,
    hits: &[Hit],
    (with_table, urls): (bool, bool),
    indent: &str,
    style: &Style,
) {
    let values: Vec<String> = hits
        .iter()
        .map(|hit| {
            hit.entry
                .value_text()
                .map_or_else(|| "-".to_owned(), |v| v.to_string())
        })
        .collect();
    let table_width = hits.iter().map(|h| h.entry.table.len()).max().unwrap_or(0);
    let name_width = hits.iter().map(|h| h.entry.name.len()).max().unwrap_or(0);
    let value_width = values.iter().map(String::len).max().unwrap_or(0);
    for (hit, value) in hits.iter().zip(&values) {
        let entry = &hit.entry;
        let mut start = indent.to_owned();
        if with_table {
            let _ = write!(start, "{:<table_width$}  ", entry.table);
        }
        let _ = write!(
            start,
            "{:<name_width$}  {value:>value_width$}  ",
            entry.name
        );
        let continuation = " ".repeat(start.chars().count());
        let (description, lang) = style.description(entry);
        lines(out, &start, &continuation, entry.deprecated, description);
        columns(out, &continuation, entry);
        class(out, &continuation, entry.class(), lang);
        history(out, &continuation, entry);
        if let Some(url) = entry.url.filter(|_| urls) {
            let _ = writeln!(out, "{continuation}see {url}");
        }
        // A details text equal to the description (NativeError's) would print it twice.
        let own_details = entry.details.filter(|text| *text != description);
        details(out, &continuation, style, own_details);
        for alias in &hit.aliases {
            let mut text = format!("{}: alias of {}", alias.name, entry.name);
            if let Some(own) = style.alias_description(alias) {
                let _ = write!(text, " - {own}");
            }
            lines(out, &continuation, &continuation, alias.deprecated, &text);
            details(out, &continuation, style, alias.details);
        }
    }
}

/// The entry's typed columns on a line of their own, `name=value` with each value as
/// written ([`codetable::Column`]'s text: `http=503, retryable=true`, `hint=` for a `None`),
/// when its table has any.
fn columns(out: &mut String, continuation: &str, entry: &codetable::Entry) {
    let shown: Vec<String> = entry.columns().map(|c| format!("{}={c}", c.name)).collect();
    if !shown.is_empty() {
        let _ = writeln!(out, "{continuation}{}", shown.join(", "));
    }
}

/// The class of an entry or of an unknown value on a line of its own, `class NAME:
/// description`, when it is in one (`#[classes(...)]`); the description in `lang` where the
/// class has one in it.
fn class(out: &mut String, continuation: &str, class: Option<codetable::ClassInfo>, lang: &str) {
    if let Some(class) = class {
        let description = class.description_in(lang).unwrap_or(class.description);
        let _ = writeln!(out, "{continuation}class {}: {description}", class.name);
    }
}

/// The entry's history on a line of its own, when the table gives one: `since 1.2`,
/// `retired in 2.0, use NEW` (each part as far as the table says).
fn history(out: &mut String, continuation: &str, entry: &codetable::Entry) {
    let mut parts = Vec::new();
    if let Some(since) = entry.since() {
        parts.push(format!("since {since}"));
    }
    if let Some(retired) = entry.retired() {
        let mut text = "retired".to_owned();
        if let Some(until) = retired.until {
            let _ = write!(text, " in {until}");
        }
        if let Some(replacement) = retired.replacement {
            let _ = write!(text, ", use {replacement}");
        }
        parts.push(text);
    }
    if !parts.is_empty() {
        let _ = writeln!(out, "{continuation}{}", parts.join("; "));
    }
}

/// `text`, its first line after `start` (and `(deprecated) ` when `deprecated`), the others
/// after `continuation`.
fn lines(out: &mut String, start: &str, continuation: &str, deprecated: bool, text: &str) {
    let mark = if deprecated { "(deprecated) " } else { "" };
    let mut lines = text.lines();
    let _ = writeln!(out, "{start}{mark}{}", lines.next().unwrap_or_default());
    for line in lines {
        let _ = writeln!(out, "{continuation}{line}");
    }
}

/// The lines of `details` after `continuation` and `| `, when the style asks for them.
fn details(out: &mut String, continuation: &str, style: &Style, details: Option<&str>) {
    if style.details {
        for line in details.into_iter().flat_map(str::lines) {
            let _ = writeln!(out, "{continuation}| {line}");
        }
    }
}

/// The text `explain` prints for search results: a heading, then one aligned row per entry
/// with its table (and a line for each of its aliases), and a note when some tables lack the
/// wanted language.
#[must_use]
pub fn text_results(heading: &str, hits: &[Hit], style: &Style) -> String {
    let mut out = format!("{heading}\n");
    rows(&mut out, hits, (true, true), "  ", style);
    let lacking = hits
        .iter()
        .filter(|hit| style.translated(&hit.entry).is_none())
        .map(|hit| hit.entry.table);
    if let Some(note) = style.missing_lang_note(lacking) {
        let _ = writeln!(out, "{note}");
    }
    out
}

/// Whole tables as aligned text: for each, a heading (its name, how many codes and aliases,
/// its languages), then one row per entry with a line for each alias; tables are separated
/// by a blank line.
#[must_use]
pub fn text_tables(tables: &[Table], style: &Style) -> String {
    let mut out = String::new();
    for (n, table) in tables.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let hits: Vec<Hit> = hits(std::slice::from_ref(table)).collect();
        let _ = writeln!(
            out,
            "{}: {}, descriptions in {}",
            table.name(),
            counted(table),
            table.langs().join(", ")
        );
        // One page for every code (a template without placeholders) is said once.
        let mut pages: Vec<&str> = hits.iter().filter_map(|h| h.entry.url).collect();
        pages.dedup();
        let one_page = (pages.len() == 1 && hits.len() > 1).then(|| pages[0]);
        if let Some(page) = one_page {
            let _ = writeln!(out, "  see {page}");
        }
        rows(&mut out, &hits, (false, one_page.is_none()), "  ", style);
        let lacking = hits
            .first()
            .filter(|h| style.translated(&h.entry).is_none());
        if let Some(note) = style.missing_lang_note(lacking.map(|h| h.entry.table)) {
            let _ = writeln!(out, "{note}");
        }
    }
    out
}

/// `45 codes`, or `45 codes and 2 aliases`: what a table holds.
#[must_use]
pub fn counted(table: &Table) -> String {
    let plural = |n: usize| if n == 1 { "" } else { "es" };
    let codes = table.count();
    let code_s = if codes == 1 { "" } else { "s" };
    match table.aliases().count() {
        0 => format!("{codes} code{code_s}"),
        aliases => format!(
            "{codes} code{code_s} and {aliases} alias{}",
            plural(aliases)
        ),
    }
}

/// Entries as a JSON array with one object per entry:
/// - `table`, the table's name;
/// - `known`, `true`;
/// - `value`, the entry's value: a number, a string table's string, or `null`;
/// - `code`, the entry as its table's serde impls write it: the value, or the name for a
///   table serialized by name (`null` for a table whose own serde impls a `Table` cannot
///   call);
/// - `lang` and `description`, the description in the wanted language where the table has
///   it (else in its default language) and that language;
/// - `entry`, the entry's object of the `codetable/1` export, written by
///   [`codetable::export::json_entry`] with every language of the table: `name`, `value`,
///   `descriptions`, `details`, `deprecated`, `columns`;
/// - `aliases`, the objects of the entry's aliases in that export
///   ([`codetable::export::json_alias`]): `name`, `alias_of`, `value`, `descriptions` (its
///   own), `details`, `deprecated`.
#[must_use]
pub fn json(hits: &[Hit], style: &Style) -> String {
    // Every language of the table, as `explain --export json` writes the entries.
    let every_lang = Options::new();
    let items = hits.iter().map(|hit| {
        let entry = &hit.entry;
        let (description, lang) = style.description(entry);
        let mut object = Map::new();
        object.insert("table".into(), entry.table.into());
        object.insert("known".into(), true.into());
        object.insert("value".into(), entry.value.map_or(Value::Null, json_value));
        let code = serde_json::to_value(entry).unwrap_or(Value::Null);
        object.insert("code".into(), code);
        object.insert("lang".into(), lang.into());
        object.insert("description".into(), description.into());
        let mut text = String::new();
        let _ = export::json_entry(&mut text, entry, &every_lang, 0);
        object.insert("entry".into(), parsed(&text));
        let aliases = hit.aliases.iter().map(|alias| {
            let mut text = String::new();
            let _ = export::json_alias(&mut text, alias, &every_lang, 0);
            parsed(&text)
        });
        object.insert("aliases".into(), aliases.collect());
        Value::Object(object)
    });
    array(items)
}

/// Values that tables do not know as a JSON array, one object per table, with the keys of
/// [`json()`]'s objects: `table`, `known` (`false`), `value`, `code` (the value as serde
/// writes `Open<C>`), `lang`, `description` and `entry` (`null`) and `aliases` (`[]`), and
/// `class`, the class the table's ranges or prefixes give the value (or `null`).
#[must_use]
pub fn json_unknown(unknowns: &[Unknown]) -> String {
    array(unknowns.iter().map(|unknown| {
        json!({
            "table": unknown.table().name(),
            "known": false,
            "value": json_value(unknown.value()),
            "code": serde_json::to_value(unknown).unwrap_or(Value::Null),
            "lang": null,
            "description": null,
            "entry": null,
            "aliases": [],
            "class": unknown.class().map(|class| class.name),
        })
    }))
}

/// `items` as a pretty JSON array, with a final newline.
fn array(items: impl Iterator<Item = Value>) -> String {
    let mut out = serde_json::to_string_pretty(&items.collect::<Vec<_>>()).unwrap_or_default();
    out.push('\n');
    out
}

/// JSON that the export wrote, read back.
fn parsed(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

/// A value as JSON: a number, or the string. Table values are at most 64 bits wide, so
/// they fit in `i64` or `u64`; a wider integer (impossible for a `define_codes!` table)
/// becomes a string.
#[must_use]
pub fn json_value(value: CodeValue<'_>) -> Value {
    match value {
        CodeValue::Int(int) => {
            if let Ok(small) = i64::try_from(int) {
                small.into()
            } else if let Ok(big) = u64::try_from(int) {
                big.into()
            } else {
                int.to_string().into()
            }
        }
        CodeValue::Str(text) => text.into(),
    }
}

/// The text `explain` prints for a value that no table searched knows: a heading, then a
/// line for each table, as `Open` prints the value (`SignalingError 1005 (not in the
/// table)`, `SqlState XX999 (not in the table)`).
#[must_use]
pub fn text_unknown(query: &Query, unknowns: &[Unknown]) -> String {
    let mut out = format!("No table knows the value {}:\n", asked(query));
    for unknown in unknowns {
        let _ = writeln!(out, "  {unknown}");
        class(&mut out, "    ", unknown.class(), "");
    }
    out
}

/// The table's default language.
fn default_lang(entry: &Entry) -> &'static str {
    entry.langs.first().copied().unwrap_or_default()
}

/// The line `explain` prints above its results, saying how they matched `query`.
#[must_use]
pub fn heading(query: &Query, found: &Found) -> String {
    match (query, found.kind) {
        (Query::Number { .. }, _) | (_, MatchKind::Value) => {
            // The numbers, then the strings the hits of string tables have (`01000`).
            let mut asked: Vec<String> = query.values().iter().map(i128::to_string).collect();
            for hit in &found.hits {
                if let Some(CodeValue::Str(text)) = hit.entry.value {
                    if !asked.iter().any(|known| known == text) {
                        asked.push(text.to_owned());
                    }
                }
            }
            if asked.is_empty() {
                asked.push(shorten(query.text()));
            }
            format!("Codes with value {}:", asked.join(" or "))
        }
        (Query::Text(text), MatchKind::ValueOrName) => {
            format!("Codes with value or name {text}:")
        }
        (Query::Text(text), MatchKind::Name) => {
            // The name as declared: the entry's, or the alias's the query gave.
            let name = found
                .hits
                .iter()
                .find_map(|hit| hit.name_like(text))
                .unwrap_or(text.as_str());
            format!("Codes named {name}:")
        }
        (Query::Text(text), MatchKind::Words) => {
            format!(
                "Codes whose name, description or value contains {:?}:",
                shorten(text)
            )
        }
    }
}

/// The one line `explain` prints on stderr when `query` finds nothing; `scope` names the
/// tables searched when they are not all of them.
#[must_use]
pub fn nothing_found(query: &Query, scope: Option<&[Table]>) -> String {
    let what = match query {
        Query::Number { values, .. } if !values.is_empty() => {
            format!("no code has the value {}", alternatives(values))
        }
        Query::Number { text, .. } => format!(
            "no code has the value {}: it is out of any table's range",
            shorten(text)
        ),
        Query::Text(text) => format!(
            "no code is named {:?} or mentions it in its name or description",
            shorten(text)
        ),
    };
    match scope {
        Some(tables) => {
            let names: Vec<&str> = tables.iter().map(Table::name).collect();
            format!("{what} in {}", names.join(", "))
        }
        None => what,
    }
}

/// The values a query asks for: `501`, `-17 or 17`, or the text (`42P01`).
fn asked(query: &Query) -> String {
    match query.values() {
        [] => shorten(query.text()),
        // A hex query is echoed as written too, so `0x80070005` is recognisable.
        values if is_hex(query.text()) => format!("{} ({})", query.text(), alternatives(values)),
        values => alternatives(values),
    }
}

/// Whether `text` is written in hexadecimal (`0x1F5`, `-0X1f5`).
fn is_hex(text: &str) -> bool {
    let digits = text.trim_start_matches(['-', '+']);
    digits.starts_with("0x") || digits.starts_with("0X")
}

/// `501`, or `-17 or 17`.
fn alternatives(values: &[i128]) -> String {
    let texts: Vec<String> = values.iter().map(ToString::to_string).collect();
    texts.join(" or ")
}

/// At most 60 characters of `text`, with `...` when it is cut.
fn shorten(text: &str) -> String {
    const KEPT: usize = 60;
    match text.char_indices().nth(KEPT) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.to_owned(),
    }
}
