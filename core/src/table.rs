//! [`Table`], [`Entry`], [`AliasEntry`] and [`Unknown`]: a uniform, object-like view of any
//! code table, for tools that walk several tables of different types (such as the `explain`
//! command); and the [`Descriptor`] of a table that both it and the typed API read.

use crate::cell::{ColumnKind, Sink};
use crate::class::{ClassInfo, Classified, CodeClass};
use crate::code::sealed::Sealed;
use crate::history::{self, History, ReservedValue, Retired, StringShape};
use crate::{Code, CodeValue, Value};
use codetable_layout::{Data, DEPRECATED};
use core::fmt;

#[cfg(feature = "load")]
mod loaded;
#[cfg(feature = "load")]
pub(crate) use loaded::{build, AliasPart, EntryPart, LoadedCell, Parts};

/// A code table seen without its type, so that tables of different types can sit in one
/// list: a handle of the one description of the table that the macro writes, which the
/// typed API reads too. Build one with [`Table::of`]. It speaks the typed API's words:
/// [`from_value`](Table::from_value), [`from_name`](Table::from_name),
/// [`from_name_ignore_ascii_case`](Table::from_name_ignore_ascii_case),
/// [`decode`](Table::decode), [`all`](Table::all), [`count`](Table::count).
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
/// let green = TABLES[0].from_value(2).unwrap();
/// assert_eq!((green.table, green.name, green.description), ("Colour", "GREEN", "Green."));
/// assert_eq!(TABLES[0].all().len(), 2);
/// assert_eq!(TABLES[0].count(), 2);
/// ```
///
/// Aliases are other names of entries, not entries: [`Table::all`] and [`Table::count`]
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
/// assert_eq!(table.count(), 1);
/// let aliases: Vec<(&str, &str)> = table.aliases().map(|a| (a.name, a.entry.name)).collect();
/// assert_eq!(aliases, [("EWOULDBLOCK", "EAGAIN"), ("EDEADLOCK", "EAGAIN")]);
/// assert_eq!(table.from_name("EWOULDBLOCK").unwrap().name, "EAGAIN");
///
/// let bsd = table.alias("EWOULDBLOCK").unwrap();
/// assert_eq!((bsd.description, bsd.details, bsd.deprecated), (None, Some("The BSD name."), false));
/// let old = table.alias("EDEADLOCK").unwrap();
/// assert_eq!(old.description, Some("An old name, with a description of its own."));
/// assert!(old.deprecated);
/// assert!(table.alias("EAGAIN").is_none());
/// ```
#[derive(Clone, Copy)]
pub struct Table(&'static Descriptor);

/// How a table crosses serde, for [`Entry`]'s and [`Unknown`]'s `Serialize`. Not public API.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// By value (the default).
    Value,
    /// By name (`#[codes(serde = name)]`, or a table with entries without a value).
    Name,
    /// By the table's own impls (it derives serde's traits itself), which a [`Table`]
    /// cannot call.
    Own,
}

