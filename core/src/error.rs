//! The errors of failed conversions into a code. They name the table and the rejected input
//! and need no allocator.

use crate::{Code, CodeValue, InlineStr, ValueText};
use core::fmt;

/// A name that is not in the table, or a value (decimal or `0x…`) that is not: the error of `FromStr`
/// on a generated enum, which accepts both.
///
/// ```
/// codetable::define_codes! {
///     /// Statuses.
///     pub enum Status: u16 {
///         OK = 200 => "The request succeeded.",
///     }
/// }
///
/// let error = "NOT_FOUND".parse::<Status>().unwrap_err();
/// assert_eq!(error.to_string(), r#"Status has no code named "NOT_FOUND""#);
/// assert_eq!((error.table(), error.input()), ("Status", "NOT_FOUND"));
/// let error = "404".parse::<Status>().unwrap_err();
/// assert_eq!(error.to_string(), "Status has no code with value 404");
/// ```
///
/// The rejected input is kept inline (its first 48 bytes, cut at a character boundary), so
/// the error needs no allocator and no lifetime.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownName {
    table: &'static str,
    input: InlineStr<48>,
}

impl UnknownName {
    /// The error for `input`, rejected by `table`.
    #[must_use]
    pub const fn new(table: &'static str, input: &str) -> Self {
        Self {
            table,
            input: InlineStr::new(input),
        }
    }

    /// The table that rejected the name.
    #[must_use]
    pub const fn table(&self) -> &'static str {
        self.table
    }

    /// The rejected name, or its first 48 bytes if it was longer (see [`Self::is_truncated`]).
    #[must_use]
    pub const fn input(&self) -> &str {
        self.input.as_str()
    }

    /// Whether the rejected name was longer than what [`Self::input`] returns.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.input.is_truncated()
    }
}

impl fmt::Debug for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownName")
            .field("table", &self.table)
            .field("input", &self.input())
            .field("truncated", &self.is_truncated())
            .finish_non_exhaustive()
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let truncated = self.is_truncated();
        let more = if truncated { "..." } else { "" };
        let input = self.input();
        let unsigned = input.strip_prefix(['-', '+']).unwrap_or(input);
        let (digits, radix) = match unsigned.strip_prefix("0x").or(unsigned.strip_prefix("0X")) {
            Some(hex) => (hex, 16),
            None => (unsigned, 10),
        };
        let number = !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix));
        if !truncated && number {
            return write!(f, "{} has no code with value {input}", self.table);
        }
        write!(
            f,
            "{} has no code named {:?}{more}",
            self.table,
            self.input()
        )
    }
}

impl core::error::Error for UnknownName {}

/// A value that no entry of the table has: the error of `TryFrom<value>` on a generated
/// enum. Its message writes the value as the table writes its values: in hex for a
/// `#[codes(hex)]` table.
///
/// ```
/// codetable::define_codes! {
///     /// HRESULTs.
///     #[codes(hex)]
///     pub enum HResult: i32 {
///         S_OK = 0 => "Success.",
///     }
/// }
///
/// let error = HResult::try_from(0x8007_0005_u32 as i32).unwrap_err();
/// assert_eq!(error.to_string(), "HResult has no code with value 0x80070005");
/// assert_eq!(error.value(), -2_147_024_891);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownValue<V> {
    table: &'static str,
    value: V,
    hex: bool,
}

impl<V: Copy> UnknownValue<V> {
    /// The error for `value`, rejected by `table`; its message writes the value in decimal.
    #[must_use]
    pub const fn new(table: &'static str, value: V) -> Self {
        Self {
            table,
            value,
            hex: false,
        }
    }

    /// The error for `value`, rejected by the table `C`; its message writes the value as `C`
    /// does (in hex for a hex table).
    #[must_use]
    pub const fn of<C: Code<Raw = V>>(value: V) -> Self {
        Self {
            table: C::TABLE,
            value,
            // Read by rustc: code that refers to the descriptor at run time compiles every
            // function it points to.
            hex: const { crate::Table::of::<C>().is_hex() },
        }
    }

    /// The table that rejected the value.
    #[must_use]
    pub const fn table(&self) -> &'static str {
        self.table
    }

    /// The rejected value.
    #[must_use]
    pub const fn value(&self) -> V {
        self.value
    }
}

impl<V: CodeValue> fmt::Display for UnknownValue<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} has no code with value ", self.table)?;
        match self.value.as_value() {
            Some(value) if self.hex => {
                write!(f, "{}", ValueText::new(value, V::TYPE_NAME, true))
            }
            _ => write!(f, "{}", self.value),
        }
    }
}

impl<V: CodeValue> core::error::Error for UnknownValue<V> {}
