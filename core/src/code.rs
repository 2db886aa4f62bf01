//! The [`Code`] trait that every table implements, and the [`CodeValue`] and
//! [`IntegerValue`] traits of the types a table's values are held as.

use core::fmt::{Debug, Display};
use core::hash::Hash;

use crate::__private::Layout;
use crate::{InlineStr, Open, Value};

pub(crate) mod sealed {
    use crate::{Code, Open, Value};

    /// What the crate needs of a value type and does not show: the plumbing between the
    /// typed API and [`Table`](crate::Table), and with the `serde` feature how a value
    /// crosses serde.
    pub trait Sealed: Sized + MaybeWire {
        /// `value` looked up in table `C`, whose values are of this type: `None` when it
        /// cannot be one (a string for an integer table, an integer out of the type's
        /// range, or the other way round).
        fn decode<C: Code<Value = Self>>(value: Value<'_>) -> Option<Open<C>>;
        /// What [`Open::Unknown`] keeps of `text` when it is of this type (an
        /// [`InlineStr`](crate::InlineStr)); `None` for another type.
        fn from_text(text: &str) -> Option<Self>;
        /// The value as a `Value` that outlives it: `None` for an `InlineStr`, which holds
        /// its text.
        fn to_static(self) -> Option<Value<'static>>;
    }

    /// `Wire` with the `serde` feature, so that generic code can serialize any table's
    /// values without a bound of its own; nothing without it.
    #[cfg(feature = "serde")]
    pub trait MaybeWire: crate::__serde::Wire {}
    #[cfg(feature = "serde")]
    impl<T: crate::__serde::Wire> MaybeWire for T {}
    #[cfg(not(feature = "serde"))]
    pub trait MaybeWire {}
    #[cfg(not(feature = "serde"))]
    impl<T> MaybeWire for T {}
}

/// The types a code table's values are held as: the integers `i8` to `i64` and `u8` to
/// `u64` ([`IntegerValue`]), and, for a string table, `&'static str` (a code's value,
/// [`Code::Value`]) and [`InlineStr`] (a value the table does not know, which
/// [`Open::Unknown`] keeps: [`Code::Raw`]).
///
/// [`as_value`](Self::as_value) is how tools compare values of tables with different value
/// types (see [`Table`](crate::Table)).
pub trait CodeValue:
    sealed::Sealed + Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static
{
    /// The type's name: `"i8"` to `"u64"`, `"isize"`, `"usize"`, or `"str"` (for
    /// [`InlineStr`] too). C's types are aliases of these.
    const TYPE_NAME: &'static str;

    /// The value as a [`Value`]: an integer widened to `i128` without loss, or the string;
    /// `None` for an [`InlineStr`] that was cut short, which is no value in full.
    fn as_value(&self) -> Option<Value<'_>>;
}

/// The integer types a code table may use for its values: `i8` to `i64`, `u8` to `u64`,
/// `isize` and `usize` (C's types are aliases of these).
/// Every such value converts to `i128` without loss: generic code over integer tables
/// compares and computes values as `i128`.
pub trait IntegerValue: CodeValue {
    /// The value as an `i128`, without loss.
    fn to_i128(self) -> i128;
    /// The `i128` as a value of this type, or `None` if it is out of the type's range.
    fn from_i128(value: i128) -> Option<Self>;

    /// The value written as `text`, as every integer table's `FromStr` reads it: decimal
    /// (range-checked), `0x` and hex digits (the type's bit pattern, when it fits in the
    /// type's width: what a `#[codes(hex)]` table prints), or `-0x` and hex digits (a
    /// negative magnitude, for a signed type). `None` for anything else, or a value out of
    /// the type.
    ///
    /// ```
    /// use codetable::IntegerValue;
    ///
    /// assert_eq!(i32::parse("0x80070005"), Some(-2_147_024_891)); // an HRESULT's bits
    /// assert_eq!(u32::parse("0x80070005"), Some(0x8007_0005));
    /// assert_eq!(i32::parse("-0x10"), Some(-16));
    /// assert_eq!(u8::parse("200"), Some(200));
    /// assert_eq!(u8::parse("0x100"), None); // wider than a u8
    /// assert_eq!(u8::parse("-1"), None);
    /// ```
    #[must_use]
    fn parse(text: &str) -> Option<Self> {
        let (bits, signed) = crate::int::shape(Self::TYPE_NAME)?;
        Self::from_i128(crate::int::parse(text, bits, signed)?)
    }
}

macro_rules! code_value {
    ($($t:ty),*) => {$(
        impl sealed::Sealed for $t {
            #[inline]
            fn decode<C: Code<Value = Self>>(value: Value<'_>) -> Option<Open<C>> {
                value.as_i128().and_then(Self::from_i128).map(C::decode)
            }
            #[inline]
            fn from_text(_: &str) -> Option<Self> {
                None
            }
            #[inline]
            fn to_static(self) -> Option<Value<'static>> {
                Some(Value::Int(Widen::widen(self)))
            }
        }
        impl CodeValue for $t {
            const TYPE_NAME: &'static str = stringify!($t);

            #[inline]
            fn as_value(&self) -> Option<Value<'_>> {
                Some(Value::Int(Widen::widen(*self)))
            }
        }
        impl IntegerValue for $t {
            #[inline]
            fn to_i128(self) -> i128 {
                Widen::widen(self)
            }
            #[inline]
            fn from_i128(value: i128) -> Option<Self> {
                <$t>::try_from(value).ok()
            }
        }
    )*};
}
code_value!(i8, i16, i32, i64, u8, u16, u32, u64, isize, usize);

