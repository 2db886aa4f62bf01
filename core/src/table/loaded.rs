//! A [`Descriptor`] built at run time, for a table read from a `codetable/1` document
//! ([`crate::load`]): the same description the macro writes, so that [`Table`] and
//! everything built on it (lookups, exports, `explain`) answer for it with the same code.
//!
//! Its data is owned, then leaked to `'static` once: a loaded table lives as long as the
//! program, as a compiled one does, and a tool loads its files once. The functions of the
//! descriptor read this data through the descriptor they are given.

extern crate alloc;

use super::{AliasEntry, Decoded, Descriptor, Form, Table};
use crate::cell::{Cell, ColumnKind, Sink};
use crate::history::{History, ReservedValue, StringShape};
use crate::{ClassInfo, Value};
use alloc::boxed::Box;
use alloc::vec::Vec;
use codetable_layout::build::{self, NameTable};
use codetable_layout::{is_wide, Data, Index, Names, DEPRECATED, HAS_VALUE};
use core::fmt;

/// What a loaded table's descriptor functions read, beyond its [`Data`].
pub(crate) struct Loaded {
    /// Each entry's value.
    values: &'static [Option<Value<'static>>],
    /// Each entry's class, by its position among the classes.
    class_of: &'static [Option<usize>],
    /// The cells, `columns` per entry.
    cells: &'static [LoadedCell],
    columns: usize,
    aliases: &'static [AliasPart],
    /// How many bytes of an unknown string value are shown, as a compiled table keeps them
    /// in its `Open` (its declared length, else its longest value's, at most 255).
    kept: usize,
}

/// One column value as the document writes it.
#[derive(Clone, Copy)]
pub(crate) struct LoadedCell {
    /// A number, a `bool`, text, or nothing (`null`).
    pub kind: ColumnKind,
    /// The value as written (a number's digits, a string's text, `""` for `null`).
    pub text: &'static str,
}

/// One entry, as read.
pub(crate) struct EntryPart {
    pub name: &'static str,
    pub value: Option<Value<'static>>,
    /// The description in each of the table's languages (`""` where it has none).
    pub descriptions: Vec<&'static str>,
    pub details: Option<&'static str>,
    pub deprecated: bool,
    pub expression: Option<&'static str>,
    pub since: Option<&'static str>,
    pub retired: Option<crate::Retired>,
    /// The position of its class among the table's classes.
    pub class: Option<usize>,
    /// One per column.
    pub cells: Vec<LoadedCell>,
    /// Its URL, in a table with a template.
    pub url: Option<&'static str>,
}

/// One alias, as read.
pub(crate) struct AliasPart {
    pub name: &'static str,
    /// The position of the entry it stands for.
    pub entry: usize,
    /// Its own description in each of the table's languages, if any.
    pub descriptions: Vec<Option<&'static str>>,
    pub details: Option<&'static str>,
    pub deprecated: bool,
}

/// A table, as read; [`build`] makes it a [`Table`].
pub(crate) struct Parts {
    pub name: &'static str,
    pub langs: &'static [&'static str],
    pub columns: &'static [&'static str],
    /// [`Table::value_type`]'s name.
    pub value_type: &'static str,
    pub serde: Form,
    pub hex: bool,
    pub shape: StringShape,
    pub reserved_values: Vec<ReservedValue>,
    pub reserved_names: Vec<&'static str>,
    pub classes: Vec<ClassInfo>,
    /// `url_template`, and `display_url`.
    pub url_template: Option<&'static str>,
    pub display_url: bool,
    pub entries: Vec<EntryPart>,
    pub aliases: Vec<AliasPart>,
}

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// The [`Names`] of `table`, whose keys are below `count`.
fn names(table: NameTable, count: usize) -> Names<'static> {
    match table {
        NameTable::Lengths { starts, keys } => Names::Lengths {
            starts: leak(starts),
            keys: leak(keys),
        },
        NameTable::Hashed(placed) => Names::Hashed {
            seed: placed.seed,
            shift: placed.shift,
            mask: placed.mask(),
            slots: leak(build::slot_bytes(&placed.slots, count)),
            wide: is_wide(count),
        },
    }
}