/// The one description of a table: its data and what needs its type, as function pointers.
/// The macro writes one per table (`__private::Layout::DESCRIPTOR`); [`Table`] is a handle
/// of it. Not public API.
#[doc(hidden)]
pub struct Descriptor {
    /// The table's name.
    pub name: &'static str,
    /// The languages of the descriptions; the first is the default.
    pub langs: &'static [&'static str],
    /// The names of the columns.
    pub columns: &'static [&'static str],
    /// The table's data, as the typed API reads it.
    pub data: Data<'static>,
    /// How the table crosses serde.
    pub serde: Form,
    /// Whether values are written in hex (`#[codes(hex)]`).
    pub(crate) hex: bool,
    /// The values written as expressions, as `(position, text)` in position order: only the
    /// entries whose value was one.
    expressions: &'static [(usize, &'static str)],
    /// The entries with a `since` or that are retired, in position order.
    history: &'static [History],
    /// `#[reserved(...)]`'s values and names.
    reserved_values: &'static [ReservedValue],
    reserved_names: &'static [&'static str],
    /// A string table's `#[codes(len, max_len, chars)]`.
    shape: StringShape,
    /// `#[classes(...)]`: the classes, and the class of an entry by position and of a value.
    classes: &'static [ClassInfo],
    class_of: fn(&Descriptor, usize) -> Option<usize>,
    class_of_value: fn(&Descriptor, Value<'_>) -> Option<usize>,
    /// `#[codes(url = "...")]`: the template, and each entry's URL by position (empty
    /// without a template); `display_url`: `{:#}` shows the URL.
    url_template: Option<&'static str>,
    pub(crate) urls: &'static [&'static str],
    pub(crate) display_url: bool,
    pub(crate) value_type: &'static str,
    aliases: usize,
    value: fn(&Descriptor, usize) -> Option<Value<'static>>,
    alias: fn(&'static Descriptor, usize) -> Option<AliasEntry>,
    fmt_column: FmtColumn,
    decode: fn(&Descriptor, Value<'_>) -> Decoded,
    fmt_unknown: fn(&Descriptor, Value<'_>, &mut fmt::Formatter<'_>) -> fmt::Result,
    /// A table read from a `codetable/1` document: what the functions above read.
    #[cfg(feature = "load")]
    loaded: Option<&'static loaded::Loaded>,
}

impl Descriptor {
    /// The description of table `C`, named `name`.
    #[must_use]
    pub const fn of<C: Code>(
        name: &'static str,
        langs: &'static [&'static str],
        columns: &'static [&'static str],
        serde: Form,
    ) -> Self {
        Self {
            name,
            langs,
            columns,
            data: C::DATA,
            serde,
            hex: false,
            expressions: &[],
            history: &[],
            reserved_values: &[],
            reserved_names: &[],
            shape: StringShape {
                len: None,
                max_len: None,
                chars: None,
            },
            classes: &[],
            class_of: crate::class::no_class,
            class_of_value: crate::class::no_value_class,
            url_template: None,
            urls: &[],
            display_url: false,
            value_type: <C::Value as CodeValue>::TYPE_NAME,
            aliases: C::ALIASES.len(),
            value: value_of::<C>,
            alias: alias_of::<C>,
            fmt_column: fmt_column_of::<C>,
            decode: decode_of::<C>,
            fmt_unknown: fmt_unknown_of::<C>,
            #[cfg(feature = "load")]
            loaded: None,
        }
    }

    /// The description, with values written in hex (`#[codes(hex)]`).
    #[must_use]
    pub const fn hex(self) -> Self {
        Self { hex: true, ..self }
    }

    /// The description, with the text of the values written as expressions: `(position,
    /// text)` in position order.
    #[must_use]
    pub const fn expressions(self, expressions: &'static [(usize, &'static str)]) -> Self {
        Self {
            expressions,
            ..self
        }
    }

    /// The description, with the history of its entries (`since`, `retired`), in position
    /// order.
    #[must_use]
    pub const fn history(self, history: &'static [History]) -> Self {
        Self { history, ..self }
    }

    /// The description, with the values and names the table reserves.
    #[must_use]
    pub const fn reserved(
        self,
        reserved_values: &'static [ReservedValue],
        reserved_names: &'static [&'static str],
    ) -> Self {
        Self {
            reserved_values,
            reserved_names,
            ..self
        }
    }

    /// The description, with the classes of `C` (`#[classes(...)]`).
    #[must_use]
    pub const fn classes<C: Classified>(self) -> Self {
        Self {
            classes: <C::Class as CodeClass>::INFO,
            class_of: crate::class::class_at::<C>,
            class_of_value: crate::class::class_of_value::<C>,
            ..self
        }
    }

    /// The description, with the URL template and each entry's URL, by position.
    #[must_use]
    pub const fn urls(self, template: &'static str, urls: &'static [&'static str]) -> Self {
        Self {
            url_template: Some(template),
            urls,
            ..self
        }
    }

    /// The description of a table whose `{:#}` shows each code's URL (`display_url`).
    #[must_use]
    pub const fn display_url(self) -> Self {
        Self {
            display_url: true,
            ..self
        }
    }

    /// Each entry's URL, by position, of a table with a URL template: what the generated
    /// `url()` reads, in a `const` block (code that refers to the descriptor at run time
    /// compiles every function it points to).
    #[must_use]
    pub const fn url_list(&self) -> &'static [&'static str] {
        self.urls
    }

    /// The URL of entry `position`; `None` without a template.
    pub(crate) fn url_of(&self, position: usize) -> Option<&'static str> {
        self.urls.get(position).copied()
    }

    /// The description, with the shape of a string table's values.
    #[must_use]
    pub const fn shape(self, shape: StringShape) -> Self {
        Self { shape, ..self }
    }

    /// The text of the expression entry `position`'s value was written as, if it was one.
    fn expression(&self, position: usize) -> Option<&'static str> {
        let at = self
            .expressions
            .binary_search_by_key(&position, |(at, _)| *at)
            .ok()?;
        Some(self.expressions[at].1)
    }
}

