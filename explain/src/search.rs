//! Reading a query and finding the entries it means, in any list of [`Table`]s.

use codetable::{AliasEntry, Entry, Table, Unknown, Value};
use std::fmt;

/// What a query asks for, as [`Query::parse`] reads it. Either kind is also the value of a
/// string table's code as written (`01000`, `42P01`, `invalid_grant`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Query {
    /// A number: decimal or `0x` hexadecimal, with an optional sign.
    Number {
        /// The number as written (trimmed).
        text: String,
        /// The values it matches: the number itself and, for a negative number, its absolute
        /// value too (SDKs return error codes negated). Empty when the number does not fit
        /// in an `i128`, so it matches nothing.
        values: Vec<i128>,
    },
    /// Anything else: a string table's value (matched exactly), a name or an alias
    /// (matched exactly, ignoring ASCII case) or, failing those, a word to look for in
    /// names, descriptions and string values.
    Text(String),
}

impl Query {
    /// Reads a query. Never fails: what is not a number is text.
    ///
    /// ```
    /// use codetable_explain::Query;
    ///
    /// assert_eq!(Query::parse("-17").values(), &[-17, 17]);
    /// assert_eq!(Query::parse("0x1F5").values(), &[501]);
    /// assert_eq!(Query::parse("LOGIN_E_NET"), Query::Text("LOGIN_E_NET".into()));
    /// ```
    #[must_use]
    pub fn parse(input: &str) -> Self {
        let text = input.trim();
        match parse_number(text) {
            Some(value) => {
                let mut values: Vec<i128> = value.into_iter().collect();
                if let Some(abs) = value.filter(|v| *v < 0).and_then(i128::checked_neg) {
                    values.push(abs);
                }
                Query::Number {
                    text: text.to_owned(),
                    values,
                }
            }
            None => Query::Text(text.to_owned()),
        }
    }

    /// The values a number query matches in integer tables; empty for text.
    #[must_use]
    pub fn values(&self) -> &[i128] {
        match self {
            Query::Number { values, .. } => values,
            Query::Text(_) => &[],
        }
    }

    /// The query as written (trimmed): what it matches in string tables.
    ///
    /// ```
    /// use codetable_explain::Query;
    ///
    /// assert_eq!(Query::parse(" 01000 ").text(), "01000");
    /// assert_eq!(Query::parse("42P01").text(), "42P01");
    /// ```
    #[must_use]
    pub fn text(&self) -> &str {
        match self {
            Query::Number { text, .. } | Query::Text(text) => text,
        }
    }

    /// Whether `value` is one the query asks for: an integer among [`Query::values`], or
    /// the string [`Query::text`] exactly.
    #[must_use]
    pub fn has_value(&self, value: Value<'_>) -> bool {
        match value {
            Value::Int(int) => self.values().contains(&int),
            Value::Str(text) => text == self.text(),
        }
    }
}

/// `Some(Some(n))` for a number that fits in an `i128`, `Some(None)` for a well-formed number
/// that does not, `None` for what is not a number.
fn parse_number(text: &str) -> Option<Option<i128>> {
    let (negative, unsigned) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (radix, digits) = match unsigned.get(..2) {
        Some("0x" | "0X") => (16, &unsigned[2..]),
        _ => (10, unsigned),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    // The digits are valid, so the only possible failure is overflow. Parsing with the sign
    // keeps `i128::MIN` in range.
    let signed = if negative {
        format!("-{digits}")
    } else {
        digits.to_owned()
    };
    Some(i128::from_str_radix(&signed, radix).ok())
}

/// How the entries of a [`Found`] matched the query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchKind {
    /// By value.
    Value,
    /// By name or alias, exactly but for ASCII case.
    Name,
    /// Some by a string table's value, the others by name or alias (in other tables).
    ValueOrName,
    /// By a part of the name, of an alias or of a description, in any language, ignoring
    /// case.
    Words,
}

