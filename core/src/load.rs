//! Tables read at run time from a JSON document of schema `codetable/1`, the document
//! `export::json` writes (feature `export`; its module docs describe the schema).
//! A loaded table is a [`Table`] like a compiled one, built on the same description, so
//! lookups, exports and every tool that walks tables answer for it as they do for the table
//! it was exported from. Needs the `load` feature.
//!
//! ```
//! use codetable::{load, Table};
//!
//! let document = r#"{
//!   "schema": "codetable/1",
//!   "tables": [{
//!     "name": "Http", "value_type": "integer", "type": "u16", "langs": ["en"], "columns": [],
//!     "entries": [
//!       {"name": "NOT_FOUND", "value": 404, "descriptions": {"en": "Not Found"},
//!        "details": null, "deprecated": false, "columns": {}}
//!     ],
//!     "aliases": []
//!   }]
//! }"#;
//! let tables: Vec<Table> = load::tables(document)?;
//! let found = tables[0].from_value(404).unwrap();
//! assert_eq!((found.table, found.name, found.description), ("Http", "NOT_FOUND", "Not Found"));
//! assert_eq!(tables[0].decode(405).unwrap().unwrap_err().to_string(), "Http 405 (not in the table)");
//! # Ok::<(), load::LoadError>(())
//! ```
//!
//! A loaded table lives as long as the program, as a compiled one does: its data is
//! allocated once and never freed, so a program loads a document once, not in a loop.

extern crate alloc;

use crate::cell::ColumnKind;
use crate::read::{Key, ReadError, Reader, Reserved};
use crate::table::{build, Form, Parts};
use crate::table::{AliasPart, EntryPart, LoadedCell};
use crate::{ClassInfo, ClassRule, ReservedValue, Retired, StringShape, Table, Value};
use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use serde_json::Value as Json;

/// Why a document could not be loaded: not JSON (the message has the line and column), no
/// `codetable/1` document, or a table in it that is no table (a key missing or of the wrong
/// type, a value used twice, ...); the message says where (`tables[0].entries[3].value`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a codetable/1 document: {}", self.message)
    }
}

impl core::error::Error for LoadError {}

impl From<ReadError> for LoadError {
    fn from(error: ReadError) -> Self {
        Self { message: error.0 }
    }
}

/// The tables of `document`, a `codetable/1` JSON document, in its order.
///
/// # Errors
/// A [`LoadError`] when `document` is not one, or a table in it is not a table the macro
/// would accept in what the document records: names must be distinct ignoring ASCII case,
/// values distinct and of the table's type, an alias must name an entry, an entry's class
/// one of the table's, and table names distinct.
pub fn tables(document: &str) -> Result<Vec<Table>, LoadError> {
    let json = crate::read::document(document)?;
    let root = Reader::root(&json);
    let mut tables: Vec<Table> = Vec::new();
    for table in root.key("tables")?.items()? {
        let loaded = build(read_table(&table)?);
        if tables.iter().any(|t| t.name() == loaded.name()) {
            return Err(table
                .error_that(&format!("a second table named {}", loaded.name()))
                .into());
        }
        tables.push(loaded);
    }
    Ok(tables)
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

fn strings(reader: &Reader) -> Result<Vec<&'static str>, ReadError> {
    reader
        .items()?
        .iter()
        .map(|s| Ok(leak(&s.string()?)))
        .collect()
}

/// A `{"lang": "text"}` object, as the text in each of `langs` (`None` where it has none).
fn descriptions(reader: &Reader, langs: &[&str]) -> Result<Vec<Option<&'static str>>, ReadError> {
    let object = reader
        .json
        .as_object()
        .ok_or_else(|| reader.error("an object"))?;
    for (lang, text) in object {
        if !langs.contains(&lang.as_str()) {
            return Err(reader.error_that(&format!("{lang} is not one of the table's langs")));
        }
        if !text.is_string() {
            return Err(reader.error("strings"));
        }
    }
    Ok(langs
        .iter()
        .map(|lang| object.get(*lang).and_then(Json::as_str).map(leak))
        .collect())
}

fn optional_string(reader: &Reader, key: &str) -> Result<Option<&'static str>, ReadError> {
    reader
        .optional(key)
        .map(|s| Ok(leak(&s.string()?)))
        .transpose()
}