/// [`Table::parse_value`] for a table whose values are of type `value_type`
/// ([`CodeValue::TYPE_NAME`]).
pub(crate) fn parse_value_of<'a>(value_type: &str, text: &'a str) -> Option<Value<'a>> {
    match crate::int::shape(value_type) {
        Some((bits, signed)) => crate::int::parse(text, bits, signed).map(Value::Int),
        None => Some(Value::Str(text)),
    }
}

impl Table {
    /// The view of table `C`.
    #[must_use]
    pub const fn of<C: Code>() -> Self {
        Self(C::DESCRIPTOR)
    }

    /// The table's value type ([`CodeValue::TYPE_NAME`]): `"i8"` to `"u64"`, `"isize"`,
    /// `"usize"`, or `"str"` for a string table. A table declared with one of C's types
    /// says the Rust type that C type is on this target (`c_int` is `"i32"`).
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
        self.0.value_type
    }

    /// The values the table reserves (`#[reserved(7, 9..=11)]`): no entry may take them,
    /// since an earlier release used them.
    #[must_use]
    pub const fn reserved_values(&self) -> &'static [ReservedValue] {
        self.0.reserved_values
    }

    /// The names the table reserves (`#[reserved(OLD_NAME)]`).
    #[must_use]
    pub const fn reserved_names(&self) -> &'static [&'static str] {
        self.0.reserved_names
    }

    /// A string table's shape (`#[codes(len, max_len, chars)]`); `None` for an integer
    /// table.
    #[must_use]
    pub fn string_shape(&self) -> Option<StringShape> {
        (self.0.value_type == "str").then_some(self.0.shape)
    }

    /// How the table crosses serde, as the JSON export names it: `"value"`, `"name"`, or
    /// `"own"` for a table that derives serde's traits itself.
    #[must_use]
    pub const fn serde_form(&self) -> &'static str {
        match self.0.serde {
            Form::Value => "value",
            Form::Name => "name",
            Form::Own => "own",
        }
    }

    /// The table's classes (`#[classes(...)]`), in declaration order; empty for a table
    /// without.
    #[must_use]
    pub const fn classes(&self) -> &'static [ClassInfo] {
        self.0.classes
    }

    /// The table's URL template (`#[codes(url = "...")]`), as written; `None` for a table
    /// without one. Each entry's URL is [`Entry::url`].
    #[must_use]
    pub const fn url_template(&self) -> Option<&'static str> {
        self.0.url_template
    }

    /// Whether the table's `{:#}` shows each code's URL (`#[codes(display_url)]`).
    #[must_use]
    pub const fn displays_url(&self) -> bool {
        self.0.display_url
    }

    /// The names of the table's columns, in declaration order ([`Code::COLUMNS`]).
    #[must_use]
    pub const fn columns(&self) -> &'static [&'static str] {
        self.0.columns
    }

    /// Whether the table writes its values in hex (`#[codes(hex)]`): `0x` and the digits of
    /// the value's bit pattern, as many as the type's width takes.
    #[must_use]
    pub const fn is_hex(&self) -> bool {
        self.0.hex
    }

    /// `value` as the table writes it (in `Display`, `explain` and the exports): in hex for a
    /// [hex table](Table::is_hex), else in decimal; a string as it is.
    ///
    /// ```
    /// use codetable::{Table, Value};
    ///
    /// codetable::define_codes! {
    ///     /// Two HRESULTs.
    ///     #[codes(hex)]
    ///     pub enum HResult: i32 {
    ///         S_OK = 0 => "Success.",
    ///         E_ACCESSDENIED = 0x8007_0005_u32 as i32 => "General access denied error.",
    ///     }
    /// }
    ///
    /// let table = Table::of::<HResult>();
    /// assert_eq!(table.display_value(Value::Int(-2_147_024_891)).to_string(), "0x80070005");
    /// assert_eq!(table.parse_value("0x80070005"), Some(Value::Int(-2_147_024_891)));
    /// ```
    #[must_use]
    pub fn display_value<'a>(&self, value: Value<'a>) -> crate::ValueText<'a> {
        crate::ValueText::new(value, self.0.value_type, self.0.hex)
    }

    /// A value of the table written as `text`: for an integer table, as its `FromStr` reads
    /// it ([`IntegerValue::parse`](crate::IntegerValue::parse): decimal, `0x…` as the type's
    /// bit pattern, `-0x…`), whether or not the table is a hex table; for a string table,
    /// the text itself. `None` when `text` is no value of the table's type (not whether the
    /// table has it: see [`Table::decode`]).
    #[must_use]
    pub fn parse_value<'a>(&self, text: &'a str) -> Option<Value<'a>> {
        parse_value_of(self.0.value_type, text)
    }

    /// The table's name ([`Code::TABLE`]).
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.0.name
    }

    /// The languages of the descriptions; the first is the default ([`Code::LANGS`]).
    #[must_use]
    pub const fn langs(&self) -> &'static [&'static str] {
        self.0.langs
    }

    /// How many entries the table has ([`Code::COUNT`]; its aliases are not entries).
    #[must_use]
    pub const fn count(&self) -> usize {
        self.0.data.count
    }

    /// The entry at `index`, in declaration order (`C::all()[index]`).
    #[must_use]
    pub fn get(&self, index: usize) -> Option<Entry> {
        (index < self.count()).then(|| self.entry(index))
    }

    /// Every entry, in declaration order ([`Code::all`]).
    #[must_use]
    pub fn all(&self) -> impl ExactSizeIterator<Item = Entry> + '_ {
        (0..self.count()).map(|index| self.entry(index))
    }

    /// The entry at `index`, which is below [`Table::count`].
    fn entry(&self, index: usize) -> Entry {
        let data = &self.0.data;
        Entry {
            table: self.0.name,
            index,
            name: data.names[index],
            value: (self.0.value)(self.0, index),
            description: data.descriptions[index * data.langs],
            details: data.details_of(index),
            deprecated: data.flags[index] & DEPRECATED != 0,
            expression: self.0.expression(index),
            url: self.0.url_of(index),
            langs: self.0.langs,
            columns: self.0.columns,
            descriptor: self.0,
        }
    }

    /// The entry with this value ([`Code::from_value`]); `None` when the value is out of the
    /// table's type or no entry has it. An entry declared without a value has none.
    #[must_use]
    pub fn from_value<'a>(&self, value: impl Into<Value<'a>>) -> Option<Entry> {
        match (self.0.decode)(self.0, value.into()) {
            Decoded::Known(index) => self.get(index),
            Decoded::Foreign | Decoded::Unknown => None,
        }
    }

    /// The entry with this value, or the value as an [`Unknown`] when the table does not
    /// know it ([`Code::decode`]); `None` when the value cannot be one of the table's (a
    /// string for an integer table, an integer out of its type, an integer for a string
    /// table).
    ///
    /// ```
    /// use codetable::Table;
    ///
    /// codetable::define_codes! {
    ///     /// Statuses.
    ///     pub enum Status: u8 {
    ///         OK = 0 => "Fine.",
    ///     }
    /// }
    ///
    /// let table = Table::of::<Status>();
    /// assert_eq!(table.decode(0).unwrap().unwrap().name, "OK");
    /// let unknown = table.decode(7).unwrap().unwrap_err();
    /// assert_eq!(unknown.to_string(), "Status 7 (not in the table)");
    /// assert!(table.decode(300).is_none() && table.decode("OK").is_none());
    /// ```
    #[must_use]
    pub fn decode<'a>(&self, value: impl Into<Value<'a>>) -> Option<Result<Entry, Unknown<'a>>> {
        let value = value.into();
        match (self.0.decode)(self.0, value) {
            Decoded::Foreign => None,
            Decoded::Known(index) => self.get(index).map(Ok),
            Decoded::Unknown => Some(Err(Unknown {
                table: *self,
                value,
            })),
        }
    }

    /// The entry with exactly this name, or the one an alias of this name stands for
    /// ([`Code::from_name`]).
    #[must_use]
    pub fn from_name(&self, name: &str) -> Option<Entry> {
        let index = self.0.data.position_of_name(name, false)?;
        self.get(index)
    }

    /// The entry with this name ignoring ASCII case, or the one an alias of this name stands
    /// for ([`Code::from_name_ignore_ascii_case`]).
    #[must_use]
    pub fn from_name_ignore_ascii_case(&self, name: &str) -> Option<Entry> {
        let index = self.0.data.position_of_name(name, true)?;
        self.get(index)
    }

    /// Every alias ([`Code::ALIASES`]), in declaration order.
    pub fn aliases(&self) -> impl Iterator<Item = AliasEntry> + '_ {
        (0..self.0.aliases).filter_map(|index| (self.0.alias)(self.0, index))
    }

    /// The alias with exactly this name; `None` for the name of an entry or an unknown name.
    #[must_use]
    pub fn alias(&self, name: &str) -> Option<AliasEntry> {
        self.aliases().find(|alias| alias.name == name)
    }

    /// How the table crosses serde.
    #[cfg(feature = "serde")]
    pub(crate) fn form(&self) -> Form {
        self.0.serde
    }
}