/// An entry, with the aliases its table declares for it (other names of the same code).
#[derive(Clone, Debug)]
pub struct Hit {
    /// The entry.
    pub entry: Entry,
    /// Its aliases, in declaration order; most entries have none.
    pub aliases: Vec<AliasEntry>,
}

impl Hit {
    /// The name or alias of this entry that is `name` ignoring ASCII case, as declared.
    #[must_use]
    pub fn name_like(&self, name: &str) -> Option<&'static str> {
        std::iter::once(self.entry.name)
            .chain(self.aliases.iter().map(|alias| alias.name))
            .find(|declared| declared.eq_ignore_ascii_case(name))
    }
}

/// The result of a search: the entries, in table order then declaration order.
#[derive(Debug)]
pub struct Found {
    /// How the entries matched.
    pub kind: MatchKind,
    /// The matching entries; empty when nothing matched.
    pub hits: Vec<Hit>,
}

/// Finds what `query` means in `tables`: for a number, the entries with its value(s), in
/// integer tables, or with the number as written as their value, in string tables
/// (`01000`); for text, the entries with it as their value in string tables (exactly:
/// `42P01`, `invalid_grant`) and, in each table where none has, the entries named so or
/// having an alias so named (ignoring ASCII case) or, when no table has either, the
/// entries whose name, aliases, descriptions or string value contain it (ignoring case).
///
/// ```
/// use codetable::agora::ALL_TABLES;
/// use codetable::{Table, Value};
/// use codetable_examples::oauth::OAuthError;
/// use codetable_examples::sqlstate::SqlState;
/// use codetable_explain::{find, MatchKind, Query};
///
/// let found = find(ALL_TABLES, &Query::parse("login_e_net"));
/// assert_eq!(found.kind, MatchKind::Name);
/// assert_eq!(found.hits[0].entry.value, Some(Value::Int(201)));
///
/// // An alias (the Web SDK build's spelling) gives the code it stands for.
/// let found = find(ALL_TABLES, &Query::parse("ERR_STATIC_USE_DYANMIC_KE"));
/// assert_eq!(found.hits[0].entry.name, "ERR_STATIC_USE_DYNAMIC_KEY");
/// assert_eq!(found.hits[0].aliases[0].name, "ERR_STATIC_USE_DYANMIC_KE");
///
/// // String tables are searched by value too.
/// let tables = [Table::of::<SqlState>(), Table::of::<OAuthError>()];
/// let found = find(&tables, &Query::parse("42P01"));
/// assert_eq!((found.kind, found.hits[0].entry.name), (MatchKind::Value, "UNDEFINED_TABLE"));
/// let found = find(&tables, &Query::parse("invalid_grant"));
/// assert_eq!((found.kind, found.hits[0].entry.name), (MatchKind::Value, "INVALID_GRANT"));
/// assert_eq!(find(&tables, &Query::parse("23505")).hits[0].entry.value, Some(Value::Str("23505")));
/// ```
#[must_use]
pub fn find(tables: &[Table], query: &Query) -> Found {
    match query {
        Query::Number { .. } => Found {
            kind: MatchKind::Value,
            hits: hits(tables)
                .filter(|hit| {
                    hit.entry
                        .value
                        .is_some_and(|v| query.has_value(v) || of_table(hit, query) == Some(v))
                })
                .collect(),
        },
        Query::Text(text) => {
            // Per table: the code with this value (a string table's), else the code so named.
            let (mut by_value, mut by_name) = (false, false);
            let exact: Vec<Hit> = tables
                .iter()
                .filter_map(|table| {
                    let entry = match table.from_value(text.as_str()) {
                        Some(entry) => {
                            by_value = true;
                            entry
                        }
                        None => {
                            let entry = table.from_name_ignore_ascii_case(text)?;
                            by_name = true;
                            entry
                        }
                    };
                    Some(hit(table, entry))
                })
                .collect();
            if !exact.is_empty() {
                let kind = match (by_value, by_name) {
                    (true, false) => MatchKind::Value,
                    (false, _) => MatchKind::Name,
                    (true, true) => MatchKind::ValueOrName,
                };
                return Found { kind, hits: exact };
            }
            let needle = text.to_lowercase();
            Found {
                kind: MatchKind::Words,
                hits: hits(tables)
                    .filter(|hit| !needle.is_empty() && mentions(hit, &needle))
                    .collect(),
            }
        }
    }
}

