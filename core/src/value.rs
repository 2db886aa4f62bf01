//! [`Value`]: a code's value of either kind, borrowed, for tools that handle tables of any
//! value type; and [`InlineStr`], how [`Open`](crate::Open) keeps a string code that its
//! table does not know (and the errors the text they reject), without allocating.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};

/// A code's value, of an integer table (widened to `i128`, without loss) or of a string
/// table, borrowed: the value of tools that handle tables of any value type.
/// [`Entry::value`](crate::Entry::value) is one, and [`Table::from_value`](crate::Table::from_value)
/// and [`Table::decode`](crate::Table::decode) take one, and
/// [`Code::value_ref`](crate::Code::value_ref) gives one of any code. With the `serde`
/// feature it is `Serialize`: an integer as a number, a string as a string.
///
/// ```
/// use codetable::Value;
///
/// assert_eq!(Value::from(404_u16), Value::Int(404));
/// assert_eq!(Value::from("42P01").to_string(), "42P01");
/// assert_eq!(Value::Int(-17).as_i128(), Some(-17));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Value<'a> {
    /// The value of an integer table.
    Int(i128),
    /// The value of a string table.
    Str(&'a str),
}

impl<'a> Value<'a> {
    /// The integer, for a value of an integer table.
    #[must_use]
    pub const fn as_i128(self) -> Option<i128> {
        match self {
            Self::Int(value) => Some(value),
            Self::Str(_) => None,
        }
    }

    /// The string, for a value of a string table.
    #[must_use]
    pub const fn as_str(self) -> Option<&'a str> {
        match self {
            Self::Int(_) => None,
            Self::Str(value) => Some(value),
        }
    }
}

/// The integer in decimal, or the string as it is.
impl fmt::Display for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Int(value) => fmt::Display::fmt(value, f),
            Self::Str(value) => f.pad(value),
        }
    }
}

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Value<'_> {
            #[inline]
            fn from(value: $t) -> Self {
                Self::Int(crate::code::Widen::widen(value))
            }
        }
    )*};
}
from_int!(i8, i16, i32, i64, i128, u8, u16, u32, u64, isize, usize);

impl<'a> From<&'a str> for Value<'a> {
    #[inline]
    fn from(value: &'a str) -> Self {
        Self::Str(value)
    }
}

/// A string of at most `N` bytes (and at most 255) kept inline: how [`Open`](crate::Open)
/// keeps a code of a string table that the table does not know, without allocating, and how
/// the crate's errors keep the text they reject. `N` is the table's declared length
/// (`#[codes(len = N)]` or `max_len = N`), else its longest value.
///
/// A longer string is cut at the last character boundary within `N` bytes, and says so:
/// [`is_truncated`](Self::is_truncated) is true, and `Display` ends with `...`. Equality,
/// ordering and hashing compare the kept text and that flag.
///
/// ```
/// use codetable::InlineStr;
///
/// let code = InlineStr::<5>::new("42XYZ");
/// assert_eq!((code.as_str(), code.is_truncated()), ("42XYZ", false));
/// let long = InlineStr::<5>::new("4200001");
/// assert_eq!((long.as_str(), long.is_truncated()), ("42000", true));
/// assert_eq!(long.to_string(), "42000...");
/// ```
#[derive(Clone, Copy)]
pub struct InlineStr<const N: usize> {
    bytes: [u8; N],
    len: u8,
    truncated: bool,
}

impl<const N: usize> InlineStr<N> {
    /// How many bytes it keeps: `N`, or 255 for a larger `N`.
    const KEPT: usize = if N < u8::MAX as usize {
        N
    } else {
        u8::MAX as usize
    };

    /// `text`, or its first `N` bytes (at most 255) cut at a character boundary.
    #[must_use]
    pub const fn new(text: &str) -> Self {
        let source = text.as_bytes();
        let mut len = if source.len() < Self::KEPT {
            source.len()
        } else {
            Self::KEPT
        };
        while len < source.len() && !text.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; N];
        let mut at = 0;
        while at < len {
            bytes[at] = source[at];
            at += 1;
        }
        Self {
            bytes,
            // At most `KEPT`, which fits in a byte.
            #[allow(clippy::cast_possible_truncation)]
            len: len as u8,
            truncated: len < source.len(),
        }
    }

    /// The kept text.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        let (kept, _) = self.bytes.split_at(self.len as usize);
        match core::str::from_utf8(kept) {
            Ok(text) => text,
            // Cut at a character boundary of a `str`, so always UTF-8.
            Err(_) => "",
        }
    }

    /// Whether the string was longer than `N` bytes, and [`as_str`](Self::as_str) is its
    /// beginning.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }
}

impl<const N: usize> From<&str> for InlineStr<N> {
    fn from(text: &str) -> Self {
        Self::new(text)
    }
}

impl<const N: usize> PartialEq for InlineStr<N> {
    fn eq(&self, other: &Self) -> bool {
        (self.as_str(), self.truncated) == (other.as_str(), other.truncated)
    }
}

impl<const N: usize> Eq for InlineStr<N> {}

impl<const N: usize> PartialOrd for InlineStr<N> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<const N: usize> Ord for InlineStr<N> {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.as_str(), self.truncated).cmp(&(other.as_str(), other.truncated))
    }
}

impl<const N: usize> Hash for InlineStr<N> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (self.as_str(), self.truncated).hash(state);
    }
}

impl<const N: usize> PartialEq<str> for InlineStr<N> {
    fn eq(&self, other: &str) -> bool {
        !self.truncated && self.as_str() == other
    }
}

impl<const N: usize> PartialEq<&str> for InlineStr<N> {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl<const N: usize> fmt::Debug for InlineStr<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)?;
        if self.truncated {
            f.write_str("...")?;
        }
        Ok(())
    }
}

impl<const N: usize> fmt::Display for InlineStr<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let more = if self.truncated { "..." } else { "" };
        crate::fmt::pad(f, |out| {
            out.write_str(self.as_str())?;
            out.write_str(more)
        })
    }
}
