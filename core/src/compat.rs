//! The compatibility check (feature `compat`): compares a committed snapshot of tables (the
//! [`codetable/1` JSON export](crate::export#json)) with the tables as they are now, and
//! lists every change that breaks data stored or sent with the snapshot's release, and, as
//! warnings, the changes a reviewer should see.
//!
//! A code table is a contract that outlives the code that declared it: a value written to a
//! database or sent to a client must mean the same thing in every later release. Breaking:
//!
//! | kind | what changed |
//! |---|---|
//! | `table-removed` | a table of the snapshot is gone |
//! | `value-type` | the value type (`i32` to `u16`, an integer table to a string table) |
//! | `serde-form` | how codes cross serde (by value or by name) |
//! | `shape` | a string table's `len`, `max_len` or `chars` |
//! | `renumbered` | a name now has another value |
//! | `value-reassigned` | a value now means another name (renumbering, reuse) |
//! | `retired-value-reused` | the value of a retired code now means another name |
//! | `reserved-value-reused`, `reserved-name-reused` | a value or name the snapshot reserved is an entry's |
//! | `value-removed`, `name-removed` | a value or name is gone without being retired or reserved |
//! | `reservation-removed` | a reserved value or name is no longer reserved |
//!
//! Warnings (compatible): `code-added`, `table-added`, `code-retired`, `code-renamed` (a
//! value's entry has another name and the old one is kept as an alias), `code-removed` (gone,
//! with its value and name reserved), `description-changed` (logs would read
//! differently), and `class-changed` (a code's class, in a snapshot that records classes, is
//! another or none: error handling that matches on the class treats it differently).
//!
//! ```
//! use codetable::{compat, export, Table};
//!
//! codetable::define_codes! {
//!     /// Statuses.
//!     pub enum Status: u16 {
//!         OK = 0 => "Fine.",
//!         BUSY = 1 => "Busy.",
//!     }
//! }
//!
//! // The snapshot committed with the release: the JSON export.
//! let mut snapshot = String::new();
//! export::json(&mut snapshot, &[Table::of::<Status>()], &export::Options::new())?;
//!
//! // Later: the same tables are still compatible.
//! let report = compat::check(&snapshot, &[Table::of::<Status>()]).unwrap();
//! assert!(!report.is_breaking());
//! assert_eq!(report.exit_code(), 0);
//!
//! // A renumbered code breaks it.
//! let renumbered = snapshot.replace("\"value\": 1,", "\"value\": 2,");
//! let report = compat::compare(&renumbered, &snapshot).unwrap();
//! assert!(report.is_breaking());
//! assert_eq!(report.changes[0].kind, compat::ChangeKind::Renumbered);
//! assert_eq!(report.changes[0].to_string(), "breaking: renumbered: Status::BUSY: was 2, now 1");
//!
//! // A snapshot that cannot be read is an error, not a report.
//! let error = compat::check("{\"schema\": \"codetable/9\"}", &[]).unwrap_err();
//! assert!(error.to_string().contains("codetable/1"));
//! # Ok::<(), core::fmt::Error>(())
//! ```

extern crate alloc;

use crate::export::{self, Options};
use crate::read::{Key, Reader, Reserved};
use crate::Table;
use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use serde_json::Value as Json;

/// Whether a change breaks stored or sent data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Data written with the snapshot's release would read back wrong, or not at all.
    Breaking,
    /// Compatible, but worth a reviewer's look.
    Warning,
}

/// What changed (see the [module docs](self) for each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChangeKind {
    /// A table of the snapshot is gone.
    TableRemoved,
    /// The value type changed.
    ValueType,
    /// How codes cross serde changed (by value, by name).
    SerdeForm,
    /// A string table's `len`, `max_len` or `chars` changed.
    Shape,
    /// A name now has another value.
    Renumbered,
    /// A value now means another name.
    ValueReassigned,
    /// The value of a retired code now means another name.
    RetiredValueReused,
    /// A value the snapshot reserves is an entry's.
    ReservedValueReused,
    /// A name the snapshot reserves is an entry's or an alias's.
    ReservedNameReused,
    /// A value is gone, neither retired nor reserved.
    ValueRemoved,
    /// A name is gone, neither retired nor reserved.
    NameRemoved,
    /// A reserved value or name is no longer reserved.
    ReservationRemoved,
    /// A table the snapshot lacks (a warning).
    TableAdded,
    /// A new code (a warning).
    CodeAdded,
    /// A code is now retired (a warning).
    CodeRetired,
    /// A value's code has another name, the old one kept as an alias (a warning).
    CodeRenamed,
    /// A code is gone, its value and name reserved (a warning).
    CodeRemoved,
    /// A description changed: logs read differently (a warning).
    DescriptionChanged,
    /// A code's class changed (`#[classes(...)]`): handling by class changes (a warning).
    ClassChanged,
}

