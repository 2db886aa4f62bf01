//! [`Table`], [`Entry`] and [`AliasEntry`]: a uniform, object-like view of any code table, for
//! tools that walk several tables of different types (such as the `explain` command).

use crate::{Code, CodeValue, Value};
use core::fmt;

/// A code table seen through function pointers, so that tables of different types can sit in
/// one list. Build one with [`Table::of`].
///
/// ```
/// use codetable::Table;
///
/// codetable::define_codes! {
///     /// Colours.
///     pub enum Colour: u8 {
///         RED = 1 => "Red.",
///         GREEN = 2 => "Green.",
///     }
/// }
///
/// const TABLES: &[Table] = &[Table::of::<Colour>()];
/// let green = TABLES[0].find_value(2).unwrap();
/// assert_eq!((green.table, green.name, green.description), ("Colour", "GREEN", "Green."));
/// assert_eq!(TABLES[0].entries().count(), 2);
/// ```
///
/// Aliases are other names of entries, not entries: [`Table::entries`] and [`Table::len`]
/// leave them out, [`Table::aliases`] lists them, and looking an alias's name up gives the
/// entry it stands for.
///
/// ```
/// use codetable::Table;
///
/// codetable::define_codes! {
///     /// A few errno values.
///     pub enum Errno: i32 {
///         EAGAIN = 11 => "Resource temporarily unavailable.",
///         /// The BSD name.
///         EWOULDBLOCK = EAGAIN,
///         #[alias]
///         #[deprecated]
///         EDEADLOCK = 11 => "An old name, with a description of its own.",
///     }
/// }
///
/// let table = Table::of::<Errno>();
/// assert_eq!(table.len(), 1);
/// let aliases: Vec<(&str, &str)> = table.aliases().map(|a| (a.name, a.entry.name)).collect();
/// assert_eq!(aliases, [("EWOULDBLOCK", "EAGAIN"), ("EDEADLOCK", "EAGAIN")]);
/// assert_eq!(table.find_name("EWOULDBLOCK").unwrap().name, "EAGAIN");
///
/// let bsd = table.find_alias("EWOULDBLOCK").unwrap();
/// assert_eq!((bsd.description, bsd.details, bsd.deprecated), (None, Some("The BSD name."), false));
/// let old = table.find_alias("EDEADLOCK").unwrap();
/// assert_eq!(old.description, Some("An old name, with a description of its own."));
/// assert!(old.deprecated);
/// assert!(table.find_alias("EAGAIN").is_none());
/// ```
#[derive(Clone, Copy)]
pub struct Table {
    name: &'static str,
    langs: &'static [&'static str],
    len: usize,
    aliases: usize,
    entry: fn(usize) -> Option<Entry>,
    alias: fn(usize) -> Option<AliasEntry>,
    by_value: fn(Value<'_>) -> Option<usize>,
    by_name: fn(&str) -> Option<usize>,
    by_name_ignore_ascii_case: fn(&str) -> Option<usize>,
    columns: &'static [&'static str],
    value_type: &'static str,
}

impl Table {
    /// The view of table `C`.
    #[must_use]
    pub const fn of<C: Code>() -> Self {
        Self {
            name: C::TABLE,
            langs: C::LANGS,
            len: C::COUNT,
            aliases: C::ALIASES.len(),
            entry: entry_of::<C>,
            alias: alias_of::<C>,
            by_value: by_value_of::<C>,
            by_name: by_name_of::<C>,
            by_name_ignore_ascii_case: by_name_ignore_ascii_case_of::<C>,
            columns: C::COLUMNS,
            value_type: <C::Value as CodeValue>::TYPE_NAME,
        }
    }