impl fmt::Debug for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Table")
            .field("name", &self.0.name)
            .field("langs", &self.0.langs)
            .field("value_type", &self.0.value_type)
            .field("hex", &self.0.hex)
            .field("url_template", &self.0.url_template)
            .field("count", &self.count())
            .field("aliases", &self.0.aliases)
            .finish_non_exhaustive()
    }
}

/// One entry of a [`Table`], with its value as a [`Value`] (an integer widened to `i128`,
/// or the string). With the `serde` feature it serializes as the table's code does (its
/// value, or its name for a table serialized by name).
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
    /// The integer constant expression the value was written as (`SQLITE_IOERR | (1 << 8)`),
    /// its tokens spaced as Rust code is; `None` for a value written as a literal.
    pub expression: Option<&'static str>,
    /// The address of the entry's documentation, from the table's URL template
    /// ([`Table::url_template`]); `None` for a table without one. An alias's is its
    /// entry's.
    pub url: Option<&'static str>,
    /// The table's languages; the first is the default.
    pub langs: &'static [&'static str],
    /// The names of the table's columns.
    pub columns: &'static [&'static str],
    descriptor: &'static Descriptor,
}

/// Sends column `column` of entry `index` to the sink as a [`Cell`].
type FmtColumn = fn(&Descriptor, usize, usize, Sink<'_>) -> fmt::Result;

impl Entry {
    /// The table the entry is in.
    #[must_use]
    pub const fn table(&self) -> Table {
        Table(self.descriptor)
    }

    /// The version the code was added in (`#[since = "1.4"]`), if the table says.
    #[must_use]
    pub fn since(&self) -> Option<&'static str> {
        history::find(self.descriptor.history, self.index)?.since
    }

    /// Whether the code is retired (`#[retired(...)]`), and with what.
    #[must_use]
    pub fn retired(&self) -> Option<Retired> {
        history::find(self.descriptor.history, self.index)?.retired
    }

    /// The entry's class (`#[classes(...)]`), if it is in one.
    #[must_use]
    pub fn class(&self) -> Option<ClassInfo> {
        let at = (self.descriptor.class_of)(self.descriptor, self.index)?;
        self.descriptor.classes.get(at).copied()
    }

    /// The value as the table writes it ([`Table::display_value`]): `None` for an entry
    /// without a value.
    #[must_use]
    pub fn value_text(&self) -> Option<crate::ValueText<'static>> {
        Some(self.table().display_value(self.value?))
    }

    /// The description in `lang`, or `None` if the table has no such language.
    #[must_use]
    pub fn description_in(&self, lang: &str) -> Option<&'static str> {
        let at = crate::__private::lang_index(self.langs, lang)?;
        let data = &self.descriptor.data;
        data.descriptions.get(self.index * data.langs + at).copied()
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
            descriptor: self.descriptor,
        })
    }
}