impl ChangeKind {
    /// The kind's name in the report: `renumbered`, `value-removed`, ...
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::TableRemoved => "table-removed",
            Self::ValueType => "value-type",
            Self::SerdeForm => "serde-form",
            Self::Shape => "shape",
            Self::Renumbered => "renumbered",
            Self::ValueReassigned => "value-reassigned",
            Self::RetiredValueReused => "retired-value-reused",
            Self::ReservedValueReused => "reserved-value-reused",
            Self::ReservedNameReused => "reserved-name-reused",
            Self::ValueRemoved => "value-removed",
            Self::NameRemoved => "name-removed",
            Self::ReservationRemoved => "reservation-removed",
            Self::TableAdded => "table-added",
            Self::CodeAdded => "code-added",
            Self::CodeRetired => "code-retired",
            Self::CodeRenamed => "code-renamed",
            Self::CodeRemoved => "code-removed",
            Self::DescriptionChanged => "description-changed",
            Self::ClassChanged => "class-changed",
        }
    }

    /// Whether the change breaks data.
    #[must_use]
    pub const fn severity(self) -> Severity {
        match self {
            Self::TableAdded
            | Self::CodeAdded
            | Self::CodeRetired
            | Self::CodeRenamed
            | Self::CodeRemoved
            | Self::DescriptionChanged
            | Self::ClassChanged => Severity::Warning,
            _ => Severity::Breaking,
        }
    }
}

/// One change between the snapshot and the tables now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// What changed.
    pub kind: ChangeKind,
    /// The table's name.
    pub table: String,
    /// The code's name (or the value, for a value that lost its code), when the change is
    /// about one.
    pub code: Option<String>,
    /// What changed, in words: `was 2, now 1`.
    pub message: String,
}

impl Change {
    /// Whether the change breaks data.
    #[must_use]
    pub const fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

/// `breaking: renumbered: Status::BUSY: was 2, now 1`, one line.
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity() {
            Severity::Breaking => "breaking",
            Severity::Warning => "warning",
        };
        write!(f, "{severity}: {}: {}", self.kind.name(), self.table)?;
        if let Some(code) = &self.code {
            write!(f, "::{code}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The changes, breaking ones first, each group in the order of the snapshot's tables and
/// entries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// The changes.
    pub changes: Vec<Change>,
}

impl Report {
    /// Whether any change breaks data.
    #[must_use]
    pub fn is_breaking(&self) -> bool {
        self.changes
            .iter()
            .any(|c| c.severity() == Severity::Breaking)
    }

    /// The exit status a CI step gives: 0 when compatible, 1 when a change breaks data (2,
    /// for a snapshot that cannot be read, is the caller's, from [`SnapshotError`]).
    #[must_use]
    pub fn exit_code(&self) -> u8 {
        u8::from(self.is_breaking())
    }

    /// The report as a JSON document: `{"compatible": bool, "breaking": n, "warnings": n,
    /// "changes": [{"severity", "kind", "table", "code", "message"}]}`.
    #[must_use]
    pub fn to_json(&self) -> String {
        let breaking = self
            .changes
            .iter()
            .filter(|c| c.severity() == Severity::Breaking)
            .count();
        let changes: Vec<Json> = self
            .changes
            .iter()
            .map(|c| {
                serde_json::json!({
                    "severity": match c.severity() {
                        Severity::Breaking => "breaking",
                        Severity::Warning => "warning",
                    },
                    "kind": c.kind.name(),
                    "table": c.table,
                    "code": c.code,
                    "message": c.message,
                })
            })
            .collect();
        let doc = serde_json::json!({
            "compatible": breaking == 0,
            "breaking": breaking,
            "warnings": self.changes.len() - breaking,
            "changes": changes,
        });
        let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// One change per line; `compatible: no changes` when there is none.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.changes.is_empty() {
            return f.write_str("compatible: no changes\n");
        }
        for change in &self.changes {
            writeln!(f, "{change}")?;
        }
        Ok(())
    }
}

/// A snapshot that cannot be read: not JSON, another schema, or a part missing or of the
/// wrong type. The message says where (`tables[0].entries[3].value`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotError {
    message: String,
}

impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a codetable/1 snapshot: {}", self.message)
    }
}

impl core::error::Error for SnapshotError {}

fn bad(message: String) -> SnapshotError {
    SnapshotError { message }
}

