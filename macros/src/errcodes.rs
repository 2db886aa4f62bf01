//! A reader of PostgreSQL's `errcodes.txt` as PostgreSQL ships it, the canonical list of
//! SQLSTATE codes: one condition a line, `sqlstate  E/W/S  ERRCODE_MACRO_NAME
//! [condition_name]`, with `#` comments and `Section: ...` lines between them.
//!
//! It gives the records a CSV file with this header would: `value`, `kind` (`E`, `W` or
//! `S`), `name` (the macro name), `description` (the condition name, empty where the line
//! has none) and `alias_of`. A code listed more than once is one entry, its line with a
//! condition name, and aliases, its other lines, whose `alias_of` names the entry (and
//! whose `value` is left empty, the entry's); an alias
//! the file lists before its entry comes right after it, since an alias follows what it
//! names. A leaf: it uses only the records of `csv.rs`.

use crate::csv::{Cell, Malformed, Record};

/// The header of the records.
pub const HEADER: [&str; 5] = ["value", "kind", "name", "description", "alias_of"];

/// The records of `text`, after a header record (line 1) of [`HEADER`].
pub fn read(text: &str) -> Result<Vec<Record>, Malformed> {
    let mut rows: Vec<Record> = Vec::new();
    for (at, line) in text.lines().enumerate() {
        let number = at + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with("Section:") {
            continue;
        }
        let fields = fields(line, number);
        let kind_ok = fields
            .get(1)
            .is_some_and(|k| matches!(k.text.as_str(), "E" | "W" | "S"));
        if !(3..=4).contains(&fields.len()) || !kind_ok {
            return Err(Malformed {
                line: number,
                column: 1,
                what: "a line that is not `sqlstate  E/W/S  ERRCODE_NAME  [condition_name]`",
            });
        }
        let mut cells = fields;
        if cells.len() == 3 {
            cells.push(empty(number, line));
        }
        cells.push(empty(number, line));
        rows.push(Record {
            line: number,
            cells,
        });
    }
    Ok(aliases_after_entries(rows))
}

/// A `Section: Class 22 - Data Exception` line: a class of SQLSTATE codes, its two
/// characters and its title, for `#[classes(from_file)]`.
pub struct Section {
    pub class: String,
    pub title: String,
    pub line: usize,
}

/// The `Section: Class XX - Title` lines of `text`, in order. Other `Section:` lines (the
/// file has none) are no classes.
pub fn sections(text: &str) -> Vec<Section> {
    text.lines()
        .enumerate()
        .filter_map(|(at, line)| {
            let rest = line.trim().strip_prefix("Section:")?.trim_start();
            let (class, title) = rest.strip_prefix("Class ")?.split_once(" - ")?;
            let class = class.trim();
            (class.len() == 2 && !title.trim().is_empty()).then(|| Section {
                class: class.to_owned(),
                title: title.trim().to_owned(),
                line: at + 1,
            })
        })
        .collect()
}

/// The whitespace-separated fields of a line, each with its column.
fn fields(line: &str, number: usize) -> Vec<Cell> {
    let mut out = Vec::new();
    let mut current: Option<Cell> = None;
    for (at, c) in line.chars().enumerate() {
        if c.is_whitespace() {
            out.extend(current.take());
        } else {
            current
                .get_or_insert_with(|| Cell {
                    text: String::new(),
                    line: number,
                    column: at + 1,
                })
                .text
                .push(c);
        }
    }
    out.extend(current);
    out
}

/// An empty cell at the end of a line.
fn empty(number: usize, line: &str) -> Cell {
    Cell {
        text: String::new(),
        line: number,
        column: line.chars().count() + 1,
    }
}

