//! The [`Code`] trait that every table implements, and the [`CodeValue`] trait of the
//! integer types a table's values may have.

use core::fmt::{Debug, Display};
use core::hash::Hash;

mod sealed {
    pub trait Sealed {}
}

/// The integer types a code table may use for its values: `i8` to `i64` and `u8` to `u64`.
///
/// Every such value converts to `i128` without loss, which is how tools compare values of
/// tables with different value types (see [`Table`](crate::Table)).
pub trait CodeValue:
    sealed::Sealed + Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static
{
    /// The value as an `i128`, without loss.
    fn to_i128(self) -> i128;
    /// The `i128` as a value of this type, or `None` if it is out of the type's range.
    fn from_i128(value: i128) -> Option<Self>;
    /// The value's bits widened to 64 (sign-extended for signed types). Used by the lookup
    /// structures that [`define_codes!`](crate::define_codes) builds.
    #[doc(hidden)]
    fn to_u64_bits(self) -> u64;
}

macro_rules! code_value {
    ($($t:ty),*) => {$(
        impl sealed::Sealed for $t {}
        impl CodeValue for $t {
            #[inline]
            fn to_i128(self) -> i128 {
                i128::from(self)
            }
            #[inline]
            fn from_i128(value: i128) -> Option<Self> {
                <$t>::try_from(value).ok()
            }
            #[inline]
            #[allow(clippy::cast_sign_loss, clippy::cast_possible_wrap, clippy::cast_lossless, trivial_numeric_casts)]
            fn to_u64_bits(self) -> u64 {
                // `as i64` sign-extends signed types and zero-extends unsigned ones; the
                // macro computes the same widening at expansion time.
                (self as i64) as u64
            }
        }
    )*};
}
code_value!(i8, i16, i32, i64, u8, u16, u32, u64);

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
    /// The table's declared value type.
    type Value: CodeValue;

    /// The table's name: the enum's name as declared.
    const TABLE: &'static str;
    /// The languages the descriptions are written in; the first is the default.
    const LANGS: &'static [&'static str];
    /// Every code of the table, in declaration order.
    const ALL: &'static [Self];

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
    /// The entry with this value; for a value shared by `#[alias]` entries, the first one.
    fn from_value(value: Self::Value) -> Option<Self>;
    /// The entry with exactly this name.
    fn from_name(name: &str) -> Option<Self>;

    /// The table's position of this entry, in declaration order.
    fn index(self) -> usize;

    /// Every code of the table, in declaration order.
    fn iter() -> core::iter::Copied<core::slice::Iter<'static, Self>> {
        Self::ALL.iter().copied()
    }
}