impl From<crate::read::ReadError> for SnapshotError {
    fn from(error: crate::read::ReadError) -> Self {
        bad(error.0)
    }
}

/// Compares `snapshot`, a `codetable/1` document, with `tables` as they are now (exported
/// with every language). Only the snapshot's tables are compared; a table of `tables` that
/// the snapshot lacks is a `table-added` warning.
///
/// # Errors
/// A [`SnapshotError`] when `snapshot` cannot be read.
pub fn check(snapshot: &str, tables: &[Table]) -> Result<Report, SnapshotError> {
    let mut now = String::new();
    export::json(&mut now, tables, &Options::new())
        .map_err(|_| bad("the tables could not be exported".to_owned()))?;
    compare(snapshot, &now)
}

/// Compares two `codetable/1` documents: `old`, the snapshot, and `new`.
///
/// # Errors
/// A [`SnapshotError`] when either cannot be read (the message says which).
pub fn compare(old: &str, new: &str) -> Result<Report, SnapshotError> {
    let old = Doc::read(old).map_err(|e| bad(e.message))?;
    let new = Doc::read(new).map_err(|e| bad(format!("(the new document) {}", e.message)))?;
    let mut changes = Vec::new();
    for table in &old.tables {
        match new.tables.iter().find(|t| t.name == table.name) {
            Some(now) => compare_table(table, now, &mut changes),
            None => changes.push(change(
                ChangeKind::TableRemoved,
                &table.name,
                None,
                "the table is gone".to_owned(),
            )),
        }
    }
    for table in &new.tables {
        if !old.tables.iter().any(|t| t.name == table.name) {
            changes.push(change(
                ChangeKind::TableAdded,
                &table.name,
                None,
                "a new table".to_owned(),
            ));
        }
    }
    // Breaking first; a stable sort keeps each group in the snapshot's order.
    changes.sort_by_key(|c| c.severity() == Severity::Warning);
    Ok(Report { changes })
}

fn change(kind: ChangeKind, table: &str, code: Option<&str>, message: String) -> Change {
    Change {
        kind,
        table: table.to_owned(),
        code: code.map(ToOwned::to_owned),
        message,
    }
}

// ---------------------------------------------------------------------------------------
// The documents, read.

impl Reserved {
    fn contains(&self, key: &Key) -> bool {
        match (self, key) {
            (Self::Range(low, high), Key::Int(n)) => low <= n && n <= high,
            (Self::Str(text), Key::Str(value)) => text == value,
            _ => false,
        }
    }

    /// Whether `other` is within this reservation.
    fn covers(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Range(low, high), Self::Range(a, b)) => low <= a && b <= high,
            (Self::Str(a), Self::Str(b)) => a == b,
            _ => false,
        }
    }
}

impl fmt::Display for Reserved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Range(low, high) if low == high => write!(f, "{low}"),
            Self::Range(low, high) => write!(f, "{low}..={high}"),
            Self::Str(s) => write!(f, "{s:?}"),
        }
    }
}

struct Doc {
    tables: Vec<DocTable>,
}

struct DocTable {
    name: String,
    ty: String,
    /// `None` in a document written before the key existed: not compared.
    serde: Option<String>,
    shape: Option<Json>,
    reserved_values: Vec<Reserved>,
    reserved_names: Vec<String>,
    entries: Vec<DocEntry>,
    aliases: Vec<DocAlias>,
}

struct DocEntry {
    name: String,
    value: Option<Key>,
    descriptions: Vec<(String, String)>,
    retired: bool,
    class: DocClass,
}

/// An entry's class in a document.
enum DocClass {
    /// The document records no classes (it was written before them).
    Unrecorded,
    /// The class's name, `None` for an entry in no class.
    In(Option<String>),
}

struct DocAlias {
    name: String,
    alias_of: String,
    value: Option<Key>,
}

impl Doc {
    fn read(text: &str) -> Result<Self, SnapshotError> {
        let json = crate::read::document(text)?;
        let root = Reader::root(&json);
        let tables = root
            .key("tables")?
            .items()?
            .iter()
            .map(DocTable::read)
            .collect::<Result<_, _>>()?;
        Ok(Self { tables })
    }
}