    /// The table's value type as declared ([`CodeValue::TYPE_NAME`]): `"i8"` to `"u64"`,
    /// or `"str"` for a string table.
    ///
    /// ```
    /// codetable::define_codes! {
    ///     /// Statuses.
    ///     pub enum Status: u64 {
    ///         OK = 0 => "Fine.",
    ///     }
    ///
    ///     /// SQLSTATE codes.
    ///     pub enum SqlState: str {
    ///         UNIQUE_VIOLATION = "23505" => "unique_violation",
    ///     }
    /// }
    ///
    /// assert_eq!(codetable::Table::of::<Status>().value_type(), "u64");
    /// assert_eq!(codetable::Table::of::<SqlState>().value_type(), "str");
    /// ```
    #[must_use]
    pub const fn value_type(&self) -> &'static str {
        self.value_type
    }

    /// The names of the table's columns, in declaration order ([`Code::COLUMNS`]).
    #[must_use]
    pub const fn columns(&self) -> &'static [&'static str] {
        self.columns
    }

    /// The table's name ([`Code::TABLE`]).
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The languages of the descriptions; the first is the default.
    #[must_use]
    pub const fn langs(&self) -> &'static [&'static str] {
        self.langs
    }

    /// How many entries the table has (its aliases are not entries).
    #[must_use]
    pub const fn len(&self) -> usize {
        self.len
    }

    /// Whether the table has no entries (never true for a table from `define_codes!`).
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The entry at `index`, in declaration order.
    #[must_use]
    pub fn get(&self, index: usize) -> Option<Entry> {
        (self.entry)(index)
    }

    /// Every entry, in declaration order.
    pub fn entries(&self) -> impl Iterator<Item = Entry> + '_ {
        (0..self.len).filter_map(|index| self.get(index))
    }

    /// The entry with this value ([`Code::from_value`]); `None` when the value is out of the
    /// table's type or no entry has it. An entry declared without a value has none.
    #[must_use]
    pub fn find_value<'a>(&self, value: impl Into<Value<'a>>) -> Option<Entry> {
        (self.by_value)(value.into()).and_then(|index| self.get(index))
    }

    /// Every entry whose value is `value`, walking the whole table: at most one, since no two
    /// entries of a table share a value (an alias is another name of the same entry). Use
    /// [`Table::find_value`] for a lookup that does not walk.
    pub fn entries_with_value<'a>(
        &'a self,
        value: impl Into<Value<'a>>,
    ) -> impl Iterator<Item = Entry> + 'a {
        let value = value.into();
        self.entries()
            .filter(move |entry| entry.value == Some(value))
    }

    /// The entry with exactly this name, or the one an alias of this name stands for
    /// ([`Code::from_name`]).
    #[must_use]
    pub fn find_name(&self, name: &str) -> Option<Entry> {
        (self.by_name)(name).and_then(|index| self.get(index))
    }

    /// The entry with this name ignoring ASCII case, or the one an alias of this name stands
    /// for ([`Code::from_name_ignore_ascii_case`]).
    #[must_use]
    pub fn find_name_ignore_ascii_case(&self, name: &str) -> Option<Entry> {
        (self.by_name_ignore_ascii_case)(name).and_then(|index| self.get(index))
    }

    /// Every alias ([`Code::ALIASES`]), in declaration order.
    pub fn aliases(&self) -> impl Iterator<Item = AliasEntry> + '_ {
        (0..self.aliases).filter_map(|index| (self.alias)(index))
    }

    /// The alias with exactly this name; `None` for the name of an entry or an unknown name.
    #[must_use]
    pub fn find_alias(&self, name: &str) -> Option<AliasEntry> {
        self.aliases().find(|alias| alias.name == name)
    }
}

impl fmt::Debug for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Table")
            .field("name", &self.name)
            .field("langs", &self.langs)
            .field("value_type", &self.value_type)
            .field("len", &self.len)
            .field("aliases", &self.aliases)
            .finish_non_exhaustive()
    }
}

/// One entry of a [`Table`], with its value as a [`Value`] (an integer widened to `i128`,
/// or the string).
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct Entry {
    /// The table's name.
    pub table: &'static str,
    /// The entry's position in the table, in declaration order.
    pub index: usize,
    /// The entry's name.
    pub name: &'static str,
    /// The entry's value, or `None` for an entry declared without one.
    pub value: Option<Value<'static>>,
    /// The description in the table's default language.
    pub description: &'static str,
    /// The longer explanation, if any.
    pub details: Option<&'static str>,
    /// Whether the entry is marked `#[deprecated]`.
    pub deprecated: bool,
    /// The table's languages; the first is the default.
    pub langs: &'static [&'static str],
    /// The names of the table's columns.
    pub columns: &'static [&'static str],
    describe: fn(usize, &str) -> Option<&'static str>,
    fmt_column: FmtColumn,
}

/// Writes column `column` of entry `index` with `Debug`.
type FmtColumn = fn(usize, usize, &mut fmt::Formatter<'_>) -> fmt::Result;

impl Entry {
    /// The description in `lang`, or `None` if the table has no such language.
    #[must_use]
    pub fn description_in(&self, lang: &str) -> Option<&'static str> {
        (self.describe)(self.index, lang)
    }

    /// The value of the column `name`, or `None` if the table has no such column.
    #[must_use]
    pub fn column(&self, name: &str) -> Option<Column> {
        let at = self.columns.iter().position(|c| *c == name)?;
        self.columns().nth(at)
    }

    /// The entry's columns, in declaration order.
    pub fn columns(&self) -> impl Iterator<Item = Column> + '_ {
        self.columns.iter().enumerate().map(|(at, name)| Column {
            name,
            entry: self.index,
            at,
            fmt: self.fmt_column,
        })
    }
}

