//! Export tables as documentation pages, C headers and data files: one table, declared once in
//! Rust, and every artifact made from it (feature `export`).
//!
//! Each format is a function that walks a list of [`Table`]s at run time and writes to a
//! [`core::fmt::Write`] (a `String`, or anything else: the module needs neither `std` nor
//! `alloc`):
//!
//! | function | writes |
//! |---|---|
//! | [`markdown`] | a Markdown page: a table of name, value and description per code table |
//! | [`c_header`] | a C header (C99 and C++11): enumerators or `#define`s |
//! | [`json`] | a JSON document of schema `codetable/1` |
//! | [`csv`] | CSV (RFC 4180): one row per entry and per alias |
//! | [`json_entry`], [`json_alias`] | one entry or alias object of the JSON document, for other JSON to embed |
//!
//! [`Format`] names the four for tools that take a format as an argument; its
//! [`write`](Format::write) returns an [`Error`], as [`c_header`] does: a C header is
//! checked before it is written, and not written at all when its names would clash or are
//! not allowed in C. The other formats fail only when the writer does, with a
//! [`core::fmt::Error`].
//!
//! [`Options`] chooses the tables, the languages and the C names. The output depends on the
//! tables and the options only: the same input gives the same bytes (no time stamps, no
//! hashing order), so generated files can be committed and compared in CI.
//!
//! Every format lists a table's entries in declaration order, each followed by its aliases
//! (in their declaration order); JSON lists the aliases apart.
//!
//! # Tables and languages
//!
//! By default every table of the list is exported, with every language it has.
//! [`Options::tables`] keeps the tables with the given names (in the list's order), and
//! [`Options::langs`] the given languages, in the given order: a table shows the ones it has,
//! and a table that has none of them is left out. A Markdown page is written in one language
//! per table, the first of them it has (by default its default language), so
//! `Options::new().langs(&["zh"])` gives the Chinese page and `langs(&["zh", "en"])` a page
//! with each table in Chinese where it has Chinese and in English otherwise.
//!
//! The examples below export this table:
//!
//! ```
#![doc = include_str!("doc_table.rs")]
//! ```
//!
//! # Markdown
//!
//! One section per table: a heading with the table's name, then a Markdown table with a row
//! per entry and per alias: name, value, description, then one cell per column of the table
//! ([`Column`](crate::Column)'s text: the value as written, empty for `None`). The labels are in the page's language for `en` and
//! `zh` (and `zh-*`), in English for others.
//!
//! - Every row starts with an anchor `<a id="TABLE-NAME"></a>`, the table's and the code's
//!   names in ASCII lower case (`signalingerror-login_e_net`), so a link to a code survives
//!   any change of the page's layout. Names of a table differ ignoring ASCII case, so anchors
//!   are unique.
//! - In a table with a URL template (`#[codes(url = "...")]`), the name links to the code's
//!   URL (an alias's to its entry's): ``[`NAME`](https://…)``, with `\`, `(`, `)`, `<`, `>`
//!   and `|` escaped. A template's `{anchor}` is this row's id, so a template that points at
//!   the page itself links each row to itself.
//! - A deprecated entry or alias has a mark after its name: `(deprecated)`, `(已弃用)`. An
//!   entry's history marks it too: `(since 1.2)`, and for a retired code, instead of
//!   `(deprecated)`, `(retired in 2.0; use `NEW`)` (`（自 1.2 起）`, `（已停用，自 2.0；改用 `NEW`）`).
//! - A table with classes (`#[classes(...)]`) is grouped by class: a heading per class that
//!   has codes, `## <a id="TABLE-class-NAME"></a>NAME`, its description, then the table of
//!   its codes (each followed by its aliases); the codes in no class come last, under
//!   `## <a id="TABLE-class"></a>Other` (`其他`).
//! - A table that reserves values or names lists them after its table, under a "Reserved"
//!   heading: `- Values: 3, 9..=11` and ``- Names: `OLD_NAME` ``.
//! - An alias row's description is "Alias of [`X`](#table-x)." (linked to the entry's
//!   row) followed by the alias's own description, if it has one.
//! - An entry without a value has `—` as its value. A value is written as its table writes
//!   it ([`Table::display_value`]: `0x80070005` for a `#[codes(hex)]` table), after the
//!   expression it was declared as, if any: `E_BASE \| (1 &lt;&lt; 8) = 266` (an alias's row
//!   shows its entry's).
//! - Details (doc comments) follow the table under a "Details" heading, one sub-heading per
//!   entry or alias with the anchor `TABLE-NAME-details`, linked from the row. Doc comments
//!   are Markdown already, so they are copied as they are.
//! - Descriptions, string values and column values are escaped for a table cell: `|` and
//!   Markdown's inline punctuation (`\`, `` ` ``, `*`, `_` at a word's edge, `[`, `]`, `~`,
//!   `$`) get a backslash, `<`, `>` and `&` become entities, a line break becomes `<br>`
//!   and another control character than a tab a space. No text can end a cell, a row or
//!   the table, or open an HTML tag.
//!
//! ```
#![doc = include_str!("doc_table.rs")]
//! use codetable::export::{self, Options};
//! use codetable::Table;
//!
//! let mut page = String::new();
//! export::markdown(&mut page, &[Table::of::<Status>()], &Options::new().langs(&["en"]))?;
//! assert!(page.contains(
//!     "| <a id=\"status-busy\"></a>`BUSY` | 503 | The service is busy \\| overloaded. \
//!      ([details](#status-busy-details)) | true |"
//! ));
//! assert!(page.contains(
//!     "| <a id=\"status-old_busy\"></a>`OLD_BUSY` (deprecated) | 503 | \
//!      Alias of [`BUSY`](#status-busy). | true |"
//! ));
//! assert!(page.contains("| <a id=\"status-later\"></a>`LATER` | — | Comes &lt;later&gt;. | false |"));
//!
//! // The same page in Chinese.
//! let mut zh = String::new();
//! export::markdown(&mut zh, &[Table::of::<Status>()], &Options::new().langs(&["zh"]))?;
//! assert!(zh.contains("| 名称 | 值 | 描述 | retryable |"));
//! assert!(zh.contains("| <a id=\"status-ok\"></a>`OK` | 200 | 成功。 | false |"));
//! # Ok::<(), core::fmt::Error>(())
//! ```
//!
//! # C header
//!
//! An include guard, then for each table a `typedef` and its constants, each after a comment
//! with its descriptions (every language exported, labelled when there are several), its
//! deprecation and its details.
//!
//! - **Names.** A constant is named `PREFIX` + `TABLE_` + the entry's name: the prefix of
//!   [`Options::prefix`] (none by default), then the table's name in upper snake case
//!   (`SignalingError` gives `SIGNALING_ERROR_`), which [`Options::table_prefix`]`(false)`
//!   leaves out (for a header that names the codes as the SDK's own header does, when the
//!   names do not clash across the tables). The type is `PREFIX` + the table's name. The guard
//!   is [`Options::guard`], by default `PREFIX` + the tables' names in upper snake case +
//!   `_H`, from its first letter on and without `__` (a run of `_` is written as one), so
//!   that it is a name a header may define. Entry names are written as they are.
//! - **Checked names.** Before it writes anything, [`c_header`] checks every name the header
//!   would declare (the guard, each table's type, each constant), and writes nothing but
//!   returns an [`Error`] when two of them are the same C name ([`Error::Conflict`]:
//!   `Http::V2_OK` and `HttpV2::OK` both become `HTTP_V2_OK`, and without the table prefix
//!   two tables with an `ERR_FAILED` clash), when a name is reserved ([`Error::Reserved`]: a
//!   keyword of C or C++, as the type of a table declared `r#enum` would be; a name that
//!   starts with `_`, as a table whose name starts with a non-ASCII letter gives, or that
//!   holds `__`; a name of `<stdint.h>`), or when it is no C identifier
//!   ([`Error::NotIdentifier`]: non-ASCII letters in a table's or an entry's name, a `-` in
//!   the prefix). A header that is written declares each name once, and only names C and
//!   C++ let it declare.
//! - **Integer tables whose values always fit in `int`** (`i8`, `i16`, `i32`, `u8`, `u16`)
//!   become an enum, `typedef enum Name { ... } Name;`. C requires an enumerator's value to be
//!   representable as an `int`; this assumes a 32-bit `int`, as every C compiler that Rust
//!   links with has outside 16-bit targets. An alias is an enumerator equal to its entry's
//!   (`PREFIX_TABLE_ALIAS = PREFIX_TABLE_ENTRY`).
//! - **Wider integer tables** (`u32`, `i64`, `u64`; and every table with
//!   [`Options::defines`]) become `#define`s, because an enumerator could not hold the value:
//!   `typedef uint32_t Name;` (from `<stdint.h>`, included when needed) and one
//!   `#define PREFIX_TABLE_NAME value` per entry, with the suffix of the type so that the
//!   constant has a type as wide (`U` for `u32`, `LL` for `i64`, `ULL` for `u64`, none for the
//!   others). A negative value is in parentheses, and the smallest `i32` or `i64` is written
//!   `(-2147483647 - 1)` (`-2147483648` would be the negation of a literal too wide for
//!   `int`). An alias is `#define PREFIX_TABLE_ALIAS PREFIX_TABLE_ENTRY`.
//! - **Hex tables** (`#[codes(hex)]`) write their values in hex, as the table prints them
//!   (`0x0005`, `0x80000000U` for a `u32`): a negative value is its bit pattern, unsigned,
//!   cast to the type, as `winerror.h` writes HRESULTs: `(int)0x80070005U` in an enum,
//!   `((int64_t)0xFFFFFFFFFFFFFFFFULL)` as a `#define`.
//! - **A value declared as an expression** is written as its value, and the comment says
//!   `Declared as E_BASE | (1 << 8).`: the expression is Rust (casts such as `as i32`, paths
//!   such as `i32::MIN`), and its names are the table's, not the header's.
//! - **String tables** become `#define PREFIX_TABLE_NAME "23505"`, with C string escapes:
//!   `\\`, `\"`, `\?` after a `?` (no trigraph), `\n`, `\r`, `\t`, and three-digit octal
//!   escapes for other control characters and for every byte of a non-ASCII character.
//! - **An entry without a value** has no constant, only a comment that names it.
//! - **History.** An entry's comment says `Since 1.2.`, and for a retired code `Retired in
//!   2.0; use PREFIX_TABLE_NEW.` in place of `Deprecated.`. A table that reserves values or
//!   names is followed by a comment that lists them (`Status reserves values 3, 9..=11 and
//!   names OLD_NAME: ...`), since C has nothing that could keep them from being reused.
//! - **Classes.** An entry's comment names its class, if it is in one: `Class ClientError.`.
//! - **Comments** cannot end early or nest: `*/` and `/*` get a space between their
//!   characters, a trigraph gets a space before its last character, and control characters
//!   other than tabs and line breaks become spaces. The header compiles with
//!   `cc -std=c99 -Wall -Wextra -Werror -pedantic` and with
//!   `c++ -std=c++11 -Wall -Wextra -Werror -pedantic`.
//!
//! ```
#![doc = include_str!("doc_table.rs")]
//! use codetable::export::{self, Options};
//! use codetable::Table;
//!
//! let mut header = String::new();
//! let options = Options::new().prefix("MY_").langs(&["en"]);
//! export::c_header(&mut header, &[Table::of::<Status>()], &options)?;
//! assert!(header.starts_with(
//!     "/* Generated by codetable; do not edit. */\n#ifndef MY_STATUS_H\n#define MY_STATUS_H\n"
//! ));
//! assert!(header.contains("typedef enum MY_Status {\n"));
//! assert!(header.contains("    /* Success. */\n    MY_STATUS_OK = 200,\n"));
//! assert!(header.contains(
//!     "    /*\n     * The service is busy | overloaded.\n     *\n     * Retry with \"backoff\".\n     */\n"
//! ));
//! assert!(header.contains(
//!     "    /* Alias of MY_STATUS_BUSY. Deprecated. */\n    MY_STATUS_OLD_BUSY = MY_STATUS_BUSY,\n"
//! ));
//! assert!(header.contains("    /* LATER has no value. Comes <later>. */\n}"));
//! assert!(header.ends_with("} MY_Status;\n\n#endif /* MY_STATUS_H */\n"));
//!
//! // The same constants as #defines.
//! let mut defines = String::new();
//! export::c_header(&mut defines, &[Table::of::<Status>()], &Options::new().defines(true))?;
//! assert!(defines.contains("typedef uint16_t Status;\n"));
//! assert!(defines.contains("#define STATUS_BUSY 503\n"));
//! # Ok::<(), codetable::export::Error>(())
//! ```
//!
//! # JSON
//!
//! A document of schema `codetable/1`, indented by two spaces, one line per key of a table
//! and of an entry:
//!
//! ```json
//! {
//!   "schema": "codetable/1",
//!   "tables": [
//!     {
//!       "name": "Status",
//!       "value_type": "integer",
//!       "type": "u16",
//!       "langs": ["en", "zh"],
//!       "columns": ["retryable"],
//!       "serde": "value",
//!       "reserved": {"values": [3, [9, 11]], "names": ["OLD_NAME"]},
//!       "entries": [
//!         {
//!           "name": "OK",
//!           "value": 200,
//!           "descriptions": {"en": "Success.", "zh": "成功。"},
//!           "details": null,
//!           "deprecated": false,
//!           "since": "1.0",
//!           "columns": {"retryable": false}
//!         }
//!       ],
//!       "aliases": [
//!         {
//!           "name": "OLD_BUSY",
//!           "alias_of": "BUSY",
//!           "value": 503,
//!           "descriptions": {},
//!           "details": null,
//!           "deprecated": true
//!         }
//!       ]
//!     }
//!   ]
//! }
//! ```
//!
//! - `schema` is `"codetable/1"`; a change that could break a reader gets a new number.
//! - A table: `name`; `value_type`, `"integer"` or `"string"`; `type`, the Rust type
//!   ([`Table::value_type`]: `"i8"` to `"u64"`, `"str"`); `langs`, the languages exported
//!   (the table's default first unless [`Options::langs`] orders them otherwise); `columns`,
//!   the names of its columns; for a table with one, `url_template`, its URL template as
//!   written (`"https://example.com/errors#{anchor}"`), and `display_url: true` when `{:#}`
//!   shows the URL; `serde`, how its codes cross serde (`"value"`, `"name"`, or
//!   `"own"` for a table that derives serde's traits itself); for a string table, `shape`,
//!   `{"len": …, "max_len": …, "chars": …}` (each `null` when not declared); when it reserves
//!   any, `reserved`: `values` (a number, `[low, high]` for a range with both ends included,
//!   or a string) and `names`; when it has classes (`#[classes(...)]`), `classes`, one object
//!   a line: `name`, `descriptions` (as an entry's) and the rule, `range` (`[low, high]`, both ends
//!   included), `prefix` or `"listed": true`; `entries` and `aliases` in declaration order. These, with the
//!   entries' `since` and `retired`, are what the `compat` feature's check compares.
//! - An entry: `name`; `value`, a number (an integer table's values are at most 64 bits wide;
//!   beyond 2^53 a reader must not turn them into doubles), a string, or `null` for an entry
//!   without a value; only for a `#[codes(hex)]` table, `hex`, the value as the table prints
//!   it (`"0x80070005"`; `value` stays the number); only for a value declared as an
//!   expression, `expression`, its Rust text (`"E_BASE | (1 << 8)"`); `descriptions`, the description in each language of `langs`; `details`,
//!   the doc comment or `null`; `deprecated` (`true` for a retired code too); only for a
//!   table with a URL template, `url`, the code's URL (an alias has its entry's); only when the
//!   table says, `since`, the version it was added in; only for a retired code, `retired`,
//!   `{"until": "2.0" or null, "replacement": "NEW" or null}`; only for a table with
//!   classes, `class`, the name of the entry's class or `null`; `columns`, each column's value
//!   as written ([`Column`](crate::Column)'s text): a number or a `bool` bare (`503`, `true`),
//!   `None` as `null`, anything else as a string (`"Error"`, a `&str` as it is, a code by
//!   name). A reader must not assume a column's JSON type from the column's name alone: an
//!   `Option` column is `null` in some entries.
//! - An alias: `name`; `alias_of`, the name of its entry; `value` (and `hex`, `expression`),
//!   the entry's; `descriptions`,
//!   its own descriptions (an alias may have none: `{}`; its entry's are the entry's);
//!   `details`; `deprecated`. An alias has its entry's columns.
//! - Strings are escaped as JSON requires (`\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`, and
//!   `\u00XX` for other control characters), plus `\u2028` and `\u2029`, so that the output
//!   is also valid JavaScript. Other characters are written as UTF-8.
//!
//! [`json_entry`] and [`json_alias`] write one entry or alias object, the document's own
//! renderer, for another JSON output that shows entries: the `explain` tool's `--json`
//! embeds them, so an entry there is what it is in the document.
//!
//! ```
#![doc = include_str!("doc_table.rs")]
//! use codetable::export::{self, Options};
//! use codetable::Table;
//!
//! let mut json = String::new();
//! export::json(&mut json, &[Table::of::<Status>()], &Options::new())?;
//! assert!(json.starts_with("{\n  \"schema\": \"codetable/1\",\n  \"tables\": [\n"));
//! assert!(json.contains(
//!     r#""descriptions": {"en": "The service is busy | overloaded.", "zh": "服务繁忙。"},"#
//! ));
//! assert!(json.contains(r#""details": "Retry with \"backoff\".","#));
//!
//! // One entry's object, as the document has it (where it is indented by 8).
//! let busy = Table::of::<Status>().from_name("BUSY").unwrap();
//! let mut object = String::new();
//! export::json_entry(&mut object, &busy, &Options::new(), 8)?;
//! assert!(object.starts_with("{\n          \"name\": \"BUSY\",\n"));
//! assert!(json.contains(&format!("        {object}")));
//! # Ok::<(), core::fmt::Error>(())
//! ```
//!
//! # CSV
//!
//! RFC 4180: a header row, then one row per entry and per alias; every line ends with CRLF;
//! a field with a comma, a double quote, a CR or an LF is quoted, its double quotes doubled.
//! The fields are `table`, `name`, `value` (as the table prints it: in hex for a
//! `#[codes(hex)]` table; empty for an entry without one), `expression` (the Rust text of a
//! value declared as an expression, else empty; an alias has its entry's), `alias_of` (the
//! entry's name on an alias's row, else empty), `deprecated` (`true` or `false`), the
//! entry's history (empty on an alias's row): `since` (the version, or empty), `retired`
//! (`true` or `false`), `until` and `replacement` (or empty), only when a table exported has
//! classes, `class` (the entry's class, an alias's entry's, or empty), only when a table
//! exported has a URL template, `url` (the entry's URL, an alias's entry's, or empty), one
//! `description_LANG` per language (in [`Options::langs`]'s order, else in the order the
//! tables give them; empty where a table lacks the language, and on an alias's row unless
//! the alias has its own description), `details`, then one field per column name (the
//! value as written, [`Column`](crate::Column)'s text: `503`, `true`, a `&str` as it is,
//! a code by name, empty for `None` and for a table without that column; an alias has its
//! entry's values).
//!
//! ```
#![doc = include_str!("doc_table.rs")]
//! use codetable::export::{self, Options};
//! use codetable::Table;
//!
//! let mut csv = String::new();
//! export::csv(&mut csv, &[Table::of::<Status>()], &Options::new())?;
//! let mut lines = csv.split_terminator("\r\n");
//! assert_eq!(
//!     lines.next(),
//!     Some("table,name,value,expression,alias_of,deprecated,since,retired,until,replacement,\
//!           description_en,description_zh,details,retryable")
//! );
//! assert_eq!(lines.next(), Some("Status,OK,200,,,false,,false,,,Success.,成功。,,false"));
//! assert_eq!(
//!     lines.next(),
//!     Some(r#"Status,BUSY,503,,,false,,false,,,The service is busy | overloaded.,服务繁忙。,"Retry with ""backoff"".",true"#)
//! );
//! assert_eq!(lines.next(), Some("Status,OLD_BUSY,503,,BUSY,true,,false,,,,,,true"));
//! # Ok::<(), core::fmt::Error>(())
//! ```

