//! Reading a query and finding the entries it means, in any list of [`Table`]s.

use crate::codec::{Codec, Unknown};
use codetable::{AliasEntry, Entry, Table};
use std::fmt;

/// What a query asks for, as [`Query::parse`] reads it.
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
    /// Anything else: a name or an alias (matched exactly, ignoring ASCII case) or, failing
    /// that, a word to look for in names and descriptions.
    Text(String),
}

impl Query {
    /// Reads a query. Never fails: what is not a number is text.
    ///
    /// ```
    /// use codetable_examples::Query;
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

    /// The values a number query matches; empty for text.
    #[must_use]
    pub fn values(&self) -> &[i128] {
        match self {
            Query::Number { values, .. } => values,
            Query::Text(_) => &[],
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

/// Finds what `query` means in `tables`: entries with its value(s) for a number; for text,
/// the entries named so or having an alias so named (ignoring ASCII case) or, when none
/// does, the entries whose name, aliases or descriptions contain it (ignoring case).
///
/// ```
/// use codetable::agora::ALL_TABLES;
/// use codetable_examples::{find, MatchKind, Query};
///
/// let found = find(ALL_TABLES, &Query::parse("login_e_net"));
/// assert_eq!(found.kind, MatchKind::Name);
/// assert_eq!(found.hits[0].entry.value, Some(201));
///
/// // An alias (the Web SDK build's spelling) gives the code it stands for.
/// let found = find(ALL_TABLES, &Query::parse("ERR_STATIC_USE_DYANMIC_KE"));
/// assert_eq!(found.hits[0].entry.name, "ERR_STATIC_USE_DYNAMIC_KEY");
/// assert_eq!(found.hits[0].aliases[0].name, "ERR_STATIC_USE_DYANMIC_KE");
/// ```
#[must_use]
pub fn find(tables: &[Table], query: &Query) -> Found {
    match query {
        Query::Number { values, .. } => Found {
            kind: MatchKind::Value,
            hits: hits(tables)
                .filter(|hit| hit.entry.value.is_some_and(|v| values.contains(&v)))
                .collect(),
        },
        Query::Text(text) => {
            let named: Vec<Hit> = tables
                .iter()
                .filter_map(|table| Some(hit(table, table.find_name_ignore_ascii_case(text)?)))
                .collect();
            if !named.is_empty() {
                return Found {
                    kind: MatchKind::Name,
                    hits: named,
                };
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

/// What a number means to each table of `codecs` that knows none of its values: the code
/// an SDK return value stands for (the absolute value of a negative number, as the Agora
/// tables' `check` reads it) or, when the table's type cannot hold that, the number itself,
/// as a value the table does not know ([`codetable::Open::Unknown`]). A table whose type
/// holds neither is left out; text gives nothing.
///
/// ```
/// use codetable_examples::{find, unknowns, Query, CODECS};
///
/// // The Signaling header has GENERAL_E_LARGE_PARAM = 1005; the pages, so the table, do not.
/// let query = Query::parse("-1005");
/// let signaling = &CODECS[..1];
/// assert!(find(&[signaling[0].table()], &query).hits.is_empty());
/// let unknown = unknowns(signaling, &query);
/// assert_eq!(unknown[0].text, "SignalingError 1005 (not in the table)");
/// // Native and RTC v4 have a code 1005: they are not listed.
/// let tables: Vec<&str> = unknowns(CODECS, &query).iter().map(|u| u.table).collect();
/// assert_eq!(tables, ["SignalingError", "NativeWarning", "WebError", "WebWarning"]);
/// ```
#[must_use]
pub fn unknowns(codecs: &[Codec], query: &Query) -> Vec<Unknown> {
    let values = query.values();
    codecs
        .iter()
        .filter(|codec| {
            let table = codec.table();
            !values.iter().any(|&v| table.find_value(v).is_some())
        })
        .filter_map(|codec| values.iter().rev().find_map(|&v| codec.unknown(v)))
        .collect()
}

/// Every entry of every table, in order, each with its aliases.
pub fn hits(tables: &[Table]) -> impl Iterator<Item = Hit> + '_ {
    tables.iter().flat_map(|table| {
        let aliases: Vec<AliasEntry> = table.aliases().collect();
        table.entries().map(move |entry| Hit {
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

/// Whether the entry's name, one of its descriptions, or an alias's name or own description
/// contains `needle` (lower case).
fn mentions(hit: &Hit, needle: &str) -> bool {
    let entry = &hit.entry;
    let contains = |text: &str| text.to_lowercase().contains(needle);
    contains(entry.name)
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
/// use codetable_examples::select_tables;
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
        const CODECS: &[Codec] = &[
            Codec::of::<Probe>(),
            Codec::of::<ProbeWarning>(),
            Codec::of::<Tiny>(),
        ];
        let unknown = |query: &str| -> Vec<(&str, i128, String)> {
            unknowns(CODECS, &Query::parse(query))
                .into_iter()
                .map(|u| (u.table, u.value, u.text))
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
        let json: Vec<serde_json::Value> = unknowns(CODECS, &Query::parse("-7"))
            .into_iter()
            .map(|u| u.json)
            .collect();
        assert_eq!(json, vec![serde_json::json!(7); 3]);
        assert!(unknown("FAILED").is_empty());
        assert!(unknown("nothing").is_empty());
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