/// One column's value of an [`Entry`], shown without knowing its type: `Display` and `Debug`
/// both write the value's `Debug` (`503`, `true`, `Severity::Error` as its `Debug` has it).
///
/// ```
/// use codetable::Table;
///
/// codetable::define_codes! {
///     /// Statuses.
///     #[columns(http: u16, retryable: bool = false)]
///     pub enum Status: i32 {
///         #[columns(http = 200)]
///         OK = 0 => "Fine.",
///         #[columns(http = 503, retryable = true)]
///         UNAVAILABLE = 14 => "Try again.",
///     }
/// }
///
/// let table = Table::of::<Status>();
/// assert_eq!(table.columns(), ["http", "retryable"]);
/// let entry = table.find_value(14).unwrap();
/// assert_eq!(entry.column("http").unwrap().to_string(), "503");
/// let shown: Vec<String> = entry.columns().map(|c| format!("{}={c}", c.name)).collect();
/// assert_eq!(shown, ["http=503", "retryable=true"]);
/// ```
#[derive(Clone, Copy)]
pub struct Column {
    /// The column's name.
    pub name: &'static str,
    entry: usize,
    at: usize,
    fmt: FmtColumn,
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.fmt)(self.entry, self.at, f)
    }
}

impl fmt::Debug for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.fmt)(self.entry, self.at, f)
    }
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("table", &self.table)
            .field("index", &self.index)
            .field("name", &self.name)
            .field("value", &self.value)
            .field("description", &self.description)
            .field("details", &self.details)
            .field("deprecated", &self.deprecated)
            .field("langs", &self.langs)
            .finish_non_exhaustive()
    }
}

/// One alias of a [`Table`] ([`Code::ALIASES`]): another name of one of its entries.
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct AliasEntry {
    /// The table's name.
    pub table: &'static str,
    /// The alias's position among the table's aliases, in declaration order.
    pub index: usize,
    /// The alias's name.
    pub name: &'static str,
    /// The entry it stands for.
    pub entry: Entry,
    /// The alias's own description in the table's default language, if it has one (the
    /// entry's is `entry.description`).
    pub description: Option<&'static str>,
    /// The alias's own doc comment, if any.
    pub details: Option<&'static str>,
    /// Whether the alias itself is marked `#[deprecated]`.
    pub deprecated: bool,
    describe: fn(usize, &str) -> Option<&'static str>,
}

impl AliasEntry {
    /// The alias's own description in `lang`, or `None` if it has none or the table has no
    /// such language.
    #[must_use]
    pub fn description_in(&self, lang: &str) -> Option<&'static str> {
        (self.describe)(self.index, lang)
    }
}

impl fmt::Debug for AliasEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AliasEntry")
            .field("table", &self.table)
            .field("index", &self.index)
            .field("name", &self.name)
            .field("entry", &self.entry.name)
            .field("description", &self.description)
            .field("details", &self.details)
            .field("deprecated", &self.deprecated)
            .finish_non_exhaustive()
    }
}

fn entry_of<C: Code>(index: usize) -> Option<Entry> {
    let code = *C::all().get(index)?;
    Some(Entry {
        table: C::TABLE,
        index,
        name: code.name(),
        value: code.value().map(CodeValue::to_value),
        description: code.description(),
        details: code.details(),
        deprecated: code.is_deprecated(),
        langs: C::LANGS,
        columns: C::COLUMNS,
        describe: describe_of::<C>,
        fmt_column: fmt_column_of::<C>,
    })
}

fn fmt_column_of<C: Code>(index: usize, column: usize, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match C::all().get(index) {
        Some(code) => code.fmt_column(column, f),
        None => Ok(()),
    }
}

fn describe_of<C: Code>(index: usize, lang: &str) -> Option<&'static str> {
    C::all().get(index)?.description_in(lang)
}

fn by_value_of<C: Code>(value: Value<'_>) -> Option<usize> {
    C::decode_value(value)?.known().map(Code::index)
}

fn by_name_of<C: Code>(name: &str) -> Option<usize> {
    C::from_name(name).map(Code::index)
}

fn by_name_ignore_ascii_case_of<C: Code>(name: &str) -> Option<usize> {
    C::from_name_ignore_ascii_case(name).map(Code::index)
}

fn alias_of<C: Code>(index: usize) -> Option<AliasEntry> {
    let alias = C::ALIASES.get(index)?;
    Some(AliasEntry {
        table: C::TABLE,
        index,
        name: alias.name(),
        entry: entry_of::<C>(alias.code().index())?,
        description: alias.description(),
        details: alias.details(),
        deprecated: alias.is_deprecated(),
        describe: alias_describe_of::<C>,
    })
}

fn alias_describe_of<C: Code>(index: usize, lang: &str) -> Option<&'static str> {
    C::ALIASES.get(index)?.description_in(lang)
}
