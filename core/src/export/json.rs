//! [`json`]: a JSON document of schema `codetable/1`; [`json_entry`] and [`json_alias`]: one
//! of its entry and alias objects, for other JSON to embed.

use super::{Options, Row};
use crate::{AliasEntry, ClassRule, ColumnKind, Entry, ReservedValue, Table, Value};
use core::fmt::{self, Write};

/// The schema's name and version, the document's `schema`.
const SCHEMA: &str = "codetable/1";

/// Where the document's entry and alias objects start: in the arrays of a table, which is
/// in the document's `tables`.
const ROW_INDENT: usize = 8;

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
    if let Some(template) = table.url_template() {
        out.write_str(",\n      \"url_template\": ")?;
        write_json_string(out, template)?;
        if table.displays_url() {
            out.write_str(",\n      \"display_url\": true")?;
        }
    }
    write_contract(out, table)?;
    write_classes(out, table, options)?;
    out.write_str(",\n      \"entries\": [")?;
    let mut first = true;
    for entry in table.all() {
        out.write_str(if first { "\n" } else { ",\n" })?;
        first = false;
        indent(out, ROW_INDENT)?;
        json_entry(out, &entry, options, ROW_INDENT)?;
    }
    out.write_str(if first { "],\n" } else { "\n      ],\n" })?;
    out.write_str("      \"aliases\": [")?;
    let mut first = true;
    for alias in table.aliases() {
        out.write_str(if first { "\n" } else { ",\n" })?;
        first = false;
        indent(out, ROW_INDENT)?;
        json_alias(out, &alias, options, ROW_INDENT)?;
    }
    out.write_str(if first {
        "]\n    }"
    } else {
        "\n      ]\n    }"
    })
}

/// Writes `entry` as the object a `codetable/1` document lists it as, among its table's
/// `entries`: `name`, `value`, `descriptions` (in the languages of `options` that the table
/// has), `details`, `deprecated` and `columns` (see the [module docs](super#json)). Other
/// JSON embeds it with this function, so that it holds what the document holds, in the
/// same form.
///
/// The object starts at the cursor with `{`; each key is on a line of its own, indented by
/// `indent` + 2 spaces, and the closing `}` by `indent` spaces (no line break after it). The
/// document writes them with `indent` 8.
///
/// ```
/// use codetable::export::{json_entry, Options};
///
/// codetable::define_codes! {
///     /// Statuses.
///     #[langs(en, zh)]
///     pub enum Status: u16 {
///         /// Retry later.
///         BUSY = 503 => { en: "Busy.", zh: "繁忙。" },
///     }
/// }
///
/// let mut out = String::new();
/// let busy = codetable::Table::of::<Status>().from_name("BUSY").unwrap();
/// json_entry(&mut out, &busy, &Options::new(), 0)?;
/// assert_eq!(
///     out,
///     "{\n  \"name\": \"BUSY\",\n  \"value\": 503,\n  \
///      \"descriptions\": {\"en\": \"Busy.\", \"zh\": \"繁忙。\"},\n  \
///      \"details\": \"Retry later.\",\n  \"deprecated\": false,\n  \"columns\": {}\n}"
/// );
/// # Ok::<(), core::fmt::Error>(())
/// ```
///
/// # Errors
/// `out`'s.
pub fn json_entry(
    out: &mut dyn Write,
    entry: &Entry,
    options: &Options<'_>,
    indent: usize,
) -> fmt::Result {
    let mut object = JsonObject::start(out, indent)?;
    write_json_string(object.key("name")?, entry.name)?;
    common(&mut object, &Row::Entry(*entry), options)?;
    if let Some(since) = entry.since() {
        write_json_string(object.key("since")?, since)?;
    }
    if let Some(retired) = entry.retired() {
        let out = object.key("retired")?;
        out.write_str("{\"until\": ")?;
        optional_string(out, retired.until)?;
        out.write_str(", \"replacement\": ")?;
        optional_string(out, retired.replacement)?;
        out.write_char('}')?;
    }
    if !entry.table().classes().is_empty() {
        optional_string(object.key("class")?, entry.class().map(|c| c.name))?;
    }
    let out = object.key("columns")?;
    out.write_char('{')?;
    for (at, column) in entry.columns().enumerate() {
        out.write_str(if at == 0 { "" } else { ", " })?;
        write_json_string(out, column.name)?;
        out.write_str(": ")?;
        match column.kind() {
            ColumnKind::Empty => out.write_str("null")?,
            ColumnKind::Number | ColumnKind::Bool => write!(out, "{column}")?,
            _ => {
                out.write_char('"')?;
                write!(JsonText { out: &mut *out }, "{column}")?;
                out.write_char('"')?;
            }
        }
    }
    out.write_char('}')?;
    object.end()
}