/// The [`Data`] of the table `parts` describe: what the typed API would read, and what
/// [`Table`]'s lookups by name read.
fn data(parts: &Parts) -> Data<'static> {
    let count = parts.entries.len();
    let entries = &parts.entries;
    let all_names: Vec<&'static str> = entries
        .iter()
        .map(|e| e.name)
        .chain(parts.aliases.iter().map(|a| a.name))
        .collect();
    let targets: Vec<Option<usize>> = parts.aliases.iter().map(|a| Some(a.entry)).collect();
    let strings: Vec<&'static str> = entries
        .iter()
        .map(|e| match e.value {
            Some(Value::Str(text)) => text,
            _ => "",
        })
        .collect();
    let valued: Vec<usize> = (0..count)
        .filter(|&at| matches!(entries[at].value, Some(Value::Str(_))))
        .collect();
    let keys: Vec<&str> = valued.iter().map(|&at| strings[at]).collect();
    let is_str = parts.value_type == "str";
    let by_string = if is_str {
        names(build::keyed_names(&keys, &valued), count)
    } else {
        names(build::names(&[]), 0)
    };
    let details: Vec<&'static str> = entries.iter().map(|e| e.details.unwrap_or("")).collect();
    Data {
        count,
        langs: parts.langs.len(),
        by_name: names(build::names(&all_names), all_names.len()),
        names: leak(all_names),
        alias_of: leak(build::slot_bytes(&targets, count)),
        descriptions: leak(
            entries
                .iter()
                .flat_map(|e| e.descriptions.clone())
                .collect(),
        ),
        details: if details.iter().all(|d| d.is_empty()) {
            &[]
        } else {
            leak(details)
        },
        flags: leak(
            entries
                .iter()
                .map(|e| {
                    let deprecated = if e.deprecated { DEPRECATED } else { 0 };
                    deprecated | if e.value.is_some() { HAS_VALUE } else { 0 }
                })
                .collect(),
        ),
        // Lookups by value go through `decode` below, not the index.
        positions: Index::Offset { min: 0, len: 0 },
        by_string,
        strings: if is_str { leak(strings) } else { &[] },
    }
}

/// The table `parts` describe. Names must be distinct ignoring ASCII case and values
/// distinct (the reader checks): the name and value searches find the first of equals.
pub(crate) fn build(parts: Parts) -> Table {
    let data = data(&parts);
    let count = parts.entries.len();
    let entries = &parts.entries;
    let expressions = (0..count)
        .filter_map(|at| Some((at, entries[at].expression?)))
        .collect();
    let history = (0..count)
        .filter(|&at| entries[at].since.is_some() || entries[at].retired.is_some())
        .map(|at| History {
            position: at,
            since: entries[at].since,
            retired: entries[at].retired,
        })
        .collect();
    let aliases = parts.aliases.len();
    let longest = entries.iter().filter_map(|e| match e.value {
        Some(Value::Str(text)) => Some(text.len()),
        _ => None,
    });
    let declared = parts.shape.len.or(parts.shape.max_len);
    let kept = declared.or(longest.max()).unwrap_or(1).min(255);
    let loaded = Loaded {
        values: leak(entries.iter().map(|e| e.value).collect()),
        class_of: leak(entries.iter().map(|e| e.class).collect()),
        cells: leak(entries.iter().flat_map(|e| e.cells.clone()).collect()),
        columns: parts.columns.len(),
        aliases: leak(parts.aliases),
        kept,
    };
    let descriptor = Descriptor {
        name: parts.name,
        langs: parts.langs,
        columns: parts.columns,
        data,
        serde: parts.serde,
        hex: parts.hex,
        expressions: leak(expressions),
        history: leak(history),
        reserved_values: leak(parts.reserved_values),
        reserved_names: leak(parts.reserved_names),
        shape: parts.shape,
        classes: leak(parts.classes),
        class_of,
        class_of_value,
        url_template: parts.url_template,
        // Every entry of a table with a template has its URL (the reader checks).
        urls: if parts.url_template.is_some() {
            leak(entries.iter().map(|e| e.url.unwrap_or_default()).collect())
        } else {
            &[]
        },
        display_url: parts.display_url,
        value_type: parts.value_type,
        aliases,
        value,
        alias,
        fmt_column,
        decode,
        fmt_unknown,
        loaded: Some(Box::leak(Box::new(loaded))),
    };
    Table(Box::leak(Box::new(descriptor)))
}