mod c;
mod csv;
mod error;
mod json;
mod markdown;

pub use self::c::c_header;
pub use self::csv::csv;
pub use self::error::{CName, Error, Origin};
pub use self::json::{json, json_alias, json_entry};
pub use self::markdown::markdown;

use crate::{AliasEntry, Entry, Table};
use core::fmt;

/// What to export and how to name it. Build with [`Options::new`] and the setters; the
/// default exports every table in every language.
///
/// ```
/// use codetable::export::Options;
///
/// // The Chinese Markdown page; C names with AGORA_ in front and no table name.
/// let options = Options::new().langs(&["zh"]).prefix("AGORA_").table_prefix(false);
/// # let _ = options;
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Options<'a> {
    langs: Option<&'a [&'a str]>,
    tables: Option<&'a [&'a str]>,
    prefix: &'a str,
    table_prefix: bool,
    guard: Option<&'a str>,
    defines: bool,
}

impl<'a> Options<'a> {
    /// Every table, every language; C names with the table's name in front and no other
    /// prefix, enums where they can hold the values.
    #[must_use]
    pub const fn new() -> Self {
        Self {
            langs: None,
            tables: None,
            prefix: "",
            table_prefix: true,
            guard: None,
            defines: false,
        }
    }

    /// Only these languages, in this order. A table shows those it has; one that has none of
    /// them is left out. A Markdown page shows each table in the first of them it has.
    #[must_use]
    pub const fn langs(mut self, langs: &'a [&'a str]) -> Self {
        self.langs = Some(langs);
        self
    }

    /// Only the tables with these names, in the order of the list of tables exported.
    #[must_use]
    pub const fn tables(mut self, names: &'a [&'a str]) -> Self {
        self.tables = Some(names);
        self
    }

    /// C: the text in front of every name the header declares (constants, types and the
    /// default include guard). None by default.
    #[must_use]
    pub const fn prefix(mut self, prefix: &'a str) -> Self {
        self.prefix = prefix;
        self
    }

    /// C: whether a constant's name has its table's name in upper snake case in front of the
    /// entry's name (`SIGNALING_ERROR_LOGIN_E_NET`). On by default, so that tables with the
    /// same names (two tables with an `ERR_FAILED`) can share a header.
    #[must_use]
    pub const fn table_prefix(mut self, on: bool) -> Self {
        self.table_prefix = on;
        self
    }

    /// C: the include guard's macro, instead of the prefix + the tables' names + `_H`.
    #[must_use]
    pub const fn guard(mut self, guard: &'a str) -> Self {
        self.guard = Some(guard);
        self
    }

    /// C: `#define`s for every integer table, instead of an enum for those whose values
    /// always fit in an `int`.
    #[must_use]
    pub const fn defines(mut self, on: bool) -> Self {
        self.defines = on;
        self
    }

    /// Whether `table` is exported: it is one of [`Options::tables`] and has one of the
    /// languages.
    fn wants(&self, table: &Table) -> bool {
        self.tables
            .is_none_or(|names| names.contains(&table.name()))
            && self.langs_of(table).next().is_some()
    }

    /// The languages of `table` to export, in order, each once.
    fn langs_of<'t>(&'t self, table: &Table) -> impl Iterator<Item = &'t str> + 't {
        self.langs_in(table.langs())
    }

    /// The languages to export of a table that has `langs`, in order, each once.
    fn langs_in<'t>(
        &'t self,
        langs: &'static [&'static str],
    ) -> impl Iterator<Item = &'t str> + 't {
        let (list, filter): (&[&str], bool) = match self.langs {
            Some(wanted) => (wanted, true),
            None => (langs, false),
        };
        list.iter()
            .enumerate()
            .filter(move |(at, lang)| {
                (!filter || langs.contains(lang)) && !list[..*at].contains(lang)
            })
            .map(|(_, lang)| *lang)
    }

    /// The exported tables, in order.
    fn select<'t>(&'t self, tables: &'t [Table]) -> impl Iterator<Item = &'t Table> + 't {
        tables.iter().filter(move |table| self.wants(table))
    }
}