fn optional_number(reader: &Reader, key: &str) -> Result<Option<usize>, ReadError> {
    reader
        .optional(key)
        .map(|n| usize::try_from(n.integer()?).map_err(|_| n.error("a length")))
        .transpose()
}

fn boolean(reader: &Reader) -> Result<bool, ReadError> {
    reader
        .json
        .as_bool()
        .ok_or_else(|| reader.error("true or false"))
}

/// The table's aliases, each of an entry of `entries`.
fn read_aliases(
    table: &Reader,
    entries: &[EntryPart],
    langs: &[&str],
) -> Result<Vec<AliasPart>, ReadError> {
    let mut aliases: Vec<AliasPart> = Vec::new();
    for alias in table.key("aliases")?.items()? {
        let of = alias.key("alias_of")?;
        let target = of.string()?;
        let entry = entries
            .iter()
            .position(|e| e.name == target)
            .ok_or_else(|| of.error_that(&format!("no entry is named {target}")))?;
        aliases.push(AliasPart {
            name: leak(&alias.key("name")?.string()?),
            entry,
            descriptions: descriptions(&alias.key("descriptions")?, langs)?,
            details: optional_string(&alias, "details")?,
            deprecated: boolean(&alias.key("deprecated")?)?,
        });
    }
    Ok(aliases)
}

/// `url_template`, and `display_url` (`false` when absent).
fn url_template(table: &Reader) -> Result<(Option<&'static str>, bool), ReadError> {
    let display_url = match table.optional("display_url") {
        Some(flag) => boolean(&flag)?,
        None => false,
    };
    Ok((optional_string(table, "url_template")?, display_url))
}

fn read_table(table: &Reader) -> Result<Parts, ReadError> {
    let name = leak(&table.key("name")?.string()?);
    let ty = table.key("type")?;
    let value_type = leak(&ty.string()?);
    let int = crate::int::shape(value_type);
    if int.is_none() && value_type != "str" {
        return Err(ty.error("an integer type (i8 to u64, isize, usize) or str"));
    }
    let langs: &'static [&'static str] =
        Box::leak(strings(&table.key("langs")?)?.into_boxed_slice());
    if langs.is_empty() {
        return Err(table.key("langs")?.error("at least one language"));
    }
    let columns: &'static [&'static str] =
        Box::leak(strings(&table.key("columns")?)?.into_boxed_slice());
    let serde = match table.optional("serde") {
        None => Form::Value,
        Some(form) => match form.string()?.as_str() {
            "value" => Form::Value,
            "name" => Form::Name,
            "own" => Form::Own,
            _ => return Err(form.error("\"value\", \"name\" or \"own\"")),
        },
    };
    let shape = match table.optional("shape") {
        Some(shape) => StringShape {
            len: optional_number(&shape, "len")?,
            max_len: optional_number(&shape, "max_len")?,
            chars: optional_string(&shape, "chars")?,
        },
        None => StringShape {
            len: None,
            max_len: None,
            chars: None,
        },
    };
    let (reserved_values, reserved_names) = reserved(table)?;
    let classes = match table.optional("classes") {
        Some(classes) => classes
            .items()?
            .iter()
            .map(|class| read_class(class, langs))
            .collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    let (url_template, display_url) = url_template(table)?;
    let mut hex = false;
    let mut entries: Vec<EntryPart> = Vec::new();
    for entry in table.key("entries")?.items()? {
        hex |= entry.optional("hex").is_some();
        let read = read_entry(&entry, langs, columns, &classes, int)?;
        if url_template.is_some() && read.url.is_none() {
            return Err(entry.key("url")?.error("a string"));
        }
        if let Some(value) = read.value {
            if entries.iter().any(|e| e.value == Some(value)) {
                return Err(entry.key("value")?.error_that("a value used twice"));
            }
        }
        entries.push(read);
    }
    let aliases = read_aliases(table, &entries, langs)?;
    let names = entries
        .iter()
        .map(|e| e.name)
        .chain(aliases.iter().map(|a| a.name));
    let names: Vec<&str> = names.collect();
    for (at, name) in names.iter().enumerate() {
        if names[..at].iter().any(|n| n.eq_ignore_ascii_case(name)) {
            return Err(table.error_that(&format!("the name {name} is used twice")));
        }
    }
    Ok(Parts {
        name,
        langs,
        columns,
        value_type,
        serde,
        hex,
        shape,
        reserved_values,
        reserved_names,
        classes: classes.into_iter().map(|(info, _)| info).collect(),
        url_template,
        display_url,
        entries,
        aliases,
    })
}

