//! [`json`]: a JSON document of schema `codetable/1`.

use super::{Options, Row};
use crate::{AliasEntry, Entry, Table, Value};
use core::fmt::{self, Write};

/// The schema's name and version, the document's `schema`.
const SCHEMA: &str = "codetable/1";

/// Writes the tables as a JSON document of schema `codetable/1` (see the
/// [module docs](super) for the schema), with a final newline.
///
/// # Errors
/// `out`'s.
pub fn json(out: &mut dyn Write, tables: &[Table], options: &Options<'_>) -> fmt::Result {
    out.write_str("{\n  \"schema\": ")?;
    write_json_string(out, SCHEMA)?;
    out.write_str(",\n  \"tables\": [")?;
    let mut first = true;
    for table in options.select(tables) {
        out.write_str(if first { "\n" } else { ",\n" })?;
        first = false;
        write_table(out, table, options)?;
    }
    out.write_str(if first { "]\n}\n" } else { "\n  ]\n}\n" })
}

fn write_table(out: &mut dyn Write, table: &Table, options: &Options<'_>) -> fmt::Result {
    out.write_str("    {\n      \"name\": ")?;
    write_json_string(out, table.name())?;
    let value_type = if table.value_type() == "str" {
        "string"
    } else {
        "integer"
    };
    write!(
        out,
        ",\n      \"value_type\": \"{value_type}\",\n      \"type\": "
    )?;
    write_json_string(out, table.value_type())?;
    out.write_str(",\n      \"langs\": ")?;
    list(out, options.langs_of(table))?;
    out.write_str(",\n      \"columns\": ")?;
    list(out, table.columns().iter().copied())?;
    out.write_str(",\n      \"entries\": [")?;
    let mut first = true;
    for entry in table.entries() {
        out.write_str(if first { "\n" } else { ",\n" })?;
        first = false;
        write_entry(out, table, &entry, options)?;
    }
    out.write_str(if first { "],\n" } else { "\n      ],\n" })?;
    out.write_str("      \"aliases\": [")?;
    let mut first = true;
    for alias in table.aliases() {
        out.write_str(if first { "\n" } else { ",\n" })?;
        first = false;
        write_alias(out, table, &alias, options)?;
    }
    out.write_str(if first {
        "]\n    }"
    } else {
        "\n      ]\n    }"
    })
}

/// The fields an entry and an alias share, after `name`: `value`, `descriptions`, `details`
/// and `deprecated`.
fn common(out: &mut dyn Write, table: &Table, row: &Row, options: &Options<'_>) -> fmt::Result {
    out.write_str(",\n          \"value\": ")?;
    match row.entry().value {
        Some(Value::Int(value)) => write!(out, "{value}")?,
        Some(Value::Str(value)) => write_json_string(out, value)?,
        None => out.write_str("null")?,
    }
    out.write_str(",\n          \"descriptions\": {")?;
    let mut first = true;
    for lang in options.langs_of(table) {
        if let Some(text) = row.description_in(lang) {
            out.write_str(if first { "" } else { ", " })?;
            first = false;
            write_json_string(out, lang)?;
            out.write_str(": ")?;
            write_json_string(out, text)?;
        }
    }
    out.write_str("},\n          \"details\": ")?;
    match row.details() {
        Some(details) => write_json_string(out, details)?,
        None => out.write_str("null")?,
    }
    write!(out, ",\n          \"deprecated\": {}", row.deprecated())
}

fn write_entry(
    out: &mut dyn Write,
    table: &Table,
    entry: &Entry,
    options: &Options<'_>,
) -> fmt::Result {
    out.write_str("        {\n          \"name\": ")?;
    write_json_string(out, entry.name)?;
    common(out, table, &Row::Entry(*entry), options)?;
    out.write_str(",\n          \"columns\": {")?;
    let mut first = true;
    for column in entry.columns() {
        out.write_str(if first { "" } else { ", " })?;
        first = false;
        write_json_string(out, column.name)?;
        out.write_str(": ")?;
        let mut text = JsonText { out };
        text.out.write_char('"')?;
        write!(text, "{column}")?;
        text.out.write_char('"')?;
    }
    out.write_str("}\n        }")
}

fn write_alias(
    out: &mut dyn Write,
    table: &Table,
    alias: &AliasEntry,
    options: &Options<'_>,
) -> fmt::Result {
    out.write_str("        {\n          \"name\": ")?;
    write_json_string(out, alias.name)?;
    out.write_str(",\n          \"alias_of\": ")?;
    write_json_string(out, alias.entry.name)?;
    common(out, table, &Row::Alias(*alias), options)?;
    out.write_str("\n        }")
}

/// `["a", "b"]`.
fn list<'s>(out: &mut dyn Write, items: impl Iterator<Item = &'s str>) -> fmt::Result {
    out.write_char('[')?;
    for (at, item) in items.enumerate() {
        if at > 0 {
            out.write_str(", ")?;
        }
        write_json_string(out, item)?;
    }
    out.write_char(']')
}

/// Writes `text` as a JSON string, quotes included: `"`, `\` and control characters
/// escaped (`\n`, `\r`, `\t`, `\b`, `\f`, else `\u00XX`), and U+2028 and U+2029 as `\u2028`
/// and `\u2029` so that the output is also JavaScript; every other character as it is.
///
/// ```
/// let mut out = String::new();
/// codetable::export::write_json_string(&mut out, "say \"hi\"\n\u{1}网络")?;
/// assert_eq!(out, r#""say \"hi\"\n\u0001网络""#);
/// # Ok::<(), core::fmt::Error>(())
/// ```
///
/// # Errors
/// `out`'s.
pub fn write_json_string(out: &mut dyn Write, text: &str) -> fmt::Result {
    out.write_char('"')?;
    JsonText { out }.write_str(text)?;
    out.write_char('"')
}

/// The inside of a JSON string.
struct JsonText<'o> {
    out: &'o mut dyn Write,
}

impl Write for JsonText<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let mut start = 0;
        for (at, c) in s.char_indices() {
            let escape = match c {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u{8}' => "\\b",
                '\u{c}' => "\\f",
                '\u{2028}' => "\\u2028",
                '\u{2029}' => "\\u2029",
                c if c < ' ' => "",
                _ => continue,
            };
            self.out.write_str(&s[start..at])?;
            if escape.is_empty() {
                write!(self.out, "\\u{:04x}", u32::from(c))?;
            } else {
                self.out.write_str(escape)?;
            }
            start = at + c.len_utf8();
        }
        self.out.write_str(&s[start..])
    }
}
