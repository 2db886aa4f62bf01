//! serde support, behind the `serde` feature: what the impls that every table gets call,
//! and the impls of [`Open`].
//!
//! The macro cannot see this crate's features, so each table's expansion calls
//! [`__serde_impls!`](crate::__serde_impls), which this crate defines twice: as the impls
//! below when the feature is on, as nothing when it is off. A user's crate needs neither a
//! serde dependency nor a `cfg` of its own.

use crate::code::sealed::Sealed;
use crate::table::Form;
use crate::{Code, CodeValue, Entry, InlineStr, Open, Unknown, UnknownName, UnknownValue, Value};
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{self, Deserializer, Visitor};
use serde_core::{Deserialize, Serialize, Serializer};

/// A value as it crosses serde: serialized as its own type, so compact formats such as
/// postcard read it back with the same hint. The integer types, `&'static str` (a string
/// table's values) and [`InlineStr`] (what [`Open`] keeps of an unknown string).
pub trait Wire {
    /// Serializes the value as its own type.
    ///
    /// # Errors
    /// The serializer's.
    fn serialize_as<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
    /// Asks the deserializer for a value of this type.
    ///
    /// # Errors
    /// The deserializer's.
    fn deserialize_as<'de, D: Deserializer<'de>, V: Visitor<'de>>(
        deserializer: D,
        visitor: V,
    ) -> Result<V::Value, D::Error>;
}

/// The integers: a compact format reads the type; a human-readable one reads what it holds,
/// so that a string of the value (`"0x80070005"`, `"-5"`) reads as the number does.
/// `isize` and `usize` (`as` a wider type) cross as `i64` and `u64`, the widest they are.
macro_rules! wire_int {
    ($($t:ty: $ser:ident $de:ident $(as $wide:ty)?),*) => {$(
        impl Wire for $t {
            #[inline]
            fn serialize_as<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                wire_int!(@ser serializer, *self, $ser $(, $wide)?)
            }
            #[inline]
            fn deserialize_as<'de, D: Deserializer<'de>, V: Visitor<'de>>(
                deserializer: D,
                visitor: V,
            ) -> Result<V::Value, D::Error> {
                if deserializer.is_human_readable() {
                    deserializer.deserialize_any(visitor)
                } else {
                    deserializer.$de(visitor)
                }
            }
        }
    )*};
    (@ser $serializer:ident, $value:expr, $ser:ident) => {
        $serializer.$ser($value)
    };
    (@ser $serializer:ident, $value:expr, $ser:ident, $wide:ty) => {
        match <$wide>::try_from($value) {
            Ok(wide) => $serializer.$ser(wide),
            Err(_) => Err(serde_core::ser::Error::custom("a value wider than 64 bits")),
        }
    };
}
wire_int!(
    i8: serialize_i8 deserialize_i8,
    i16: serialize_i16 deserialize_i16,
    i32: serialize_i32 deserialize_i32,
    i64: serialize_i64 deserialize_i64,
    u8: serialize_u8 deserialize_u8,
    u16: serialize_u16 deserialize_u16,
    u32: serialize_u32 deserialize_u32,
    u64: serialize_u64 deserialize_u64,
    isize: serialize_i64 deserialize_i64 as i64,
    usize: serialize_u64 deserialize_u64 as u64
);

impl Wire for &'static str {
    #[inline]
    fn serialize_as<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self)
    }
    #[inline]
    fn deserialize_as<'de, D: Deserializer<'de>, V: Visitor<'de>>(
        deserializer: D,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        deserializer.deserialize_str(visitor)
    }
}

impl<const N: usize> Wire for InlineStr<N> {
    #[inline]
    fn serialize_as<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
    #[inline]
    fn deserialize_as<'de, D: Deserializer<'de>, V: Visitor<'de>>(
        deserializer: D,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        deserializer.deserialize_str(visitor)
    }
}

/// Serializes a code as its value.
///
/// # Errors
/// The serializer's.
pub fn serialize_value<C: Code, S: Serializer>(code: C, serializer: S) -> Result<S::Ok, S::Error> {
    match code.value() {
        Some(value) => value.serialize_as(serializer),
        // A table with entries without a value is never serialized by value (the macro
        // refuses it); `Open` of one writes the name of such a code.
        None => serializer.serialize_str(code.name()),
    }
}