/// One column's value of an [`Entry`], shown without knowing its type. `Display` writes it
/// as a person writes it in a table cell: integers and booleans plainly, a `&str` without
/// quotes or escapes, `None` as nothing and `Some(x)` as `x`, a table's code by its name, any
/// other type through its `Display` if it has one, else its `Debug`. [`kind`](Column::kind)
/// says whether that text is a number, a `bool`, text or nothing (JSON's `null`). `Debug`
/// writes the value's own `Debug` (`Some(SQLITE_IOERR)`, `"text"`).
///
/// ```
/// use codetable::{ColumnKind, Table};
///
/// codetable::define_codes! {
///     /// Statuses.
///     #[columns(http: u16, retryable: bool = false, hint: Option<&'static str> = None)]
///     pub enum Status: i32 {
///         #[columns(http = 200)]
///         OK = 0 => "Fine.",
///         #[columns(http = 503, retryable = true, hint = Some("retry \"later\""))]
///         UNAVAILABLE = 14 => "Try again.",
///     }
/// }
///
/// let table = Table::of::<Status>();
/// assert_eq!(table.columns(), ["http", "retryable", "hint"]);
/// let entry = table.from_value(14).unwrap();
/// assert_eq!(entry.column("http").unwrap().to_string(), "503");
/// let shown: Vec<String> = entry.columns().map(|c| format!("{}={c}", c.name)).collect();
/// assert_eq!(shown, ["http=503", "retryable=true", r#"hint=retry "later""#]);
/// let hint = entry.column("hint").unwrap();
/// assert_eq!(format!("{hint:?}"), r#"Some("retry \"later\"")"#);
/// assert_eq!(hint.kind(), ColumnKind::Text);
/// let ok = table.from_value(0).unwrap();
/// assert_eq!(ok.column("hint").unwrap().kind(), ColumnKind::Empty);
/// assert_eq!(ok.column("retryable").unwrap().kind(), ColumnKind::Bool);
/// ```
#[derive(Clone, Copy)]
pub struct Column {
    /// The column's name.
    pub name: &'static str,
    entry: usize,
    at: usize,
    descriptor: &'static Descriptor,
}