impl DocTable {
    fn read(table: &Reader) -> Result<Self, SnapshotError> {
        let (reserved_values, reserved_names) = table.reserved()?;
        let entries = table
            .key("entries")?
            .items()?
            .iter()
            .map(|entry| {
                let descriptions = entry.key("descriptions")?;
                let object = descriptions
                    .json
                    .as_object()
                    .ok_or_else(|| descriptions.error("an object"))?;
                let descriptions = object
                    .iter()
                    .map(|(lang, text)| Some((lang.clone(), text.as_str()?.to_owned())))
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(|| descriptions.error("strings"))?;
                Ok(DocEntry {
                    name: entry.key("name")?.string()?,
                    value: entry.key("value")?.value()?,
                    descriptions,
                    retired: entry.optional("retired").is_some(),
                    // `null` is no class; no key, a document without classes.
                    class: match entry.key("class") {
                        Err(_) => DocClass::Unrecorded,
                        Ok(class) if class.json.is_null() => DocClass::In(None),
                        Ok(class) => DocClass::In(Some(class.string()?)),
                    },
                })
            })
            .collect::<Result<_, SnapshotError>>()?;
        let aliases = table
            .key("aliases")?
            .items()?
            .iter()
            .map(|alias| {
                Ok(DocAlias {
                    name: alias.key("name")?.string()?,
                    alias_of: alias.key("alias_of")?.string()?,
                    value: alias.key("value")?.value()?,
                })
            })
            .collect::<Result<_, SnapshotError>>()?;
        Ok(Self {
            name: table.key("name")?.string()?,
            ty: table.key("type")?.string()?,
            serde: table.optional("serde").map(|s| s.string()).transpose()?,
            shape: table.optional("shape").map(|s| s.json.clone()),
            reserved_values,
            reserved_names,
            entries,
            aliases,
        })
    }

    /// The entry a name stands for, as the table reads names: an entry's own, or an
    /// alias's entry.
    fn resolve(&self, name: &str) -> Option<&DocEntry> {
        let target = self
            .aliases
            .iter()
            .find(|a| a.name == name)
            .map_or(name, |a| a.alias_of.as_str());
        self.entries.iter().find(|e| e.name == target)
    }

    fn by_value(&self, value: &Key) -> Option<&DocEntry> {
        self.entries
            .iter()
            .find(|e| e.value.as_ref() == Some(value))
    }

    fn reserves_value(&self, value: &Key) -> bool {
        self.reserved_values.iter().any(|r| r.contains(value))
    }

    fn reserves_name(&self, name: &str) -> bool {
        self.reserved_names.iter().any(|n| n == name)
    }
}

// ---------------------------------------------------------------------------------------
// The comparison.

fn compare_table(old: &DocTable, new: &DocTable, changes: &mut Vec<Change>) {
    let table = old.name.as_str();
    let mut push = |kind, code: Option<&str>, message: String| {
        changes.push(change(kind, table, code, message));
    };
    if old.ty != new.ty {
        push(
            ChangeKind::ValueType,
            None,
            format!("the value type was {}, now {}", old.ty, new.ty),
        );
        // Values of another type cannot be compared.
        return;
    }
    if let (Some(was), Some(now)) = (&old.serde, &new.serde) {
        if was != now {
            push(
                ChangeKind::SerdeForm,
                None,
                format!("codes crossed serde by {was}, now by {now}"),
            );
        }
    }
    if old.shape != new.shape {
        let show = |shape: &Option<Json>| shape.as_ref().map_or("none".to_owned(), Json::to_string);
        push(
            ChangeKind::Shape,
            None,
            format!(
                "the values' shape was {}, now {}",
                show(&old.shape),
                show(&new.shape)
            ),
        );
    }
    for entry in &old.entries {
        compare_entry(new, entry, &mut push);
    }
    for alias in &old.aliases {
        match new.resolve(&alias.name) {
            Some(now) if now.value != alias.value && alias.value.is_some() => push(
                ChangeKind::Renumbered,
                Some(&alias.name),
                format!(
                    "the alias stood for {}, now for {}",
                    show(alias.value.as_ref()),
                    show(now.value.as_ref())
                ),
            ),
            Some(_) => {}
            None if new.reserves_name(&alias.name) => {}
            None => push(
                ChangeKind::NameRemoved,
                Some(&alias.name),
                "the alias is gone; keep it, or reserve its name".to_owned(),
            ),
        }
    }
    compare_reservations(old, new, &mut push);
    for entry in &new.entries {
        let known_name = old.resolve(&entry.name).is_some();
        let known_value = entry
            .value
            .as_ref()
            .is_some_and(|v| old.by_value(v).is_some());
        let reserved = entry.value.as_ref().is_some_and(|v| old.reserves_value(v))
            || old.reserves_name(&entry.name);
        if !known_name && !known_value && !reserved {
            push(
                ChangeKind::CodeAdded,
                Some(&entry.name),
                format!("a new code, value {}", show(entry.value.as_ref())),
            );
        }
    }
}