/// The loaded data of a descriptor [`build`] made (whose functions are these below).
fn loaded(descriptor: &Descriptor) -> Option<&'static Loaded> {
    descriptor.loaded
}

fn value(descriptor: &Descriptor, index: usize) -> Option<Value<'static>> {
    *loaded(descriptor)?.values.get(index)?
}

fn class_of(descriptor: &Descriptor, index: usize) -> Option<usize> {
    *loaded(descriptor)?.class_of.get(index)?
}

/// A known value's class is its entry's (a listed class too); an unknown one's, the class
/// whose range or prefix holds it.
fn class_of_value(descriptor: &Descriptor, value: Value<'_>) -> Option<usize> {
    match decode(descriptor, value) {
        Decoded::Known(index) => class_of(descriptor, index),
        Decoded::Unknown => descriptor
            .classes
            .iter()
            .position(|c| c.rule.contains(value)),
        Decoded::Foreign => None,
    }
}

fn decode(descriptor: &Descriptor, value: Value<'_>) -> Decoded {
    let Some(loaded) = loaded(descriptor) else {
        return Decoded::Foreign;
    };
    match (crate::int::shape(descriptor.value_type), value) {
        (None, Value::Str(text)) => match descriptor.data.position_of_string(text) {
            Some(index) => Decoded::Known(index),
            None => Decoded::Unknown,
        },
        (Some((bits, signed)), Value::Int(n)) if fits(n, bits, signed) => loaded
            .values
            .iter()
            .position(|v| *v == Some(Value::Int(n)))
            .map_or(Decoded::Unknown, Decoded::Known),
        _ => Decoded::Foreign,
    }
}

/// Whether `n` is a value of the integer type of `bits` bits.
fn fits(n: i128, bits: u32, signed: bool) -> bool {
    let (low, high) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    low <= n && n <= high
}

fn fmt_unknown(
    descriptor: &Descriptor,
    value: Value<'_>,
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    let name = descriptor.name;
    if let (Value::Str(text), Some(loaded)) = (value, loaded(descriptor)) {
        if text.len() > loaded.kept {
            let mut end = loaded.kept;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let text = &text[..end];
            return crate::fmt::pad(f, |out| write!(out, "{name} {text}... (not in the table)"));
        }
    }
    let shown = crate::ValueText::new(value, descriptor.value_type, descriptor.hex);
    crate::fmt::pad(f, |out| write!(out, "{name} {shown} (not in the table)"))
}

fn fmt_column(descriptor: &Descriptor, index: usize, column: usize, sink: Sink<'_>) -> fmt::Result {
    let Some(loaded) = loaded(descriptor) else {
        return Ok(());
    };
    let Some(cell) = loaded.cells.get(index * loaded.columns + column) else {
        return Ok(());
    };
    sink(Cell {
        kind: cell.kind,
        written: &cell.text,
        debug: cell,
    })
}

/// A loaded cell's `Debug`, in place of the value's own (its type is not in the
/// document): text quoted, `None` for nothing, a number or a `bool` as written.
impl fmt::Debug for LoadedCell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ColumnKind::Text => fmt::Debug::fmt(self.text, f),
            ColumnKind::Empty => f.write_str("None"),
            _ => f.write_str(self.text),
        }
    }
}

fn alias(descriptor: &'static Descriptor, index: usize) -> Option<AliasEntry> {
    let alias = loaded(descriptor)?.aliases.get(index)?;
    Some(AliasEntry {
        table: descriptor.name,
        index,
        name: alias.name,
        entry: Table(descriptor).get(alias.entry)?,
        description: alias.descriptions.first().copied().flatten(),
        details: alias.details,
        deprecated: alias.deprecated,
        describe,
    })
}

fn describe(descriptor: &Descriptor, index: usize, lang: &str) -> Option<&'static str> {
    let alias = loaded(descriptor)?.aliases.get(index)?;
    let at = crate::__private::lang_index(descriptor.langs, lang)?;
    alias.descriptions.get(at).copied().flatten()
}