/// An integer value type widened to `i128`, without loss: by `From` where the standard
/// library has it, by `as` for `isize` and `usize`, at most 64 bits wide on every target
/// Rust supports.
pub(crate) trait Widen {
    fn widen(self) -> i128;
}

macro_rules! widen {
    (from: $($t:ty),*) => {$(
        impl Widen for $t {
            #[inline]
            fn widen(self) -> i128 {
                i128::from(self)
            }
        }
    )*};
    (as: $($t:ty),*) => {$(
        impl Widen for $t {
            #[inline]
            #[allow(clippy::cast_lossless, clippy::cast_possible_wrap)]
            fn widen(self) -> i128 {
                self as i128
            }
        }
    )*};
}
widen!(from: i8, i16, i32, i64, i128, u8, u16, u32, u64);
widen!(as: isize, usize);

impl sealed::Sealed for &'static str {
    #[inline]
    fn decode<C: Code<Value = Self>>(value: Value<'_>) -> Option<Open<C>> {
        let text = value.as_str()?;
        Some(match C::DATA.position_of_string(text) {
            Some(at) => Open::Known(C::all()[at]),
            None => crate::open::__unknown(<C::Raw as sealed::Sealed>::from_text(text)?),
        })
    }
    #[inline]
    fn from_text(_: &str) -> Option<Self> {
        None
    }
    #[inline]
    fn to_static(self) -> Option<Value<'static>> {
        Some(Value::Str(self))
    }
}

impl CodeValue for &'static str {
    const TYPE_NAME: &'static str = "str";

    #[inline]
    fn as_value(&self) -> Option<Value<'_>> {
        Some(Value::Str(self))
    }
}

impl<const N: usize> sealed::Sealed for InlineStr<N> {
    #[inline]
    fn decode<C: Code<Value = Self>>(_: Value<'_>) -> Option<Open<C>> {
        // No table's values are `InlineStr`s.
        None
    }
    #[inline]
    fn from_text(text: &str) -> Option<Self> {
        Some(Self::new(text))
    }
    #[inline]
    fn to_static(self) -> Option<Value<'static>> {
        None
    }
}

impl<const N: usize> CodeValue for InlineStr<N> {
    const TYPE_NAME: &'static str = "str";

    #[inline]
    fn as_value(&self) -> Option<Value<'_>> {
        (!self.is_truncated()).then(|| Value::Str(self.as_str()))
    }
}

/// A table of codes declared with [`define_codes!`](crate::define_codes).
///
/// Every generated enum implements this trait, so generic code can handle any table: look a
/// code up by value or by name, walk a table, print its entries. The enum's inherent items
/// of the same names are `const` where they can be and return the value without `Option`
/// when every entry has one; the trait's versions are uniform across tables. Its methods
/// read the one description of the table that [`Table`](crate::Table) reads too, through a
/// hidden supertrait that only the macro implements.
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
pub trait Code: Layout + Eq + Ord + Hash + Debug + Display + Send + Sync {
    /// The table's declared value type: an integer type, or `&'static str`.
    type Value: CodeValue;
    /// What [`Open::Unknown`] keeps of a value the table does not know: the value itself
    /// for an integer table, an [`InlineStr`] for a string table.
    type Raw: CodeValue + From<Self::Value>;