impl Default for Options<'_> {
    fn default() -> Self {
        Self::new()
    }
}

/// One of the export formats, for tools that take the format's name as an argument.
///
/// ```
/// use codetable::export::{Format, Options};
///
/// codetable::define_codes! {
///     /// Statuses.
///     pub enum Status: u16 {
///         OK = 200 => "Success.",
///     }
/// }
///
/// let format = Format::from_name("csv").unwrap();
/// let mut out = String::new();
/// format.write(&mut out, &[codetable::Table::of::<Status>()], &Options::new())?;
/// assert!(out.ends_with("Status,OK,200,,,false,,false,,,Success.,\r\n"));
/// assert_eq!(Format::ALL.map(Format::name), ["markdown", "c", "json", "csv"]);
/// # Ok::<(), codetable::export::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// [`markdown`].
    Markdown,
    /// [`c_header`].
    C,
    /// [`json`].
    Json,
    /// [`csv`].
    Csv,
}

impl Format {
    /// Every format.
    pub const ALL: [Self; 4] = [Self::Markdown, Self::C, Self::Json, Self::Csv];

    /// The format's name: `markdown`, `c`, `json` or `csv`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Markdown => "markdown",
            Self::C => "c",
            Self::Json => "json",
            Self::Csv => "csv",
        }
    }

    /// The format with this name (as [`Format::name`] gives it, or `md` or `h`), ignoring
    /// ASCII case.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        let short = [("md", Self::Markdown), ("h", Self::C)];
        Self::ALL
            .into_iter()
            .map(|format| (format.name(), format))
            .chain(short)
            .find(|(known, _)| known.eq_ignore_ascii_case(name))
            .map(|(_, format)| format)
    }

    /// Writes `tables` in this format.
    ///
    /// # Errors
    /// [`Error::Fmt`] if `out` fails; for [`Format::C`], the errors of [`c_header`] (a header
    /// whose names clash or are not allowed in C), before anything is written.
    pub fn write(
        self,
        out: &mut dyn fmt::Write,
        tables: &[Table],
        options: &Options<'_>,
    ) -> Result<(), Error> {
        match self {
            Self::Markdown => markdown(out, tables, options)?,
            Self::C => c_header(out, tables, options)?,
            Self::Json => json(out, tables, options)?,
            Self::Csv => csv(out, tables, options)?,
        }
        Ok(())
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// An entry or an alias, as the row-based formats list them.
#[derive(Clone, Copy)]
enum Row {
    Entry(Entry),
    Alias(AliasEntry),
}

impl Row {
    fn name(&self) -> &'static str {
        match self {
            Self::Entry(entry) => entry.name,
            Self::Alias(alias) => alias.name,
        }
    }

    /// The entry itself, or the one the alias stands for.
    fn entry(&self) -> &Entry {
        match self {
            Self::Entry(entry) => entry,
            Self::Alias(alias) => &alias.entry,
        }
    }

    /// The name of the entry an alias stands for; `None` for an entry.
    fn alias_of(&self) -> Option<&'static str> {
        match self {
            Self::Entry(_) => None,
            Self::Alias(alias) => Some(alias.entry.name),
        }
    }

    fn details(&self) -> Option<&'static str> {
        match self {
            Self::Entry(entry) => entry.details,
            Self::Alias(alias) => alias.details,
        }
    }

    fn deprecated(&self) -> bool {
        match self {
            Self::Entry(entry) => entry.deprecated,
            Self::Alias(alias) => alias.deprecated,
        }
    }

    /// The row's own description in `lang`: the entry's, or the alias's if it has one.
    fn description_in(&self, lang: &str) -> Option<&'static str> {
        match self {
            Self::Entry(entry) => entry.description_in(lang),
            Self::Alias(alias) => alias.description_in(lang),
        }
    }
}