/// Marks each line without a condition name whose code has a line with one as an alias of
/// that line's name, and moves it after that line if it came before.
fn aliases_after_entries(rows: Vec<Record>) -> Vec<Record> {
    let has_condition = |r: &Record| !r.cells[3].text.is_empty();
    let entry_of = |code: &str| {
        rows.iter()
            .find(|r| r.cells[0].text == code && has_condition(r))
            .map(|r| r.cells[2].text.clone())
    };
    let mut out: Vec<Record> = Vec::with_capacity(rows.len() + 1);
    out.push(Record {
        line: 1,
        cells: HEADER
            .iter()
            .enumerate()
            .map(|(at, name)| Cell {
                text: (*name).to_owned(),
                line: 1,
                column: at + 1,
            })
            .collect(),
    });
    let mut waiting: Vec<Record> = Vec::new();
    for mut row in rows.iter().cloned() {
        if !has_condition(&row) {
            if let Some(entry) = entry_of(&row.cells[0].text) {
                row.cells[4].text = entry;
                // Its value is its entry's.
                row.cells[0].text.clear();
                // Its entry is not out yet: it waits for it.
                if !out.iter().any(|r| r.cells[2].text == row.cells[4].text) {
                    waiting.push(row);
                    continue;
                }
            }
        }
        let name = row.cells[2].text.clone();
        out.push(row);
        let (ready, rest): (Vec<Record>, Vec<Record>) =
            waiting.into_iter().partition(|r| r.cells[4].text == name);
        out.extend(ready);
        waiting = rest;
    }
    out.extend(waiting);
    out
}

#[cfg(test)]
mod tests {
    use super::{read, sections};

    #[test]
    fn class_sections_with_their_titles_and_lines() {
        let text = "Section: Introduction\nSection: Class 02 - No Data (a warning)\n\
                    02000    W    ERRCODE_NO_DATA    no_data\n  Section: Class XX -  Internal Error \n\
                    Section: Class 123 - Too Long\nSection: Class 22 -\n";
        let sections = sections(text);
        let found: Vec<(&str, &str, usize)> = sections
            .iter()
            .map(|s| (s.class.as_str(), s.title.as_str(), s.line))
            .collect();
        assert_eq!(
            found,
            [
                ("02", "No Data (a warning)", 2),
                ("XX", "Internal Error", 4)
            ]
        );
    }

    #[test]
    fn lines_comments_sections_and_aliases() {
        let text = "# comment\nSection: Class 22 - Data Exception\n\n\
                    2202E    E    ERRCODE_ARRAY_ELEMENT_ERROR\n\
                    2202E    E    ERRCODE_ARRAY_SUBSCRIPT_ERROR    array_subscript_error\n\
                    01000    W    ERRCODE_WARNING    warning\n";
        let records = read(text).unwrap();
        let rows: Vec<Vec<&str>> = records
            .iter()
            .map(|r| r.cells.iter().map(|c| c.text.as_str()).collect())
            .collect();
        assert_eq!(
            rows,
            [
                vec!["value", "kind", "name", "description", "alias_of"],
                vec![
                    "2202E",
                    "E",
                    "ERRCODE_ARRAY_SUBSCRIPT_ERROR",
                    "array_subscript_error",
                    ""
                ],
                vec![
                    "",
                    "E",
                    "ERRCODE_ARRAY_ELEMENT_ERROR",
                    "",
                    "ERRCODE_ARRAY_SUBSCRIPT_ERROR"
                ],
                vec!["01000", "W", "ERRCODE_WARNING", "warning", ""],
            ]
        );
        assert_eq!((records[1].line, records[1].cells[2].column), (5, 15));
    }

    proptest::proptest! {
        /// Any text is records or one `Malformed`, never a panic.
        #[test]
        fn any_text_reads_or_is_malformed(text in "[0-9A-Z EWS_#\n\t]{0,60}") {
            let _ = read(&text);
        }
    }

    #[test]
    fn a_line_of_another_shape_is_malformed() {
        let err = read("Section: x\n01000 X ERRCODE_WARNING warning\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(read("01000 W\n").is_err());
    }
}
