//! A table's history as [`Table`](crate::Table) reads it: the version each code was added
//! in (`#[since = "1.4"]`), the codes that are retired (`#[retired(until = "2.0",
//! replacement = NEW)]`), and the values and names the table reserves (`#[reserved(...)]`).
//! The macro writes them into the table's descriptor; see the crate docs' "Codes over time".

use core::fmt;

/// A retired code: the table keeps it so that its value and name stay taken and stored data
/// still reads back, but new code should not emit it. The variant is `#[deprecated]`, so
/// that constructing it warns in the user's code (and only there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retired {
    /// The version it was retired in, if the table says.
    pub until: Option<&'static str>,
    /// The name of the code that replaces it, if any.
    pub replacement: Option<&'static str>,
}

/// A value a table reserves: no entry may take it, because an earlier release used it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReservedValue {
    /// The integers `low..=high` (`low == high` for a single value).
    Range(i128, i128),
    /// A string table's value.
    Str(&'static str),
}

impl ReservedValue {
    /// Whether `value` is reserved by this reservation.
    #[must_use]
    pub fn contains(&self, value: crate::Value<'_>) -> bool {
        match (*self, value) {
            (Self::Range(low, high), crate::Value::Int(n)) => low <= n && n <= high,
            (Self::Str(text), crate::Value::Str(value)) => text == value,
            _ => false,
        }
    }
}

/// `7`, `9..=11`, or a string as it is.
impl fmt::Display for ReservedValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Range(low, high) if low == high => write!(f, "{low}"),
            Self::Range(low, high) => write!(f, "{low}..={high}"),
            Self::Str(text) => f.write_str(text),
        }
    }
}

/// The shape a string table's values must have (`#[codes(len = 5, max_len = 32, chars =
/// "0-9A-Z")]`), part of its contract: stored values were checked against it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StringShape {
    /// Every value has exactly this many bytes.
    pub len: Option<usize>,
    /// No value has more bytes than this.
    pub max_len: Option<usize>,
    /// The characters a value may have, as written (`"0-9A-Z"`).
    pub chars: Option<&'static str>,
}

/// The history of the entry at `position`, as the macro writes it. Not public API.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct History {
    /// The entry's position.
    pub position: usize,
    /// `#[since = "..."]`.
    pub since: Option<&'static str>,
    /// `#[retired(...)]`.
    pub retired: Option<Retired>,
}

/// The entry at `position` in `histories` (sorted by position), if it has a history.
pub(crate) fn find(histories: &'static [History], position: usize) -> Option<&'static History> {
    let at = histories
        .binary_search_by_key(&position, |h| h.position)
        .ok()?;
    Some(&histories[at])
}