fn reserved(table: &Reader) -> Result<(Vec<ReservedValue>, Vec<&'static str>), ReadError> {
    let (values, names) = table.reserved()?;
    let values = values.iter().map(|value| match value {
        Reserved::Range(low, high) => ReservedValue::Range(*low, *high),
        Reserved::Str(text) => ReservedValue::Str(leak(text)),
    });
    Ok((
        values.collect(),
        names.iter().map(|name| leak(name)).collect(),
    ))
}

/// A class, and its name (to find an entry's class by).
fn read_class(
    class: &Reader,
    langs: &'static [&'static str],
) -> Result<(ClassInfo, &'static str), ReadError> {
    let name = leak(&class.key("name")?.string()?);
    let texts = descriptions(&class.key("descriptions")?, langs)?;
    let texts: Vec<&'static str> = texts.into_iter().map(Option::unwrap_or_default).collect();
    let rule = if let Some(range) = class.optional("range") {
        let (low, high) = range.range()?;
        ClassRule::Range(low, high)
    } else if let Some(prefix) = class.optional("prefix") {
        ClassRule::Prefix(leak(&prefix.string()?))
    } else if class.optional("listed").is_some() {
        ClassRule::List
    } else {
        return Err(class.error("a range, a prefix or \"listed\": true"));
    };
    let texts: &'static [&'static str] = Box::leak(texts.into_boxed_slice());
    Ok((ClassInfo::__new(name, langs, texts, rule), name))
}

fn read_entry(
    entry: &Reader,
    langs: &[&str],
    columns: &[&str],
    classes: &[(ClassInfo, &str)],
    int: Option<(u32, bool)>,
) -> Result<EntryPart, ReadError> {
    let at = entry.key("value")?;
    let value = match (at.value()?, int) {
        (None, _) => None,
        (Some(Key::Int(n)), Some((bits, signed))) => {
            let fits = crate::int::parse(&n.to_string(), bits, signed) == Some(n);
            if !fits {
                return Err(at.error("a value of the table's type"));
            }
            Some(Value::Int(n))
        }
        (Some(Key::Str(text)), None) => Some(Value::Str(leak(&text))),
        (Some(_), Some(_)) => return Err(at.error("an integer")),
        (Some(_), None) => return Err(at.error("a string")),
    };
    let class = match entry.optional("class") {
        None => None,
        Some(class) => {
            let name = class.string()?;
            let found = classes.iter().position(|(_, n)| *n == name);
            Some(found.ok_or_else(|| class.error_that(&format!("no class is named {name}")))?)
        }
    };
    let retired = match entry.optional("retired") {
        None => None,
        Some(retired) => Some(Retired {
            until: optional_string(&retired, "until")?,
            replacement: optional_string(&retired, "replacement")?,
        }),
    };
    let cells = entry.key("columns")?;
    let cells = columns
        .iter()
        .map(|column| {
            let cell = cells.key(column)?;
            Ok(match cell.json {
                Json::Null => LoadedCell {
                    kind: ColumnKind::Empty,
                    text: "",
                },
                Json::Bool(b) => LoadedCell {
                    kind: ColumnKind::Bool,
                    text: if *b { "true" } else { "false" },
                },
                Json::Number(n) => LoadedCell {
                    kind: ColumnKind::Number,
                    text: leak(&n.to_string()),
                },
                Json::String(text) => LoadedCell {
                    kind: ColumnKind::Text,
                    text: leak(text),
                },
                _ => return Err(cell.error("a number, a bool, a string or null")),
            })
        })
        .collect::<Result<Vec<_>, ReadError>>()?;
    let texts = descriptions(&entry.key("descriptions")?, langs)?;
    Ok(EntryPart {
        name: leak(&entry.key("name")?.string()?),
        value,
        descriptions: texts.into_iter().map(Option::unwrap_or_default).collect(),
        details: optional_string(entry, "details")?,
        deprecated: boolean(&entry.key("deprecated")?)?,
        expression: optional_string(entry, "expression")?,
        since: optional_string(entry, "since")?,
        retired,
        class,
        cells,
        url: optional_string(entry, "url")?,
    })
}