/// The snapshot's reservations: each still reserved, and taken by no code.
fn compare_reservations(
    old: &DocTable,
    new: &DocTable,
    push: &mut impl FnMut(ChangeKind, Option<&str>, String),
) {
    for reservation in &old.reserved_values {
        if !new.reserved_values.iter().any(|r| r.covers(reservation)) {
            push(
                ChangeKind::ReservationRemoved,
                None,
                format!("the value {reservation} is no longer reserved"),
            );
        }
        let reuse = new
            .entries
            .iter()
            .filter(|e| e.value.as_ref().is_some_and(|v| reservation.contains(v)));
        for entry in reuse {
            push(
                ChangeKind::ReservedValueReused,
                Some(&entry.name),
                format!(
                    "takes {}, which the snapshot reserves",
                    show(entry.value.as_ref())
                ),
            );
        }
    }
    for name in &old.reserved_names {
        if !new.reserves_name(name) {
            push(
                ChangeKind::ReservationRemoved,
                None,
                format!("the name {name} is no longer reserved"),
            );
        }
        if new.resolve(name).is_some() {
            push(
                ChangeKind::ReservedNameReused,
                Some(name),
                "the snapshot reserves this name, and a code has it again".to_owned(),
            );
        }
    }
}

fn show(value: Option<&Key>) -> String {
    value.map_or("no value".to_owned(), ToString::to_string)
}

fn compare_entry(
    new: &DocTable,
    entry: &DocEntry,
    push: &mut impl FnMut(ChangeKind, Option<&str>, String),
) {
    let name = entry.name.as_str();
    let now = new.resolve(name);
    // What the name stands for now.
    match now {
        Some(now) if now.value != entry.value => push(
            ChangeKind::Renumbered,
            Some(name),
            format!(
                "was {}, now {}",
                show(entry.value.as_ref()),
                show(now.value.as_ref())
            ),
        ),
        Some(now) if now.name != name => push(
            ChangeKind::CodeRenamed,
            Some(name),
            format!("now named {}, the old name kept as an alias", now.name),
        ),
        Some(now) => {
            if now.retired && !entry.retired {
                push(ChangeKind::CodeRetired, Some(name), "retired".to_owned());
            }
            if let DocClass::In(was) = &entry.class {
                let is = match &now.class {
                    DocClass::In(class) => class.clone(),
                    DocClass::Unrecorded => None,
                };
                if *was != is {
                    let shown = |class: &Option<String>| {
                        class
                            .as_ref()
                            .map_or("no class".to_owned(), |c| format!("class {c}"))
                    };
                    push(
                        ChangeKind::ClassChanged,
                        Some(name),
                        format!("was in {}, now in {}", shown(was), shown(&is)),
                    );
                }
            }
            for (lang, text) in &entry.descriptions {
                let changed = now
                    .descriptions
                    .iter()
                    .find(|(l, _)| l == lang)
                    .is_some_and(|(_, t)| t != text);
                if changed {
                    push(
                        ChangeKind::DescriptionChanged,
                        Some(name),
                        format!("the {lang} description changed"),
                    );
                }
            }
        }
        None if new.reserves_name(name) => {
            let value_kept = entry.value.as_ref().is_none_or(|v| new.reserves_value(v));
            if value_kept {
                push(
                    ChangeKind::CodeRemoved,
                    Some(name),
                    "removed, its value and name reserved".to_owned(),
                );
            }
        }
        None => push(
            ChangeKind::NameRemoved,
            Some(name),
            format!(
                "the code ({}) is gone; mark it #[retired] instead, or reserve its value and name",
                show(entry.value.as_ref())
            ),
        ),
    }
    // What the value means now.
    let Some(value) = &entry.value else { return };
    match new.by_value(value) {
        Some(now) if now.name == name => {}
        Some(now) if new.resolve(name).is_some_and(|e| e.name == now.name) => {}
        Some(now) if entry.retired => push(
            ChangeKind::RetiredValueReused,
            Some(name),
            format!(
                "{value} belonged to the retired {name}, and now means {}",
                now.name
            ),
        ),
        Some(now) => push(
            ChangeKind::ValueReassigned,
            Some(name),
            format!("{value} meant {name}, and now means {}", now.name),
        ),
        // A renumbered name is reported above, with its old value.
        None if now.is_some() => {}
        None if new.reserves_value(value) => {}
        // Removed with its name reserved but not its value: the value is what is lost.
        None => push(
            ChangeKind::ValueRemoved,
            Some(name),
            format!("{value} no longer reads back; mark the code #[retired], or reserve {value}"),
        ),
    }
}