/// What a query means to each table of `tables` that knows none of its values, as a value
/// the table does not know ([`Table::decode`]'s [`Unknown`]). To an integer table, a number
/// is the code an SDK return value stands for (the absolute value of a negative number, as
/// the Agora tables' `check` reads it) or, when the table's type cannot hold that, the
/// number itself; a table whose type holds neither, and text, give nothing. To a string
/// table, a query of either kind is a code as written (`XX999`).
///
/// ```
/// use codetable_examples::TABLES;
/// use codetable_explain::{find, unknowns, Query};
///
/// // The Signaling header has GENERAL_E_LARGE_PARAM = 1005; the pages, so the table, do not.
/// let query = Query::parse("-1005");
/// let signaling = &TABLES[..1];
/// assert!(find(signaling, &query).hits.is_empty());
/// let unknown = unknowns(signaling, &query);
/// assert_eq!(unknown[0].to_string(), "SignalingError 1005 (not in the table)");
/// // Native and RTC v4 have a code 1005: they are not listed. The string tables read -1005.
/// let every = unknowns(TABLES, &query);
/// let tables: Vec<&str> = every.iter().map(|u| u.table().name()).collect();
/// assert_eq!(
///     tables,
///     ["SignalingError", "NativeWarning", "WebError", "WebWarning", "SqlState", "OAuthError", "Grpc"]
/// );
/// let sqlstate: Vec<_> = TABLES.iter().filter(|t| t.name() == "SqlState").copied().collect();
/// let query = Query::parse("XX999");
/// let unknown = unknowns(&sqlstate, &query);
/// assert_eq!(unknown[0].to_string(), "SqlState XX999 (not in the table)");
/// ```
#[must_use]
pub fn unknowns<'q>(tables: &[Table], query: &'q Query) -> Vec<Unknown<'q>> {
    let values = query.values();
    let text = query.text();
    let unknown = |table: &Table, value: Value<'q>| table.decode(value)?.err();
    tables
        .iter()
        .filter(|table| {
            table.from_value(text).is_none()
                && !values.iter().any(|&v| table.from_value(v).is_some())
                && table
                    .parse_value(text)
                    .and_then(|v| table.from_value(v))
                    .is_none()
        })
        .filter_map(|table| {
            values
                .iter()
                .rev()
                .find_map(|&v| unknown(table, Value::Int(v)))
                .or_else(|| unknown(table, table.parse_value(text)?))
                .or_else(|| unknown(table, Value::Str(text)))
        })
        .collect()
}

/// The query as a value of `hit`'s table, as the table's `FromStr` reads it
/// ([`Table::parse_value`]): `0x80070005` is the bit pattern of an `i32` table's
/// -2147024891, which the query's own numbers (2147942405) are not.
fn of_table<'q>(hit: &Hit, query: &'q Query) -> Option<Value<'q>> {
    hit.entry.table().parse_value(query.text())
}

/// Every entry of every table, in order, each with its aliases.
pub fn hits(tables: &[Table]) -> impl Iterator<Item = Hit> + '_ {
    tables.iter().flat_map(|table| {
        let aliases: Vec<AliasEntry> = table.aliases().collect();
        table.all().map(move |entry| Hit {
            aliases: aliases_of(&aliases, &entry),
            entry,
        })
    })
}

/// `entry` of `table`, with its aliases.
fn hit(table: &Table, entry: Entry) -> Hit {
    let aliases: Vec<AliasEntry> = table.aliases().collect();
    Hit {
        aliases: aliases_of(&aliases, &entry),
        entry,
    }
}

/// The aliases among `aliases` (of the entry's table) that stand for `entry`.
fn aliases_of(aliases: &[AliasEntry], entry: &Entry) -> Vec<AliasEntry> {
    aliases
        .iter()
        .filter(|alias| alias.entry.index == entry.index)
        .copied()
        .collect()
}

