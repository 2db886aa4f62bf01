//! [`csv`]: RFC 4180 CSV, a row per entry and per alias.

use super::{rows, Measure, Options, Row};
use crate::Table;
use core::fmt::{self, Write};

/// The fields before the descriptions.
const FIXED: &str =
    "table,name,value,expression,alias_of,deprecated,since,retired,until,replacement";

/// Writes the tables as CSV (RFC 4180): a header row, then a row per entry, each followed
/// by its aliases' rows (see the [module docs](super) for the fields); CRLF line ends.
///
/// # Errors
/// `out`'s.
pub fn csv(out: &mut dyn Write, tables: &[Table], options: &Options<'_>) -> fmt::Result {
    out.write_str(FIXED)?;
    let classed = options.select(tables).any(|t| !t.classes().is_empty());
    if classed {
        out.write_str(",class")?;
    }
    let linked = options.select(tables).any(|t| t.url_template().is_some());
    if linked {
        out.write_str(",url")?;
    }
    each_lang(tables, options, &mut |lang| {
        out.write_str(",description_")?;
        field(out, &lang)
    })?;
    out.write_str(",details")?;
    each_column(tables, options, &mut |column| {
        out.write_char(',')?;
        field(out, &column)
    })?;
    out.write_str("\r\n")?;
    for table in options.select(tables) {
        for row in rows(table) {
            write_row(out, tables, table, &row, options, (classed, linked))?;
        }
    }
    Ok(())
}

fn write_row(
    out: &mut dyn Write,
    tables: &[Table],
    table: &Table,
    row: &Row,
    options: &Options<'_>,
    (classed, linked): (bool, bool),
) -> fmt::Result {
    field(out, &table.name())?;
    out.write_char(',')?;
    field(out, &row.name())?;
    out.write_char(',')?;
    if let Some(text) = row.entry().value_text() {
        field(out, &text)?;
    }
    out.write_char(',')?;
    if let Some(expression) = row.entry().expression {
        field(out, &expression)?;
    }
    out.write_char(',')?;
    if let Some(original) = row.alias_of() {
        field(out, &original)?;
    }
    write!(out, ",{}", row.deprecated())?;
    history(out, row)?;
    if classed {
        out.write_char(',')?;
        if let Some(class) = row.entry().class() {
            field(out, &class.name)?;
        }
    }
    if linked {
        out.write_char(',')?;
        if let Some(url) = row.entry().url {
            field(out, &url)?;
        }
    }
    each_lang(tables, options, &mut |lang| {
        out.write_char(',')?;
        let wanted = options.langs_of(table).any(|l| l == lang);
        match row.description_in(lang) {
            Some(text) if wanted => field(out, &text),
            _ => Ok(()),
        }
    })?;
    out.write_char(',')?;
    if let Some(details) = row.details() {
        field(out, &details)?;
    }
    let entry = row.entry();
    each_column(tables, options, &mut |name| {
        out.write_char(',')?;
        match entry.column(name) {
            Some(column) => field(out, &column),
            None => Ok(()),
        }
    })?;
    out.write_str("\r\n")
}

/// The fields `since`, `retired`, `until` and `replacement`: an entry's history (an alias
/// row has none: empty, `false`, empty, empty).
fn history(out: &mut dyn Write, row: &Row) -> fmt::Result {
    let entry = row.entry();
    let is_entry = row.alias_of().is_none();
    out.write_char(',')?;
    if let (true, Some(since)) = (is_entry, entry.since()) {
        field(out, &since)?;
    }
    let retired = entry.retired().filter(|_| is_entry);
    write!(out, ",{},", retired.is_some())?;
    if let Some(until) = retired.and_then(|r| r.until) {
        field(out, &until)?;
    }
    out.write_char(',')?;
    if let Some(replacement) = retired.and_then(|r| r.replacement) {
        field(out, &replacement)?;
    }
    Ok(())
}

/// Calls `f` with each language of the exported tables, once: [`Options::langs`]'s that
/// some table has, in that order, else the tables' in the order they first appear.
fn each_lang(
    tables: &[Table],
    options: &Options<'_>,
    f: &mut dyn FnMut(&str) -> fmt::Result,
) -> fmt::Result {
    let exported = |lang: &str| {
        options
            .select(tables)
            .any(|table| options.langs_of(table).any(|l| l == lang))
    };
    if let Some(langs) = options.langs {
        for (at, lang) in langs.iter().enumerate() {
            if exported(lang) && !langs[..at].contains(lang) {
                f(lang)?;
            }
        }
        return Ok(());
    }
    for (at, table) in options.select(tables).enumerate() {
        for lang in options.langs_of(table) {
            let seen = options
                .select(tables)
                .take(at)
                .any(|earlier| earlier.langs().contains(&lang));
            if !seen {
                f(lang)?;
            }
        }
    }
    Ok(())
}

/// Calls `f` with each column name of the exported tables, once, in the order they first
/// appear.
fn each_column(
    tables: &[Table],
    options: &Options<'_>,
    f: &mut dyn FnMut(&str) -> fmt::Result,
) -> fmt::Result {
    for (at, table) in options.select(tables).enumerate() {
        for column in table.columns() {
            let seen = options
                .select(tables)
                .take(at)
                .any(|earlier| earlier.columns().contains(column));
            if !seen {
                f(column)?;
            }
        }
    }
    Ok(())
}

/// Writes `value` as a field: quoted, its quotes doubled, if it holds a comma, a quote, a CR
/// or an LF.
fn field(out: &mut dyn Write, value: &dyn fmt::Display) -> fmt::Result {
    let mut measure = Measure {
        look_for: &[',', '"', '\r', '\n'],
        ..Measure::default()
    };
    write!(measure, "{value}")?;
    if !measure.found {
        return write!(out, "{value}");
    }
    out.write_char('"')?;
    write!(Quoted { out }, "{value}")?;
    out.write_char('"')
}

/// The inside of a quoted field: quotes doubled.
struct Quoted<'o> {
    out: &'o mut dyn Write,
}

impl Write for Quoted<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for (at, part) in s.split('"').enumerate() {
            if at > 0 {
                self.out.write_str("\"\"")?;
            }
            self.out.write_str(part)?;
        }
        Ok(())
    }
}