/// Serializes a code as its name.
///
/// # Errors
/// The serializer's.
pub fn serialize_name<C: Code, S: Serializer>(code: C, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(code.name())
}

/// Deserializes a code from its value. An unknown value is an error that names the table
/// and the value (never the table's values: a table may have thousands).
///
/// # Errors
/// The deserializer's, or a value that is not of the table's type or not in the table.
pub fn deserialize_value<'de, C: Code, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    match C::Value::deserialize_as(deserializer, OpenVisitor::<C>(PhantomData))? {
        Open::Known(code) => Ok(code),
        Open::Unknown(unknown) => Err(de::Error::custom(UnknownValue::of::<C>(unknown.value()))),
    }
}

/// Deserializes a code from its name or the name of one of its aliases.
///
/// # Errors
/// The deserializer's, or a name that is not in the table.
pub fn deserialize_name<'de, C: Code, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    deserializer.deserialize_str(NameVisitor::<C>(PhantomData))
}

/// Reads a value of either kind into an [`Open`] of `C`.
struct OpenVisitor<C>(PhantomData<C>);

impl<C: Code> OpenVisitor<C> {
    fn decode<E: de::Error>(value: Value<'_>) -> Result<Open<C>, E> {
        <C::Value as Sealed>::decode::<C>(value).ok_or_else(|| Self::out_of_range(value))
    }

    /// The error for a value that cannot be one of the table's type: an integer out of
    /// its range, or an integer for a string table.
    fn out_of_range<E: de::Error>(value: impl fmt::Display) -> E {
        if C::Value::TYPE_NAME == "str" {
            E::invalid_type(de::Unexpected::Other("an integer"), &Self(PhantomData))
        } else {
            E::custom(format_args!(
                "{value} is out of range for {} (the type of {}'s values)",
                C::Value::TYPE_NAME,
                C::TABLE
            ))
        }
    }
}

impl<C: Code> Visitor<'_> for OpenVisitor<C> {
    type Value = Open<C>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a value of the {} table", C::TABLE)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Open<C>, E> {
        Self::decode(Value::Int(value.into()))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Open<C>, E> {
        Self::decode(Value::Int(value.into()))
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<Open<C>, E> {
        Self::decode(Value::Int(value))
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<Open<C>, E> {
        match i128::try_from(value) {
            Ok(value) => Self::decode(Value::Int(value)),
            Err(_) => Err(Self::out_of_range(value)),
        }
    }

    /// A string table's value, or an integer table's value written as text (decimal, `0x…`,
    /// `-0x…`: [`Table::parse_value`](crate::Table::parse_value)).
    fn visit_str<E: de::Error>(self, value: &str) -> Result<Open<C>, E> {
        // By the value type, not the descriptor: code that refers to the descriptor at run
        // time compiles every function it points to.
        match crate::table::parse_value_of(<C::Value as crate::CodeValue>::TYPE_NAME, value) {
            Some(parsed) => Self::decode(parsed),
            None => match C::from_name(value) {
                Some(code) if code.value().is_none() => Ok(Open::Known(code)),
                _ => Err(E::invalid_type(de::Unexpected::Str(value), &self)),
            },
        }
    }
}

/// Reads a name of `C`.
struct NameVisitor<C>(PhantomData<C>);

impl<C: Code> Visitor<'_> for NameVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a name in the {} table", C::TABLE)
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<C, E> {
        C::from_name(name).ok_or_else(|| E::custom(UnknownName::new(C::TABLE, name)))
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<C, E> {
        match core::str::from_utf8(bytes) {
            Ok(name) => self.visit_str(name),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(bytes), &self)),
        }
    }
}

