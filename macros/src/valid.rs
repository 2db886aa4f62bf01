//! Checks a parsed invocation, and decides what can still be emitted when something is
//! wrong: the entries that are sound, so that the user's code sees the enum it expects and
//! the only errors are the mistakes themselves.

use crate::ast::{Entry, Invocation, Repr, Table};
use crate::error::{self, Errors};
use std::collections::HashMap;

/// A table ready to expand: the entries to emit, each with its value.
pub struct Checked<'a> {
    pub table: &'a Table,
    /// The value type; `i32` stands in when it was missing or unsupported (reported).
    pub repr: Repr,
    pub entries: Vec<Checked1<'a>>,
}

/// An entry to emit.
pub struct Checked1<'a> {
    pub entry: &'a Entry,
    /// The value, in range of the table's type. An entry written with a value that is
    /// wrong (reported) gets 0 here, so that the value type does not change.
    pub value: Option<i128>,
}

pub fn check<'a>(invocation: &'a Invocation, errors: &mut Errors) -> Vec<Checked<'a>> {
    let mut seen: HashMap<String, &Table> = HashMap::new();
    let mut out = Vec::new();
    for table in &invocation.tables {
        let name = table.ident.to_string();
        if let Some(first) = seen.get(&name) {
            errors.push(error::duplicate_table(
                table.ident.span(),
                &name,
                first.ident.span(),
            ));
            continue;
        }
        seen.insert(name, table);
        out.push(check_table(table, errors));
    }
    out
}

fn check_table<'a>(table: &'a Table, errors: &mut Errors) -> Checked<'a> {
    if table.body_is_empty {
        errors.push(error::empty_table(
            table.body_span,
            &table.ident.to_string(),
        ));
    }
    let mut names: HashMap<&str, &Entry> = HashMap::new();
    let mut values: HashMap<i128, &Entry> = HashMap::new();
    let mut entries = Vec::with_capacity(table.entries.len());
    for entry in &table.entries {
        if let Some(first) = names.get(entry.name.as_str()) {
            errors.push(error::duplicate_name(
                entry.ident.span(),
                &entry.name,
                first.ident.span(),
            ));
            continue;
        }
        names.insert(&entry.name, entry);
        let value = entry.value.as_ref().map(|written| {
            let number = written
                .number
                .and_then(|n| check_value(table.repr, entry, n, errors));
            let Some(number) = number else { return 0 };
            match (values.get(&number), &entry.alias) {
                (Some(first), None) => errors.push(error::duplicate_value(
                    &written.tokens,
                    &entry.name,
                    number,
                    first.value_end(),
                    &first.name,
                )),
                (None, Some(alias)) => {
                    errors.push(error::alias_without_original(alias, &entry.name, number));
                }
                (None, None) => {
                    values.insert(number, entry);
                }
                (Some(_), Some(_)) => {}
            }
            number
        });
        if let (None, Some(alias)) = (&entry.value, &entry.alias) {
            errors.push(error::alias_without_value(alias, &entry.name));
        }
        entries.push(Checked1 { entry, value });
    }
    Checked {
        table,
        repr: table.repr.unwrap_or(Repr::I32),
        entries,
    }
}

/// The value if it fits the table's type and its suffix matches; reports it otherwise.
fn check_value(
    repr: Option<Repr>,
    entry: &Entry,
    number: i128,
    errors: &mut Errors,
) -> Option<i128> {
    let repr = repr?;
    let written = entry.value.as_ref()?;
    if !written.suffix.is_empty() && written.suffix != repr.name() {
        errors.push(error::suffix_mismatch(
            entry.value_end(),
            &written.suffix,
            repr.name(),
        ));
        return None;
    }
    let (min, max) = repr.range();
    if number < min || number > max {
        errors.push(error::out_of_range(
            &written.tokens,
            number,
            repr.name(),
            min,
            max,
        ));
        return None;
    }
    Some(number)
}