impl Column {
    /// What the value is: a number, a `bool`, text, or nothing (a `None`).
    #[must_use]
    pub fn kind(&self) -> ColumnKind {
        let mut kind = ColumnKind::Empty;
        let _ = (self.descriptor.fmt_column)(self.descriptor, self.entry, self.at, &mut |cell| {
            kind = cell.kind;
            Ok(())
        });
        kind
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.descriptor.fmt_column)(self.descriptor, self.entry, self.at, &mut |cell| {
            cell.written.fmt(f)
        })
    }
}

impl fmt::Debug for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.descriptor.fmt_column)(self.descriptor, self.entry, self.at, &mut |cell| {
            cell.debug.fmt(f)
        })
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
            .field("expression", &self.expression)
            .field("url", &self.url)
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
    describe: fn(&Descriptor, usize, &str) -> Option<&'static str>,
}

impl AliasEntry {
    /// The alias's own description in `lang`, or `None` if it has none or the table has no
    /// such language.
    #[must_use]
    pub fn description_in(&self, lang: &str) -> Option<&'static str> {
        (self.describe)(self.entry.descriptor, self.index, lang)
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

/// A value that a [`Table`] does not know, from [`Table::decode`]: what [`Open::Unknown`]
/// holds for a typed table, with the value in full. `Display` writes it as `Open` does
/// (`Table value (not in the table)`, a string longer than the table's codes cut short
/// with `...`); with the `serde` feature it serializes as `Open` does, in full.
///
/// [`Open::Unknown`]: crate::Open::Unknown
#[derive(Clone, Copy)]
pub struct Unknown<'a> {
    table: Table,
    value: Value<'a>,
}