/// The table's keys of its contract over time, after `columns`: `serde`, a string table's
/// `shape`, and the `reserved` values and names when it has any.
fn write_contract(out: &mut dyn Write, table: &Table) -> fmt::Result {
    write!(out, ",\n      \"serde\": \"{}\"", table.serde_form())?;
    if let Some(shape) = table.string_shape() {
        out.write_str(",\n      \"shape\": {\"len\": ")?;
        optional_number(out, shape.len)?;
        out.write_str(", \"max_len\": ")?;
        optional_number(out, shape.max_len)?;
        out.write_str(", \"chars\": ")?;
        optional_string(out, shape.chars)?;
        out.write_char('}')?;
    }
    let (values, names) = (table.reserved_values(), table.reserved_names());
    if values.is_empty() && names.is_empty() {
        return Ok(());
    }
    out.write_str(",\n      \"reserved\": {\"values\": [")?;
    for (at, value) in values.iter().enumerate() {
        out.write_str(if at == 0 { "" } else { ", " })?;
        match *value {
            ReservedValue::Range(low, high) if low == high => write!(out, "{low}")?,
            ReservedValue::Range(low, high) => write!(out, "[{low}, {high}]")?,
            ReservedValue::Str(text) => write_json_string(out, text)?,
        }
    }
    out.write_str("], \"names\": ")?;
    list(out, names.iter().copied())?;
    out.write_char('}')
}

/// The table's `classes`, one a line, when it has any: `name`, `descriptions` (in the
/// languages exported that the class is described in), and its rule: `range` (`[low,
/// high]`, both ends included), `prefix`, or `"listed": true`.
fn write_classes(out: &mut dyn Write, table: &Table, options: &Options<'_>) -> fmt::Result {
    let classes = table.classes();
    if classes.is_empty() {
        return Ok(());
    }
    out.write_str(",\n      \"classes\": [")?;
    for (at, class) in classes.iter().enumerate() {
        out.write_str(if at == 0 { "\n" } else { ",\n" })?;
        indent(out, ROW_INDENT)?;
        out.write_str("{\"name\": ")?;
        write_json_string(out, class.name)?;
        out.write_str(", \"descriptions\": ")?;
        descriptions(out, options.langs_in(table.langs()), &|lang| {
            class.description_in(lang)
        })?;
        match class.rule {
            ClassRule::Range(low, high) => write!(out, ", \"range\": [{low}, {high}]")?,
            ClassRule::Prefix(prefix) => {
                out.write_str(", \"prefix\": ")?;
                write_json_string(out, prefix)?;
            }
            ClassRule::List => out.write_str(", \"listed\": true")?,
        }
        out.write_char('}')?;
    }
    out.write_str("\n      ]")
}

/// `{"en": "...", "zh": "..."}`: the text of each of `langs` that `text_in` gives.
fn descriptions<'l>(
    out: &mut dyn Write,
    langs: impl Iterator<Item = &'l str>,
    text_in: &dyn Fn(&str) -> Option<&'static str>,
) -> fmt::Result {
    out.write_char('{')?;
    let mut first = true;
    for lang in langs {
        if let Some(text) = text_in(lang) {
            out.write_str(if first { "" } else { ", " })?;
            first = false;
            write_json_string(out, lang)?;
            out.write_str(": ")?;
            write_json_string(out, text)?;
        }
    }
    out.write_char('}')
}

/// A string, or `null`.
fn optional_string(out: &mut dyn Write, text: Option<&str>) -> fmt::Result {
    match text {
        Some(text) => write_json_string(out, text),
        None => out.write_str("null"),
    }
}

/// A number, or `null`.
fn optional_number(out: &mut dyn Write, number: Option<usize>) -> fmt::Result {
    match number {
        Some(number) => write!(out, "{number}"),
        None => out.write_str("null"),
    }
}

