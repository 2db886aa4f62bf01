//! `HttpStatus` against IANA's registry file (`fixtures/http-status-codes-1.csv`, which
//! `define_codes!` reads), parsed here again by other code: every assigned row is an entry with
//! the row's value, description, reference and a name made from the description; the
//! `Unassigned` rows are no entries, and the `(Unused)` rows reserve their value.

use codetable_examples::http::HttpStatus;

/// One record of a CSV file with `"`-quoted cells (RFC 4180), split by hand.
fn cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cells.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(String::new()),
            (c, _) => cells.last_mut().unwrap().push(c),
        }
    }
    assert!(!quoted, "unbalanced quotes in {line:?}");
    cells
}

/// The registry's rows after its header: (value or range, description, reference).
fn rows() -> Vec<(String, String, String)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/http-status-codes-1.csv"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("Value,Description,Reference"));
    lines
        .map(|line| {
            let [value, description, reference]: [String; 3] = cells(line)
                .try_into()
                .unwrap_or_else(|c| panic!("{line}: {c:?}"));
            (value, description, reference)
        })
        .collect()
}

/// The description in upper snake case: words are runs of letters and digits.
fn snake(description: &str) -> String {
    description
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_uppercase)
        .collect::<Vec<_>>()
        .join("_")
}

#[test]
fn every_assigned_row_is_an_entry_in_the_files_order() {
    let assigned: Vec<_> = rows()
        .into_iter()
        .filter(|(_, d, _)| d != "Unassigned" && d != "(Unused)")
        .collect();
    assert_eq!(assigned.len(), HttpStatus::COUNT);
    for ((value, description, reference), code) in assigned.iter().zip(HttpStatus::all()) {
        let value: u16 = value.parse().unwrap();
        assert_eq!(code.value(), value);
        assert_eq!(code.description(), description);
        assert_eq!(code.reference(), reference);
        assert_eq!(code.name(), snake(description));
        assert_eq!(HttpStatus::from_value(value), Some(*code));
        assert_eq!(HttpStatus::from_name(&snake(description)), Some(*code));
    }
}

#[test]
fn unassigned_and_unused_rows_are_no_entries() {
    let mut unused = Vec::new();
    let mut unassigned = 0;
    for (value, description, _) in rows() {
        let (low, high) = value.split_once('-').unwrap_or((&value, &value));
        let (low, high): (u16, u16) = (low.parse().unwrap(), high.parse().unwrap());
        match description.as_str() {
            "Unassigned" => {
                for v in low..=high {
                    assert_eq!(HttpStatus::from_value(v), None, "{v} is unassigned");
                    unassigned += 1;
                }
            }
            "(Unused)" => {
                assert_eq!(low, high);
                assert_eq!(HttpStatus::from_value(low), None, "{low} is unused");
                unused.push(low);
            }
            _ => {}
        }
    }
    assert_eq!(unused, [306, 418]);
    // 100 to 599 is every value the registry speaks of.
    assert_eq!(unassigned + unused.len() + HttpStatus::COUNT, 500);
}

#[test]
fn names_made_from_descriptions_read_as_written() {
    assert_eq!(
        HttpStatus::NON_AUTHORITATIVE_INFORMATION.description(),
        "Non-Authoritative Information"
    );
    assert_eq!(HttpStatus::NOT_EXTENDED_OBSOLETED.value(), 510);
    assert_eq!(HttpStatus::OK.name(), "OK");
    assert_eq!(HttpStatus::HTTP_VERSION_NOT_SUPPORTED.value(), 505);
}