impl<'a> Unknown<'a> {
    /// The table that does not know the value.
    #[must_use]
    pub const fn table(&self) -> Table {
        self.table
    }

    /// The value, in full.
    #[must_use]
    pub const fn value(&self) -> Value<'a> {
        self.value
    }

    /// The class the table's ranges or prefixes give the value, if any.
    #[must_use]
    pub fn class(&self) -> Option<ClassInfo> {
        let at = (self.table.0.class_of_value)(self.table.0, self.value)?;
        self.table.0.classes.get(at).copied()
    }
}

impl PartialEq for Unknown<'_> {
    fn eq(&self, other: &Self) -> bool {
        (self.table.name(), self.value) == (other.table.name(), other.value)
    }
}

impl fmt::Debug for Unknown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Unknown")
            .field("table", &self.table.name())
            .field("value", &self.value)
            .finish()
    }
}

impl fmt::Display for Unknown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.table.0.fmt_unknown)(self.table.0, self.value, f)
    }
}

fn value_of<C: Code>(_: &Descriptor, index: usize) -> Option<Value<'static>> {
    C::all().get(index)?.value()?.to_static()
}

fn fmt_column_of<C: Code>(
    _: &Descriptor,
    index: usize,
    column: usize,
    sink: Sink<'_>,
) -> fmt::Result {
    match C::all().get(index) {
        Some(code) => code.column_cell(column, sink),
        None => Ok(()),
    }
}

/// What a value is to a table, by position.
pub(crate) enum Decoded {
    /// Not of the table's type.
    Foreign,
    /// The entry at this position.
    Known(usize),
    /// Of the table's type, not in the table.
    Unknown,
}

fn decode_of<C: Code>(_: &Descriptor, value: Value<'_>) -> Decoded {
    match <C::Value as Sealed>::decode::<C>(value).map(crate::Open::known) {
        None => Decoded::Foreign,
        Some(Some(code)) => Decoded::Known(code.position()),
        Some(None) => Decoded::Unknown,
    }
}

fn fmt_unknown_of<C: Code>(
    _: &Descriptor,
    value: Value<'_>,
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    match <C::Value as Sealed>::decode::<C>(value) {
        Some(open) => fmt::Display::fmt(&open, f),
        None => write!(f, "{} {value} (not in the table)", C::TABLE),
    }
}

fn alias_of<C: Code>(_: &'static Descriptor, index: usize) -> Option<AliasEntry> {
    let alias = C::ALIASES.get(index)?;
    Some(AliasEntry {
        table: C::TABLE,
        index,
        name: alias.name(),
        entry: Table::of::<C>().get(alias.code().position())?,
        description: alias.description(),
        details: alias.details(),
        deprecated: alias.is_deprecated(),
        describe: alias_describe_of::<C>,
    })
}

fn alias_describe_of<C: Code>(_: &Descriptor, index: usize, lang: &str) -> Option<&'static str> {
    C::ALIASES.get(index)?.description_in(lang)
}