/// Whether the entry's name, one of its descriptions, its string value, or an alias's name
/// or own description contains `needle` (lower case).
fn mentions(hit: &Hit, needle: &str) -> bool {
    let entry = &hit.entry;
    let contains = |text: &str| text.to_lowercase().contains(needle);
    contains(entry.name)
        || entry.value.and_then(Value::as_str).is_some_and(contains)
        || entry
            .langs
            .iter()
            .filter_map(|lang| entry.description_in(lang))
            .any(contains)
        || hit.aliases.iter().any(|alias| {
            contains(alias.name)
                || entry
                    .langs
                    .iter()
                    .filter_map(|lang| alias.description_in(lang))
                    .any(contains)
        })
}

/// A table name that matches no table, the error of [`select_tables`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoSuchTable {
    /// The name asked for.
    pub asked: String,
    /// The names of the tables there are.
    pub known: Vec<&'static str>,
}

impl fmt::Display for NoSuchTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no table is named {:?} or starts so; the tables are {}",
            self.asked,
            self.known.join(", ")
        )
    }
}

impl std::error::Error for NoSuchTable {}

/// The tables that `name` designates, ignoring case: the table of exactly that name, or else
/// every table whose name starts with it (`native` gives `NativeError` and `NativeWarning`).
///
/// # Errors
///
/// [`NoSuchTable`] when no table matches (an empty name matches none).
///
/// ```
/// use codetable::agora::ALL_TABLES;
/// use codetable_explain::select_tables;
///
/// let tables = select_tables(ALL_TABLES, "signaling").unwrap();
/// assert_eq!(tables[0].name(), "SignalingError");
/// assert!(select_tables(ALL_TABLES, "nope").is_err());
/// ```
pub fn select_tables(tables: &[Table], name: &str) -> Result<Vec<Table>, NoSuchTable> {
    let wanted = name.trim();
    let exact: Vec<Table> = tables
        .iter()
        .filter(|table| table.name().eq_ignore_ascii_case(wanted))
        .copied()
        .collect();
    let selected = if exact.is_empty() {
        tables
            .iter()
            .filter(|table| !wanted.is_empty() && starts_with_ignore_case(table.name(), wanted))
            .copied()
            .collect()
    } else {
        exact
    };
    if selected.is_empty() {
        Err(NoSuchTable {
            asked: name.to_owned(),
            known: tables.iter().map(Table::name).collect(),
        })
    } else {
        Ok(selected)
    }
}