/// The entries of `table` in declaration order, each followed by its aliases.
fn rows(table: &Table) -> impl Iterator<Item = Row> + '_ {
    table.all().flat_map(move |entry| {
        core::iter::once(Row::Entry(entry)).chain(
            table
                .aliases()
                .filter(move |alias| alias.entry.index == entry.index)
                .map(Row::Alias),
        )
    })
}

/// `name` in upper snake case, a character at a time: `SignalingError` as `SIGNALING_ERROR`,
/// `HTTPStatus` as `HTTP_STATUS`, `Sql2Error` as `SQL2_ERROR`; a character that cannot be in a
/// C identifier as `_`.
#[derive(Clone)]
struct UpperSnake<'s> {
    chars: core::iter::Peekable<core::str::Chars<'s>>,
    prev: Option<char>,
    /// The character due after the `_` just returned.
    pending: Option<char>,
}

impl<'s> UpperSnake<'s> {
    fn new(name: &'s str) -> Self {
        Self {
            chars: name.chars().peekable(),
            prev: None,
            pending: None,
        }
    }
}

impl Iterator for UpperSnake<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.pending.take() {
            return Some(c);
        }
        let c = self.chars.next()?;
        let prev = self.prev.replace(c);
        let upper = if c.is_ascii_alphanumeric() || c == '_' {
            c.to_ascii_uppercase()
        } else {
            '_'
        };
        if c.is_ascii_uppercase() {
            let after_lower = prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit());
            let acronym_end = prev.is_some_and(|p| p.is_ascii_uppercase())
                && self.chars.peek().is_some_and(char::is_ascii_lowercase);
            if after_lower || acronym_end {
                self.pending = Some(upper);
                return Some('_');
            }
        }
        Some(upper)
    }
}

