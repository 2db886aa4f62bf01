//! Printing entries: aligned text for people, JSON for programs.

use crate::search::{Found, MatchKind, Query};
use codetable::{Entry, Table};
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
/// details under the row when the style asks for them. `indent` starts every line.
fn rows(out: &mut String, entries: &[Entry], with_table: bool, indent: &str, style: &Style) {
    let values: Vec<String> = entries
        .iter()
        .map(|entry| {
            entry
                .value
                .map_or_else(|| "-".to_owned(), |v| v.to_string())
        })
        .collect();
    let table_width = entries.iter().map(|e| e.table.len()).max().unwrap_or(0);
    let name_width = entries.iter().map(|e| e.name.len()).max().unwrap_or(0);
    let value_width = values.iter().map(String::len).max().unwrap_or(0);
    for (entry, value) in entries.iter().zip(&values) {
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
        let (description, _) = style.description(entry);
        let mark = if entry.deprecated {
            "(deprecated) "
        } else {
            ""
        };
        let mut lines = description.lines();
        let _ = writeln!(out, "{start}{mark}{}", lines.next().unwrap_or_default());
        for line in lines {
            let _ = writeln!(out, "{continuation}{line}");
        }
        if style.details {
            for line in entry.details.into_iter().flat_map(str::lines) {
                let _ = writeln!(out, "{continuation}| {line}");
            }
        }
    }
}

/// The text `explain` prints for search results: a heading, then one aligned row per entry
/// with its table, and a note when some tables lack the wanted language.
#[must_use]
pub fn text_results(heading: &str, entries: &[Entry], style: &Style) -> String {
    let mut out = format!("{heading}\n");
    rows(&mut out, entries, true, "  ", style);
    let lacking = entries
        .iter()
        .filter(|entry| style.translated(entry).is_none())
        .map(|entry| entry.table);
    if let Some(note) = style.missing_lang_note(lacking) {
        let _ = writeln!(out, "{note}");
    }
    out
}

/// Whole tables as aligned text: for each, a heading (its name, how many codes, its
/// languages), then one row per entry; tables are separated by a blank line.
#[must_use]
pub fn text_tables(tables: &[Table], style: &Style) -> String {
    let mut out = String::new();
    for (n, table) in tables.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let entries: Vec<Entry> = table.entries().collect();
        let count = entries.len();
        let plural = if count == 1 { "" } else { "s" };
        let _ = writeln!(
            out,
            "{}: {count} code{plural}, descriptions in {}",
            table.name(),
            table.langs().join(", ")
        );
        rows(&mut out, &entries, false, "  ", style);
        let lacking = entries.first().filter(|e| style.translated(e).is_none());
        if let Some(note) = style.missing_lang_note(lacking.map(|e| e.table)) {
            let _ = writeln!(out, "{note}");
        }
    }
    out
}

/// Entries as a JSON array with one object per entry: `table`, `name`, `value` (`null` when
/// none), `description` (in the wanted language where the table has it), `lang` (the
/// language of `description`), `deprecated`, `details` (`null` when none) and
/// `descriptions`, an object with the description in every language of the table.
#[must_use]
pub fn json(entries: &[Entry], style: &Style) -> String {
    let array: Vec<Value> = entries
        .iter()
        .map(|entry| {
            let (description, lang) = style.description(entry);
            let descriptions: Map<String, Value> = entry
                .langs
                .iter()
                .filter_map(|lang| Some(((*lang).to_owned(), entry.description_in(lang)?.into())))
                .collect();
            json!({
                "table": entry.table,
                "name": entry.name,
                "value": entry.value.map(json_number),
                "description": description,
                "lang": lang,
                "deprecated": entry.deprecated,
                "details": entry.details,
                "descriptions": descriptions,
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&array).unwrap_or_else(|_| "[]".to_owned());
    text.push('\n');
    text
}

/// The table's default language.
fn default_lang(entry: &Entry) -> &'static str {
    entry.langs.first().copied().unwrap_or_default()
}

/// A value as a JSON number. Table values are at most 64 bits wide, so they fit in `i64` or
/// `u64`; a wider value (impossible for a `define_codes!` table) becomes a string.
fn json_number(value: i128) -> Value {
    if let Ok(small) = i64::try_from(value) {
        small.into()
    } else if let Ok(big) = u64::try_from(value) {
        big.into()
    } else {
        value.to_string().into()
    }
}

/// The line `explain` prints above its results, saying how they matched `query`.
#[must_use]
pub fn heading(query: &Query, found: &Found) -> String {
    match (query, found.kind) {
        (Query::Number { .. }, _) | (_, MatchKind::Value) => {
            format!("Codes with value {}:", alternatives(query.values()))
        }
        (Query::Text(text), MatchKind::Name) => {
            let name = found.entries.first().map_or(text.as_str(), |e| e.name);
            format!("Codes named {name}:")
        }
        (Query::Text(text), MatchKind::Words) => {
            format!(
                "Codes whose name or description contains {:?}:",
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