/// Writes `alias` as the object a `codetable/1` document lists it as, among its table's
/// `aliases`: `name`, `alias_of`, `value`, `descriptions` (its own), `details` and
/// `deprecated` (see the [module docs](super#json)), laid out as [`json_entry`] lays out an
/// entry.
///
/// # Errors
/// `out`'s.
pub fn json_alias(
    out: &mut dyn Write,
    alias: &AliasEntry,
    options: &Options<'_>,
    indent: usize,
) -> fmt::Result {
    let mut object = JsonObject::start(out, indent)?;
    write_json_string(object.key("name")?, alias.name)?;
    write_json_string(object.key("alias_of")?, alias.entry.name)?;
    common(&mut object, &Row::Alias(*alias), options)?;
    object.end()
}

/// The keys an entry and an alias share, after `name` (and `alias_of`): `value`,
/// `descriptions`, `details`, `deprecated`, and for a table with a URL template, `url`
/// (an alias's is its entry's).
fn common(object: &mut JsonObject<'_>, row: &Row, options: &Options<'_>) -> fmt::Result {
    let out = object.key("value")?;
    match row.entry().value {
        Some(Value::Int(value)) => write!(out, "{value}")?,
        Some(Value::Str(value)) => write_json_string(out, value)?,
        None => out.write_str("null")?,
    }
    let entry = row.entry();
    if let (true, Some(text)) = (entry.table().is_hex(), entry.value_text()) {
        write!(object.key("hex")?, "\"{text}\"")?;
    }
    if let Some(expression) = entry.expression {
        write_json_string(object.key("expression")?, expression)?;
    }
    let out = object.key("descriptions")?;
    descriptions(out, options.langs_in(row.entry().langs), &|lang| {
        row.description_in(lang)
    })?;
    let out = object.key("details")?;
    match row.details() {
        Some(details) => write_json_string(out, details)?,
        None => out.write_str("null")?,
    }
    write!(object.key("deprecated")?, "{}", row.deprecated())?;
    if let Some(url) = entry.url {
        write_json_string(object.key("url")?, url)?;
    }
    Ok(())
}

/// A JSON object being written as the `codetable/1` document writes its own: one key per
/// line, indented two spaces more than the braces, so that [`json_entry`] and
/// [`json_alias`] lay out their objects the same way.
pub(super) struct JsonObject<'o> {
    out: &'o mut dyn Write,
    /// The indentation of the closing brace.
    indent: usize,
    /// Whether a key was written.
    keys: bool,
}

impl<'o> JsonObject<'o> {
    /// Writes `{`; `indent` is the indentation of the line the closing brace goes on.
    ///
    /// # Errors
    /// `out`'s.
    pub(super) fn start(out: &'o mut dyn Write, indent: usize) -> Result<Self, fmt::Error> {
        out.write_char('{')?;
        Ok(Self {
            out,
            indent,
            keys: false,
        })
    }

    /// Starts the line of key `name`, after a comma if it is not the first; returns the
    /// writer of its value.
    ///
    /// # Errors
    /// `out`'s.
    pub(super) fn key(&mut self, name: &str) -> Result<&mut dyn Write, fmt::Error> {
        self.out.write_str(if self.keys { ",\n" } else { "\n" })?;
        self.keys = true;
        indent(self.out, self.indent + 2)?;
        write_json_string(self.out, name)?;
        self.out.write_str(": ")?;
        Ok(&mut *self.out)
    }

    /// Writes `}` on a line of its own.
    ///
    /// # Errors
    /// `out`'s.
    pub(super) fn end(self) -> fmt::Result {
        self.out.write_char('\n')?;
        indent(self.out, self.indent)?;
        self.out.write_char('}')
    }
}

/// `width` spaces.
fn indent(out: &mut dyn Write, width: usize) -> fmt::Result {
    write!(out, "{:width$}", "")
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
/// # Errors
/// `out`'s.
pub(super) fn write_json_string(out: &mut dyn Write, text: &str) -> fmt::Result {
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

#[cfg(test)]
mod tests {
    extern crate alloc;
    use super::{write_json_string, JsonObject};
    use alloc::string::String;

    #[test]
    fn objects_put_each_key_on_a_line() -> core::fmt::Result {
        let mut out = String::new();
        let mut object = JsonObject::start(&mut out, 0)?;
        write_json_string(object.key("name")?, "BUSY")?;
        object.key("value")?.write_str("503")?;
        object.end()?;
        assert_eq!(out, "{\n  \"name\": \"BUSY\",\n  \"value\": 503\n}");
        Ok(())
    }

    #[test]
    fn strings_are_escaped() -> core::fmt::Result {
        let mut out = String::new();
        write_json_string(&mut out, "say \"hi\"\n\u{1}网络")?;
        assert_eq!(out, r#""say \"hi\"\n\u0001网络""#);
        Ok(())
    }
}