/// As its value, known or not, for every table (whatever its codes cross as): lossless. A
/// known code declared without a value crosses as its name. An unknown string that `Open`
/// cut short is an error: what was kept would read back as another value, maybe a known
/// code.
impl<C: Code> Serialize for Open<C> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Known(code) => serialize_value(*code, serializer),
            Self::Unknown(unknown) => {
                let value = unknown.value();
                if value.as_value().is_none() {
                    return Err(serde_core::ser::Error::custom(format_args!(
                        "{} {value} was cut short and cannot be serialized",
                        C::TABLE
                    )));
                }
                value.serialize_as(serializer)
            }
        }
    }
}

/// Any value of the table's type: `Known` where the table has it, else `Unknown`. A known
/// code declared without a value reads from its name.
impl<'de, C: Code> Deserialize<'de> for Open<C> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        C::Value::deserialize_as(deserializer, OpenVisitor::<C>(PhantomData))
    }
}

/// As the table's code serializes: its value as the table's type, or its name for a table
/// serialized by name. A table with serde impls of its own is an error: a [`Table`]
/// cannot call them.
///
/// [`Table`]: crate::Table
impl Serialize for Entry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self.table().form(), self.value) {
            (Form::Value, Some(value)) => {
                serialize_erased(self.table().value_type(), value, serializer)
            }
            (Form::Name, _) | (Form::Value, None) => serializer.serialize_str(self.name),
            (Form::Own, _) => Err(serde_core::ser::Error::custom(format_args!(
                "{} has serde impls of its own, which a Table cannot call",
                self.table
            ))),
        }
    }
}

/// An integer as the narrowest of `i64`, `u64` and `i128` that holds it (what a log or
/// JSON reads as a number), a string as a string.
impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Value::Str(text) => serializer.serialize_str(text),
            Value::Int(number) => match (i64::try_from(number), u64::try_from(number)) {
                (Ok(small), _) => serializer.serialize_i64(small),
                (_, Ok(large)) => serializer.serialize_u64(large),
                _ => serializer.serialize_i128(number),
            },
        }
    }
}

/// As [`Open`] serializes a value its table does not know, in full: as the table's type.
impl Serialize for Unknown<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_erased(self.table().value_type(), self.value(), serializer)
    }
}

/// Serializes `value` as a value of type `type_name` (`"i8"` to `"u64"`, `"str"`), as the
/// typed code would: compact formats read it back with the same hint.
fn serialize_erased<S: Serializer>(
    type_name: &str,
    value: Value<'_>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    fn int<T: TryFrom<i128> + Wire, S: Serializer>(
        value: i128,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match T::try_from(value) {
            Ok(value) => value.serialize_as(serializer),
            Err(_) => Err(serde_core::ser::Error::custom(format_args!(
                "{value} is out of the table's type"
            ))),
        }
    }
    let number = match value {
        Value::Str(text) => return serializer.serialize_str(text),
        Value::Int(number) => number,
    };
    match type_name {
        "i8" => int::<i8, S>(number, serializer),
        "i16" => int::<i16, S>(number, serializer),
        "i32" => int::<i32, S>(number, serializer),
        "i64" | "isize" => int::<i64, S>(number, serializer),
        "u8" => int::<u8, S>(number, serializer),
        "u16" => int::<u16, S>(number, serializer),
        "u32" => int::<u32, S>(number, serializer),
        // u64 and usize.
        _ => int::<u64, S>(number, serializer),
    }
}

/// The serde impls of a table, by value or by name. Called by every table's expansion.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($table:ident, value) => {
        $crate::__serde_impls!(@impls $table, serialize_value, deserialize_value);
    };
    ($table:ident, name) => {
        $crate::__serde_impls!(@impls $table, serialize_name, deserialize_name);
    };
    (@impls $table:ident, $ser:ident, $de:ident) => {
        // A deprecated table's own impls do not warn, as for every generated impl.
        #[automatically_derived]
        #[allow(deprecated)]
        impl $crate::__private::serde_core::Serialize for $table {
            fn serialize<S: $crate::__private::serde_core::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serde::$ser(*self, serializer)
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl<'de> $crate::__private::serde_core::Deserialize<'de> for $table {
            fn deserialize<D: $crate::__private::serde_core::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::serde::$de(deserializer)
            }
        }
    };
}
