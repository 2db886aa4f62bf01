//! A reader of delimited text: RFC 4180 CSV (cells separated by commas, a cell in double
//! quotes may hold commas, line breaks and `""` for a quote) and TSV (cells separated by
//! tabs, no quoting). It knows nothing of tables; every cell keeps its line and column
//! (1-based, in characters) for messages. A leaf: it uses no other module of the crate.

/// A cell's text and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub line: usize,
    pub column: usize,
}

/// A record: its cells, and the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub cells: Vec<Cell>,
}

/// Why a text is not well-formed, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed {
    pub line: usize,
    pub column: usize,
    pub what: &'static str,
}

/// The separator of a format.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    Csv,
    Tsv,
}

/// The records of `text`, blank lines left out; the first malformed spot ends the reading.
pub fn read(text: &str, format: Format) -> Result<Vec<Record>, Malformed> {
    let mut reader = Reader {
        chars: text.chars().peekable(),
        line: 1,
        column: 1,
    };
    let mut records = Vec::new();
    while reader.chars.peek().is_some() {
        let line = reader.line;
        let cells = match format {
            Format::Csv => reader.csv_record()?,
            Format::Tsv => reader.tsv_record(),
        };
        let blank = cells.len() == 1 && cells[0].text.is_empty();
        if !blank {
            records.push(Record { line, cells });
        }
    }
    Ok(records)
}

struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    column: usize,
}

impl Reader<'_> {
    fn next(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    /// Consumes the end of a line (`\n` or `\r\n`) if it is next; whether it was.
    fn end_of_line(&mut self) -> bool {
        if self.chars.peek() == Some(&'\r') {
            self.next();
        }
        if self.chars.peek() == Some(&'\n') {
            self.next();
            return true;
        }
        false
    }

    fn tsv_record(&mut self) -> Vec<Cell> {
        let mut cells = vec![self.start_cell()];
        while let Some(&c) = self.chars.peek() {
            if c == '\r' || c == '\n' {
                self.end_of_line();
                break;
            }
            self.next();
            if c == '\t' {
                cells.push(self.start_cell());
            } else if let Some(cell) = cells.last_mut() {
                cell.text.push(c);
            }
        }
        cells
    }

    fn start_cell(&self) -> Cell {
        Cell {
            text: String::new(),
            line: self.line,
            column: self.column,
        }
    }

    fn csv_record(&mut self) -> Result<Vec<Cell>, Malformed> {
        let mut cells = Vec::new();
        loop {
            let mut cell = self.start_cell();
            if self.chars.peek() == Some(&'"') {
                self.next();
                self.quoted(&mut cell)?;
            } else {
                while let Some(&c) = self.chars.peek() {
                    if matches!(c, ',' | '\r' | '\n') {
                        break;
                    }
                    if c == '"' {
                        return Err(self.malformed(
                            "a quote inside a cell that does not start with one \
                             (quote the whole cell and double the quote: `\"a \"\"b\"\"\"`)",
                        ));
                    }
                    self.next();
                    cell.text.push(c);
                }
            }
            cells.push(cell);
            match self.chars.peek() {
                Some(',') => {
                    self.next();
                }
                Some(_) => {
                    if !self.end_of_line() {
                        return Err(self.malformed("a lone carriage return"));
                    }
                    return Ok(cells);
                }
                None => return Ok(cells),
            }
        }
    }

    /// The rest of a quoted cell, after its opening quote, up to and past its closing one.
    fn quoted(&mut self, cell: &mut Cell) -> Result<(), Malformed> {
        loop {
            match self.next() {
                None => {
                    return Err(Malformed {
                        line: cell.line,
                        column: cell.column,
                        what: "a quoted cell that is never closed (an unbalanced `\"`)",
                    })
                }
                Some('"') if self.chars.peek() == Some(&'"') => {
                    self.next();
                    cell.text.push('"');
                }
                Some('"') => {
                    return match self.chars.peek() {
                        None | Some(',' | '\r' | '\n') => Ok(()),
                        Some(_) => Err(self.malformed(
                            "text after a quoted cell's closing quote (double a quote inside \
                             a quoted cell: `\"\"`)",
                        )),
                    };
                }
                Some(c) => cell.text.push(c),
            }
        }
    }

    fn malformed(&self, what: &'static str) -> Malformed {
        Malformed {
            line: self.line,
            column: self.column,
            what,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{read, Format, Malformed};

    fn texts(text: &str, format: Format) -> Vec<Vec<String>> {
        read(text, format)
            .unwrap()
            .into_iter()
            .map(|r| r.cells.into_iter().map(|c| c.text).collect())
            .collect()
    }

    #[test]
    fn plain_and_quoted_cells() {
        let text = "name,value\r\nA,\"1, \"\"one\"\"\"\n\nB,\"two\nlines\"\n";
        assert_eq!(
            texts(text, Format::Csv),
            [
                vec!["name", "value"],
                vec!["A", "1, \"one\""],
                vec!["B", "two\nlines"]
            ]
        );
    }

    #[test]
    fn positions_count_characters_and_lines() {
        let records = read("é,b\n\"x\ny\",z", Format::Csv).unwrap();
        assert_eq!(
            (records[0].cells[1].line, records[0].cells[1].column),
            (1, 3)
        );
        assert_eq!(records[1].line, 2);
        assert_eq!(
            (records[1].cells[1].line, records[1].cells[1].column),
            (3, 4)
        );
    }

    #[test]
    fn empty_cells_and_no_final_newline() {
        assert_eq!(
            texts("a,,\n,b", Format::Csv),
            [vec!["a", "", ""], vec!["", "b"]]
        );
    }

    #[test]
    fn tsv_splits_at_tabs_and_keeps_quotes() {
        assert_eq!(
            texts("a\t\"b\"\t\nc\td\r\n", Format::Tsv),
            [vec!["a", "\"b\"", ""], vec!["c", "d"]]
        );
    }

    #[test]
    fn unbalanced_quote_is_reported_where_the_cell_starts() {
        let err = read("a,b\nc,\"d,e\nf\n", Format::Csv).unwrap_err();
        assert_eq!((err.line, err.column), (2, 3));
        assert!(err.what.contains("never closed"));
    }

    proptest::proptest! {
        /// Any text is records or one `Malformed`, never a panic; and a text of plain
        /// cells reads back as written.
        #[test]
        fn any_text_reads_or_is_malformed(text in "[a,\"\\r\n\té]{0,40}") {
            let _ = read(&text, Format::Csv);
            let _ = read(&text, Format::Tsv);
        }

        #[test]
        fn plain_cells_read_back(rows in proptest::collection::vec(
            proptest::collection::vec("[a-z0-9 ]{1,5}", 1..4), 1..5)) {
            let text: String = rows.iter().map(|r| r.join(",") + "\n").collect();
            proptest::prop_assert_eq!(texts(&text, Format::Csv), rows);
        }
    }

    #[test]
    fn stray_quotes_are_reported() {
        let Malformed { line, column, .. } = read("a,b\"c\n", Format::Csv).unwrap_err();
        assert_eq!((line, column), (1, 4));
        assert!(read("\"a\"b\n", Format::Csv).is_err());
    }
}
