//! The [`Code`] trait that every table implements, and the [`CodeValue`] trait of the types
//! a table's values may have.

use core::fmt::{Debug, Display};
use core::hash::Hash;

use crate::{Open, RawValue, Value};

mod sealed {
    pub trait Sealed {}
}

/// The types a code table's values may have: the integers `i8` to `i64` and `u8` to `u64`
/// ([`IntegerValue`]), and `&'static str` for a string table.
///
/// [`to_value`](Self::to_value) is how tools compare values of tables with different value
/// types (see [`Table`](crate::Table)).
pub trait CodeValue:
    sealed::Sealed + Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static
{
    /// The type's name as a table declares it: `"i8"` to `"u64"`, or `"str"`.
    const TYPE_NAME: &'static str;

    /// The value as a [`Value`]: an integer widened to `i128` without loss, or the string.
    fn to_value(self) -> Value<'static>;
}

/// The integer types a code table may use for its values: `i8` to `i64` and `u8` to `u64`.
/// Every such value converts to `i128` without loss.
pub trait IntegerValue: CodeValue {
    /// The value as an `i128`, without loss.
    fn to_i128(self) -> i128;
    /// The `i128` as a value of this type, or `None` if it is out of the type's range.
    fn from_i128(value: i128) -> Option<Self>;
}

macro_rules! code_value {
    ($($t:ty),*) => {$(
        impl sealed::Sealed for $t {}
        impl CodeValue for $t {
            const TYPE_NAME: &'static str = stringify!($t);

            #[inline]
            fn to_value(self) -> Value<'static> {
                Value::Int(self.into())
            }
        }
        impl IntegerValue for $t {
            #[inline]
            fn to_i128(self) -> i128 {
                i128::from(self)
            }
            #[inline]
            fn from_i128(value: i128) -> Option<Self> {
                <$t>::try_from(value).ok()
            }
        }
    )*};
}
code_value!(i8, i16, i32, i64, u8, u16, u32, u64);

impl sealed::Sealed for &'static str {}
impl CodeValue for &'static str {
    const TYPE_NAME: &'static str = "str";

    #[inline]
    fn to_value(self) -> Value<'static> {
        Value::Str(self)
    }
}

/// A table of codes declared with [`define_codes!`](crate::define_codes).
///
/// Every generated enum implements this trait, so generic code can handle any table: look a
/// code up by value or by name, walk a table, print its entries. The enum's inherent methods
/// of the same names are `const` where they can be and return the value without `Option`
/// when every entry has one; the trait's versions are uniform across tables.
///
/// ```
/// use codetable::Code;
///
/// codetable::define_codes! {
///     /// Statuses of a toy protocol.
///     pub enum Toy: u8 {
///         OK = 0 => "Everything went well.",
///         BUSY = 7 => "Try again later.",
///     }
/// }
///
/// /// Names a code of any table.
/// fn describe<C: Code>(value: C::Value) -> String {
///     match C::from_value(value) {
///         Some(code) => format!("{}::{} ({value}): {}", C::TABLE, code.name(), code.description()),
///         None => format!("{value} is not a {} code", C::TABLE),
///     }
/// }
///
/// assert_eq!(describe::<Toy>(7), "Toy::BUSY (7): Try again later.");
/// assert_eq!(describe::<Toy>(3), "3 is not a Toy code");
/// ```
pub trait Code: Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static {
    /// The table's declared value type: an integer type, or `&'static str`.
    type Value: CodeValue;
    /// What [`Open::Unknown`] keeps of a value the table does not know: the value itself
    /// for an integer table, an [`InlineStr`](crate::InlineStr) for a string table.
    type Raw: RawValue + From<Self::Value>;