    /// The table's name: the enum's name as declared.
    const TABLE: &'static str = Self::DESCRIPTOR.name;
    /// The languages the descriptions are written in; the first is the default.
    const LANGS: &'static [&'static str] = Self::DESCRIPTOR.langs;
    /// How many codes the table has: the length of [`Code::all`] (aliases not counted).
    const COUNT: usize = Self::DATA.count;
    /// The table's aliases, in declaration order: other names of codes in [`Code::all`].
    const ALIASES: &'static [Alias<Self>];
    /// The names of the table's columns (`#[columns(...)]` on the table), in declaration
    /// order; empty for a table without columns. Each is also a method of the enum.
    const COLUMNS: &'static [&'static str] = Self::DESCRIPTOR.columns;

    /// Every code of the table, in declaration order. Aliases are not codes of their own:
    /// they are in [`Code::ALIASES`].
    fn all() -> &'static [Self];
    /// The entry's value, or `None` for an entry declared without one.
    fn value(self) -> Option<Self::Value>;
    /// The code with this value. An entry declared without a value has none.
    fn from_value(value: Self::Value) -> Option<Self>;

    /// The entry's value as a [`Value`], or `None` for an entry declared without one: for
    /// code generic over tables that logs or records a value as a number (or as the
    /// string of a string table). `Value` implements `Display`, and with the `serde`
    /// feature `Serialize`, as an integer or a string.
    ///
    /// ```
    /// use codetable::{Code, Value};
    ///
    /// fn log_line<C: Code>(code: C) -> String {
    ///     match code.value_ref() {
    ///         Some(value) => format!("table={} value={value} name={}", C::TABLE, code.name()),
    ///         None => format!("table={} name={}", C::TABLE, code.name()),
    ///     }
    /// }
    ///
    /// codetable::define_codes! {
    ///     /// Errors of a service.
    ///     pub enum Status: i32 {
    ///         BUSY = 7 => "The service is busy.",
    ///     }
    /// }
    ///
    /// assert_eq!(Status::BUSY.value_ref(), Some(Value::Int(7)));
    /// assert_eq!(log_line(Status::BUSY), "table=Status value=7 name=BUSY");
    /// ```
    #[inline]
    fn value_ref(self) -> Option<Value<'static>> {
        self.value().and_then(sealed::Sealed::to_static)
    }
    /// The entry's name as declared.
    #[inline]
    fn name(self) -> &'static str {
        Self::DATA.names[self.position()]
    }
    /// The description in the default language.
    #[inline]
    fn description(self) -> &'static str {
        Self::DATA.descriptions[self.position() * Self::DATA.langs]
    }
    /// The description in `lang`, one of [`Code::LANGS`]; `None` for another language.
    #[inline]
    fn description_in(self, lang: &str) -> Option<&'static str> {
        let at = crate::__private::lang_index(Self::LANGS, lang)?;
        let data = Self::DATA;
        data.descriptions
            .get(self.position() * data.langs + at)
            .copied()
    }
    /// The longer explanation written as the entry's doc comment, if any.
    #[inline]
    fn details(self) -> Option<&'static str> {
        Self::DATA.details_of(self.position())
    }
    /// The address of the code's documentation, from the table's URL template
    /// (`#[codes(url = "...")]`); `None` for a table without one. The macro writes each
    /// code's URL, so this allocates nothing; an alias has its code's. The enum's inherent
    /// `url()`, which a table with a template has, is a `const fn` that returns the
    /// `&'static str` itself.
    #[inline]
    fn url(self) -> Option<&'static str> {
        const { Self::DESCRIPTOR.url_list() }
            .get(self.position())
            .copied()
    }
    /// Whether the entry is marked `#[deprecated]`.
    #[inline]
    fn is_deprecated(self) -> bool {
        Self::DATA.flags[self.position()] & codetable_layout::DEPRECATED != 0
    }
    /// The code with exactly this name, or the one an alias of this name stands for.
    #[inline]
    #[must_use]
    fn from_name(name: &str) -> Option<Self> {
        Self::DATA
            .position_of_name(name, false)
            .map(|at| Self::all()[at])
    }
    /// The code with this name ignoring ASCII case, or the one an alias of this name
    /// stands for. No two names of a table are equal ignoring ASCII case.
    #[inline]
    #[must_use]
    fn from_name_ignore_ascii_case(name: &str) -> Option<Self> {
        Self::DATA
            .position_of_name(name, true)
            .map(|at| Self::all()[at])
    }
    /// The short form, `NAME (value)` without the description, for log fields and
    /// one-line messages (see [`Short`](crate::Short)).
    #[inline]
    fn short(self) -> crate::Short<Self> {
        Open::Known(self).short()
    }
    /// The code with this value, or the value as [`Open::Unknown`] when the table does
    /// not know it (never for a value it knows).
    #[inline]
    fn decode(value: Self::Value) -> Open<Self> {
        match Self::from_value(value) {
            Some(code) => Open::Known(code),
            None => crate::open::__unknown(value.into()),
        }
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