/// Counts what is written, to measure a text before writing it.
#[derive(Default)]
struct Measure {
    /// Characters written.
    chars: usize,
    /// Whether any of the characters looked for was written.
    found: bool,
    /// The characters looked for.
    look_for: &'static [char],
}

impl fmt::Write for Measure {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.chars += s.chars().count();
        self.found |= s.contains(self.look_for);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fixed buffer, for tests without `alloc`.
    pub(super) struct Text {
        buf: [u8; 256],
        len: usize,
    }

    impl Default for Text {
        fn default() -> Self {
            Self {
                buf: [0; 256],
                len: 0,
            }
        }
    }

    impl Text {
        pub(super) fn as_str(&self) -> &str {
            core::str::from_utf8(&self.buf[..self.len]).unwrap()
        }
    }

    impl fmt::Write for Text {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            let end = self.len + s.len();
            self.buf
                .get_mut(self.len..end)
                .ok_or(fmt::Error)?
                .copy_from_slice(s.as_bytes());
            self.len = end;
            Ok(())
        }
    }

    #[test]
    fn upper_snake_cases() {
        for (name, expected) in [
            ("SignalingError", "SIGNALING_ERROR"),
            ("HTTPStatus", "HTTP_STATUS"),
            ("Sql2Error", "SQL2_ERROR"),
            ("Errno", "ERRNO"),
            ("OAuthError", "O_AUTH_ERROR"),
            ("already_SNAKE", "ALREADY_SNAKE"),
            ("Zürich", "Z_RICH"),
        ] {
            assert!(UpperSnake::new(name).eq(expected.chars()), "{name}");
        }
    }

    #[test]
    fn format_names() {
        for format in Format::ALL {
            assert_eq!(Format::from_name(format.name()), Some(format));
        }
        assert_eq!(Format::from_name("MD"), Some(Format::Markdown));
        assert_eq!(Format::from_name("h"), Some(Format::C));
        assert_eq!(Format::from_name("html"), None);
    }
}