fn starts_with_ignore_case(name: &str, prefix: &str) -> bool {
    name.get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    codetable::define_codes! {
        /// A table declared here, to check that the search is generic.
        #[langs(en, fr)]
        pub enum Probe: i8 {
            READY = 0 => { en: "Ready.", fr: "Prêt." },
            FAILED = -3 => { en: "It failed.", fr: "Échec." },
            LOW = -128 => { en: "Lowest.", fr: "Le plus bas." },
            /// An alias without a description.
            BROKEN = FAILED,
            #[alias]
            BOTTOM = -128 => { en: "The floor.", fr: "Le plancher." },
        }

        /// A second table, with a name that starts like the first.
        pub enum ProbeWarning: u64 {
            LATE = 3 => "Late.",
            HIGH = 18_446_744_073_709_551_615 => "Highest.",
        }
    }

    const TABLES: &[Table] = &[Table::of::<Probe>(), Table::of::<ProbeWarning>()];

    fn names(found: &Found) -> Vec<(&str, &str)> {
        found
            .hits
            .iter()
            .map(|hit| (hit.entry.table, hit.entry.name))
            .collect()
    }

    #[test]
    fn numbers_in_every_form() {
        assert_eq!(Query::parse(" 42 ").values(), &[42]);
        assert_eq!(Query::parse("+42").values(), &[42]);
        assert_eq!(Query::parse("-0").values(), &[0]);
        assert_eq!(Query::parse("0X1f").values(), &[31]);
        assert_eq!(Query::parse("-0x11").values(), &[-17, 17]);
        let min = i128::MIN.to_string();
        assert_eq!(Query::parse(&min).values(), &[i128::MIN]);
        assert_eq!(Query::parse(&i128::MAX.to_string()).values(), &[i128::MAX]);
    }

    #[test]
    fn numbers_too_big_match_nothing() {
        let huge = "9".repeat(400);
        let query = Query::parse(&huge);
        assert!(
            matches!(&query, Query::Number { text, values } if *text == huge && values.is_empty())
        );
        assert!(find(TABLES, &query).hits.is_empty());
        assert!(Query::parse("-170141183460469231731687303715884105729")
            .values()
            .is_empty());
    }

    #[test]
    fn what_is_not_a_number_is_text() {
        for text in ["", "-", "+", "0x", "--1", "1e3", "0x1g", "١٢", "12a", "- 1"] {
            assert_eq!(
                Query::parse(text),
                Query::Text(text.trim().into()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn negative_values_also_find_their_absolute_value() {
        let found = find(TABLES, &Query::parse("-3"));
        assert_eq!(found.kind, MatchKind::Value);
        assert_eq!(
            names(&found),
            [("Probe", "FAILED"), ("ProbeWarning", "LATE")]
        );
        assert_eq!(
            names(&find(TABLES, &Query::parse("3"))),
            [("ProbeWarning", "LATE")]
        );
        // -128 has no positive counterpart in i8; the other table's type is unsigned.
        assert_eq!(
            names(&find(TABLES, &Query::parse("-128"))),
            [("Probe", "LOW")]
        );
        let max = u64::MAX.to_string();
        assert_eq!(
            names(&find(TABLES, &Query::parse(&max))),
            [("ProbeWarning", "HIGH")]
        );
    }

    #[test]
    fn names_ignore_case_and_win_over_words() {
        let found = find(TABLES, &Query::parse("failed"));
        assert_eq!(found.kind, MatchKind::Name);
        assert_eq!(names(&found), [("Probe", "FAILED")]);
    }

    #[test]
    fn words_search_names_and_every_language() {
        let found = find(TABLES, &Query::parse("ÉCHEC"));
        assert_eq!(found.kind, MatchKind::Words);
        assert_eq!(names(&found), [("Probe", "FAILED")]);
        assert_eq!(
            names(&find(TABLES, &Query::parse("LOW"))),
            [("Probe", "LOW")]
        );
        assert_eq!(
            names(&find(TABLES, &Query::parse("hi"))),
            [("ProbeWarning", "HIGH")]
        );
        assert!(find(TABLES, &Query::parse("")).hits.is_empty());
        assert!(find(TABLES, &Query::parse("🦀")).hits.is_empty());
    }

    #[test]
    fn aliases_find_the_code_they_stand_for() {
        for query in ["BROKEN", "broken", "Broken"] {
            let found = find(TABLES, &Query::parse(query));
            assert_eq!(found.kind, MatchKind::Name, "{query}");
            assert_eq!(names(&found), [("Probe", "FAILED")]);
            let hit = &found.hits[0];
            assert_eq!(hit.name_like(query), Some("BROKEN"));
            assert_eq!(hit.name_like("failed"), Some("FAILED"));
            assert_eq!(hit.name_like("bottom"), None);
            let aliases: Vec<&str> = hit.aliases.iter().map(|a| a.name).collect();
            assert_eq!(aliases, ["BROKEN"]);
        }
        // By value and by words, the hit carries its aliases too.
        let found = find(TABLES, &Query::parse("-128"));
        assert_eq!(found.hits[0].aliases[0].name, "BOTTOM");
        let found = find(TABLES, &Query::parse("plancher"));
        assert_eq!(found.kind, MatchKind::Words);
        assert_eq!(names(&found), [("Probe", "LOW")]);
        assert_eq!(
            names(&find(TABLES, &Query::parse("OTTO"))),
            [("Probe", "LOW")]
        );
        let every: Vec<usize> = hits(TABLES).map(|hit| hit.aliases.len()).collect();
        assert_eq!(every, [0, 1, 1, 0, 0]);
    }

    #[test]
    fn unknown_values_as_each_table_reads_them() {
        codetable::define_codes! {
            /// An `i8` table without -128.
            pub enum Tiny: i8 {
                ONE = 1 => "One.",
            }
        }
        const TABLES: &[Table] = &[
            Table::of::<Probe>(),
            Table::of::<ProbeWarning>(),
            Table::of::<Tiny>(),
        ];
        let unknown = |query: &str| -> Vec<(&str, i128, String)> {
            unknowns(TABLES, &Query::parse(query))
                .into_iter()
                .map(|u| {
                    (
                        u.table().name(),
                        u.value().as_i128().expect("an integer"),
                        u.to_string(),
                    )
                })
                .collect()
        };
        // A negative number is read as the code it stands for, where the type holds it.
        assert_eq!(
            unknown("-5"),
            [
                ("Probe", 5, "Probe 5 (not in the table)".to_owned()),
                (
                    "ProbeWarning",
                    5,
                    "ProbeWarning 5 (not in the table)".to_owned()
                ),
                ("Tiny", 5, "Tiny 5 (not in the table)".to_owned()),
            ]
        );
        // 128 is not an i8, so Tiny reads -128 as itself; Probe knows -128 (LOW), so it is
        // not listed; ProbeWarning reads 128.
        assert_eq!(
            unknown("-128"),
            [
                (
                    "ProbeWarning",
                    128,
                    "ProbeWarning 128 (not in the table)".to_owned()
                ),
                ("Tiny", -128, "Tiny -128 (not in the table)".to_owned()),
            ]
        );
        // A table that knows one of the values is not listed: -3 is FAILED, 3 is LATE.
        let tables = |query| unknown(query).into_iter().map(|u| u.0).collect::<Vec<_>>();
        assert_eq!(tables("-3"), ["Tiny"]);
        assert_eq!(tables("3"), ["Probe", "Tiny"]);
        // A table whose type holds neither value is left out.
        assert_eq!(tables("-200"), ["ProbeWarning"]);
        assert!(tables(&(u128::from(u64::MAX) + 1).to_string()).is_empty());
        // The JSON form is the value, as serde writes Open's.
        let json: Vec<serde_json::Value> = unknowns(TABLES, &Query::parse("-7"))
            .into_iter()
            .map(|u| serde_json::to_value(u).unwrap())
            .collect();
        assert_eq!(json, vec![serde_json::json!(7); 3]);
        assert!(unknown("FAILED").is_empty());
        assert!(unknown("nothing").is_empty());
    }

    codetable::define_codes! {
        /// A string table whose values are the names of other tables' codes.
        pub enum Spelled: str {
            LOWER = "failed" => "Probe's FAILED, in lower case.",
            SAME = "LATE" => "ProbeWarning's LATE.",
            DIGITS = "0003" => "Not the number 3.",
        }
    }

    #[test]
    fn string_values_are_matched_exactly_and_before_names_in_their_table() {
        let tables = [
            Table::of::<Probe>(),
            Table::of::<ProbeWarning>(),
            Table::of::<Spelled>(),
        ];
        let heading = |query: &str| {
            let query = Query::parse(query);
            crate::render::heading(&query, &find(&tables, &query))
        };
        // "failed" is Spelled's value and, ignoring case, Probe's name: both, said so.
        let found = find(&tables, &Query::parse("failed"));
        assert_eq!(found.kind, MatchKind::ValueOrName);
        assert_eq!(names(&found), [("Probe", "FAILED"), ("Spelled", "LOWER")]);
        assert_eq!(heading("failed"), "Codes with value or name failed:");
        // "FAILED" is no value (values are matched as written): Probe's name only.
        let found = find(&tables, &Query::parse("FAILED"));
        assert_eq!(found.kind, MatchKind::Name);
        assert_eq!(names(&found), [("Probe", "FAILED")]);
        // A value alone.
        let found = find(&tables, &Query::parse("LATE"));
        assert_eq!(found.kind, MatchKind::ValueOrName);
        assert_eq!(
            names(&found),
            [("ProbeWarning", "LATE"), ("Spelled", "SAME")]
        );
        let found = find(&tables[2..], &Query::parse("LATE"));
        assert_eq!(found.kind, MatchKind::Value);
        // In its own table, a value wins over a name (SAME's value is another name).
        let found = find(&tables[2..], &Query::parse("same"));
        assert_eq!(
            (found.kind, names(&found)),
            (MatchKind::Name, vec![("Spelled", "SAME")])
        );
        // A number matches integer values and, as written, string values.
        let found = find(&tables, &Query::parse("0003"));
        assert_eq!(found.kind, MatchKind::Value);
        assert_eq!(
            names(&found),
            [("ProbeWarning", "LATE"), ("Spelled", "DIGITS")]
        );
        assert_eq!(heading("0003"), "Codes with value 3 or 0003:");
        assert_eq!(
            names(&find(&tables, &Query::parse("3"))),
            [("ProbeWarning", "LATE")]
        );
        assert_eq!(heading("3"), "Codes with value 3:");
        // Words search string values too, ignoring case.
        let found = find(&tables, &Query::parse("AILE"));
        assert_eq!(found.kind, MatchKind::Words);
        assert_eq!(names(&found), [("Probe", "FAILED"), ("Spelled", "LOWER")]);
    }

    #[test]
    fn a_string_table_reads_any_query_as_a_code() {
        const TABLES: &[Table] = &[Table::of::<Probe>(), Table::of::<Spelled>()];
        let unknown = |query: &str| -> Vec<(&str, String, String)> {
            unknowns(TABLES, &Query::parse(query))
                .into_iter()
                .map(|u| (u.table().name(), u.value().to_string(), u.to_string()))
                .collect()
        };
        assert_eq!(
            unknown("-5"),
            [
                ("Probe", "5".into(), "Probe 5 (not in the table)".into()),
                (
                    "Spelled",
                    "-5".into(),
                    "Spelled -5 (not in the table)".into()
                ),
            ]
        );
        assert_eq!(
            unknown("nope"),
            [(
                "Spelled",
                "nope".into(),
                "Spelled nope (not in the table)".into()
            )]
        );
        // A table that knows the query is not listed: 0003 is DIGITS, -3 is FAILED.
        assert_eq!(unknown("0003")[0].0, "Probe");
        assert_eq!(unknown("0003").len(), 1);
        assert_eq!(unknown("-3")[0].0, "Spelled");
        assert!(unknown("failed").is_empty());
        // Longer than the longest value (6 bytes): cut, and said so.
        assert_eq!(
            unknown("failure"),
            [(
                "Spelled",
                "failure".into(),
                "Spelled failur... (not in the table)".into()
            )]
        );
        let json: Vec<serde_json::Value> = unknowns(TABLES, &Query::parse("failure"))
            .into_iter()
            .map(|u| serde_json::to_value(u).unwrap())
            .collect();
        assert_eq!(json, [serde_json::json!("failure")]);
    }

    #[test]
    fn tables_by_exact_name_or_prefix() {
        let picked = |name| {
            select_tables(TABLES, name).map(|t| t.iter().map(Table::name).collect::<Vec<_>>())
        };
        assert_eq!(picked("probe"), Ok(vec!["Probe"]));
        assert_eq!(picked("PROBEW"), Ok(vec!["ProbeWarning"]));
        assert_eq!(picked("pro"), Ok(vec!["Probe", "ProbeWarning"]));
        let err = picked("x").unwrap_err();
        assert_eq!(err.known, ["Probe", "ProbeWarning"]);
        assert!(err.to_string().contains("Probe, ProbeWarning"));
        assert!(picked("").is_err());
        assert!(picked("é").is_err());
        assert!(picked("ProbeWarningX").is_err());
    }
}