    /// The table's name: the enum's name as declared.
    const TABLE: &'static str;
    /// The languages the descriptions are written in; the first is the default.
    const LANGS: &'static [&'static str];
    /// How many codes the table has: the length of [`Code::all`] (aliases not counted).
    const COUNT: usize;
    /// The table's aliases, in declaration order: other names of codes in [`Code::all`].
    const ALIASES: &'static [Alias<Self>];
    /// The names of the table's columns (`#[columns(...)]` on the table), in declaration
    /// order; empty for a table without columns. Each is also a method of the enum.
    const COLUMNS: &'static [&'static str] = &[];

    /// Every code of the table, in declaration order. Aliases are not codes of their own:
    /// they are in [`Code::ALIASES`].
    fn all() -> &'static [Self];
    /// The entry's name as declared.
    fn name(self) -> &'static str;
    /// The entry's value, or `None` for an entry declared without one.
    fn value(self) -> Option<Self::Value>;
    /// The description in the default language.
    fn description(self) -> &'static str;
    /// The description in `lang`, one of [`Code::LANGS`]; `None` for another language.
    fn description_in(self, lang: &str) -> Option<&'static str>;
    /// The longer explanation written as the entry's doc comment, if any.
    fn details(self) -> Option<&'static str>;
    /// Whether the entry is marked `#[deprecated]`.
    fn is_deprecated(self) -> bool;
    /// The entry with this value. An entry declared without a value has none.
    fn from_value(value: Self::Value) -> Option<Self>;
    /// The entry with exactly this name, or the one an alias of this name stands for.
    fn from_name(name: &str) -> Option<Self>;
    /// The entry with this name ignoring ASCII case, or the one an alias of this name
    /// stands for. No two names of a table are equal ignoring ASCII case.
    fn from_name_ignore_ascii_case(name: &str) -> Option<Self>;

    /// The code with this value, or the value as [`Open::Unknown`] when the table does
    /// not know it (never for a value it knows).
    #[inline]
    fn decode(value: Self::Value) -> Open<Self> {
        Open::from_value(value)
    }
    /// [`decode`](Code::decode) for a value of either kind, borrowed: `None` when it
    /// cannot be a value of this table (a string for an integer table, an integer out of the
    /// table's type, or the other way round).
    fn decode_value(value: Value<'_>) -> Option<Open<Self>>;

    /// Writes the value of the column at `column` (an index into [`Code::COLUMNS`]) with its
    /// `Debug`, for tools that show columns without knowing their types; nothing for an
    /// index past the last column.
    ///
    /// # Errors
    /// The formatter's.
    fn fmt_column(self, column: usize, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let _ = (column, f);
        Ok(())
    }

    /// The table's position of this entry, in declaration order (its index in
    /// [`Code::all`]). Not its value, which is its discriminant.
    fn index(self) -> usize;

    /// Every code of the table, in declaration order.
    fn iter() -> core::iter::Copied<core::slice::Iter<'static, Self>> {
        Self::all().iter().copied()
    }
}

/// Another name of a code, declared as `#[alias] NAME = value` or `NAME = ORIGINAL` in a
/// table. In the enum it is an associated constant equal to the code it stands for; this is
/// what the table records of it, for tools that list names (see [`Code::ALIASES`]).
///
/// ```
/// use codetable::Code;
///
/// codetable::define_codes! {
///     /// A few errno values.
///     pub enum Errno: i32 {
///         EAGAIN = 11 => "Resource temporarily unavailable.",
///         /// The BSD name.
///         EWOULDBLOCK = EAGAIN,
///     }
/// }
///
/// assert_eq!(Errno::EWOULDBLOCK, Errno::EAGAIN);
/// let alias = Errno::ALIASES[0];
/// assert_eq!((alias.name(), alias.code()), ("EWOULDBLOCK", Errno::EAGAIN));
/// assert_eq!(alias.details(), Some("The BSD name."));
/// assert_eq!(alias.description(), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Alias<C: 'static> {
    name: &'static str,
    code: C,
    descriptions: &'static [&'static str],
    details: &'static str,
    deprecated: bool,
}

impl<C: Code> Alias<C> {
    /// Used by the generated code. Not public API.
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        name: &'static str,
        code: C,
        descriptions: &'static [&'static str],
        details: &'static str,
        deprecated: bool,
    ) -> Self {
        Self {
            name,
            code,
            descriptions,
            details,
            deprecated,
        }
    }

    /// The alias's name.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The code it stands for.
    #[must_use]
    pub const fn code(&self) -> C {
        self.code
    }

    /// The alias's own description in the table's default language, if it has one. The
    /// code's description is `self.code().description()`.
    #[must_use]
    pub fn description(&self) -> Option<&'static str> {
        self.descriptions.first().copied()
    }

    /// The alias's own description in `lang`, if it has one.
    #[must_use]
    pub fn description_in(&self, lang: &str) -> Option<&'static str> {
        let at = crate::__private::lang_index(C::LANGS, lang)?;
        self.descriptions.get(at).copied()
    }

    /// The alias's doc comment, if any.
    #[must_use]
    pub const fn details(&self) -> Option<&'static str> {
        if self.details.is_empty() {
            None
        } else {
            Some(self.details)
        }
    }

    /// Whether the alias is marked `#[deprecated]`.
    #[must_use]
    pub const fn is_deprecated(&self) -> bool {
        self.deprecated
    }
}
