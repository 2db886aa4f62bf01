//! The fixtures of `tests/fixtures/`, which `extract_seeds.py` wrote from the seed
//! documentation pages: tab-separated cells (`\\`, `\t` and `\n` escaped) under a header
//! line. Read by the Agora tables' tests and by the export's Markdown tests.

use std::collections::BTreeSet;
use std::path::PathBuf;

fn fixture_path(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(file)
}

/// Undoes the fixtures' cell escaping: `\\`, `\t`, `\n`.
pub fn unescape(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            other => panic!("bad escape \\{other:?} in {cell:?}"),
        }
    }
    out
}

/// The rows of a fixture, without its header line, checked against `header`.
pub fn read_tsv(file: &str, header: &[&str]) -> Vec<Vec<String>> {
    let path = fixture_path(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut lines = text.lines();
    assert_eq!(
        lines.next().map(|l| l.split('\t').collect::<Vec<_>>()),
        Some(header.to_vec())
    );
    lines
        .map(|line| {
            let cells: Vec<String> = line.split('\t').map(unescape).collect();
            assert_eq!(cells.len(), header.len(), "{file}: {line:?}");
            cells
        })
        .collect()
}

/// One entry as the page gives it (then corrected).
#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    /// `None` for an entry the page gives no value.
    pub value: Option<i128>,
    /// One description per language of the table.
    pub descriptions: Vec<String>,
}

/// A header fact that overrides a page row (`corrections.tsv`).
pub struct Correction {
    /// The fixture's stem (`signaling`).
    pub table: String,
    pub page_name: String,
    pub page_value: String,
    pub sdk_name: String,
    pub sdk_value: String,
    pub reason: String,
}

/// The rows of `corrections.tsv`.
pub fn corrections() -> Vec<Correction> {
    read_tsv(
        "corrections.tsv",
        &[
            "table",
            "page_name",
            "page_value",
            "sdk_name",
            "sdk_value",
            "reason",
        ],
    )
    .into_iter()
    .map(|cells| {
        let [table, page_name, page_value, sdk_name, sdk_value, reason] =
            <[String; 6]>::try_from(cells).expect("six cells");
        Correction {
            table,
            page_name,
            page_value,
            sdk_name,
            sdk_value,
            reason,
        }
    })
    .collect()
}

/// A value cell: `None` when empty.
pub fn parse_value(cell: &str) -> Option<i128> {
    (!cell.is_empty()).then(|| {
        cell.parse()
            .unwrap_or_else(|e| panic!("value {cell:?}: {e}"))
    })
}

/// The rows of table `stem` (its fixture file without `.tsv`), corrections applied.
pub fn rows(stem: &str) -> Vec<Row> {
    let header: &[&str] = if stem == "signaling" {
        &["name", "value", "en", "zh"]
    } else {
        &["name", "value", "description"]
    };
    let mut rows: Vec<Row> = read_tsv(&format!("{stem}.tsv"), header)
        .into_iter()
        .map(|mut cells| {
            let descriptions = cells.split_off(2);
            Row {
                name: cells[0].clone(),
                value: parse_value(&cells[1]),
                descriptions,
            }
        })
        .collect();
    for correction in corrections().iter().filter(|c| c.table == stem) {
        let page_value = parse_value(&correction.page_value);
        let matching: Vec<&mut Row> = rows
            .iter_mut()
            .filter(|row| row.name == correction.page_name && row.value == page_value)
            .collect();
        assert_eq!(
            matching.len(),
            1,
            "correction of {stem} {}",
            correction.page_name
        );
        for row in matching {
            row.name.clone_from(&correction.sdk_name);
            row.value = parse_value(&correction.sdk_value);
        }
    }
    rows
}

/// Which entries each table marks `#[deprecated]`, from `deprecated.tsv`, as
/// `(table, name)` (`SignalingError`, not the stem).
pub fn deprecated() -> BTreeSet<(String, String)> {
    read_tsv("deprecated.tsv", &["table", "name", "note"])
        .into_iter()
        .map(|cells| (cells[0].clone(), cells[1].clone()))
        .collect()
}
