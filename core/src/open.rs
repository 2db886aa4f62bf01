//! [`Open`]: a code of a table, or a value the table does not know.

use crate::code::sealed::Sealed;
use crate::{Code, CodeValue};
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;

/// A code of table `C`, or a value that `C` does not know: what crosses a boundary where
/// the other side may be newer than the table (an SDK that returns a code added after the
/// table was written, a stored log, a peer's JSON).
///
/// `Unknown` holds an [`UnknownCode`], which only this crate builds, and only for a value
/// the table does not know: [`Code::decode`] (or the table's own `decode`), serde, [`Ffi`]
/// and [`UnknownCode::new`] go through the table. So each value has one representation,
/// and a `match` on the variants is always right: code outside the crate cannot spell
/// `Unknown(v)` for a value that the table (or a later release of it) names. Equality,
/// ordering and hashing are by value. A code compares equal to the `Open` of it
/// (`open == Status::BUSY`), and converts into one (`?` from `Result<_, Status>`).
/// No allocation, and `no_std`.
///
/// [`Ffi`]: crate::Ffi
///
/// ```
/// use codetable::Open;
///
/// codetable::define_codes! {
///     /// Errors of a service.
///     pub enum Status: i32 {
///         BUSY = 7 => "The service is busy.",
///         TIMEOUT = 1001 => "The call timed out.",
///     }
/// }
///
/// let known = Status::decode(7);
/// let unknown = Status::decode(1005);
/// assert_eq!(known, Open::Known(Status::BUSY));
/// assert!(matches!(unknown, Open::Unknown(u) if u.value() == 1005));
/// assert_eq!(unknown.value(), Some(1005));
/// assert_eq!(known, Status::BUSY);
/// assert_eq!(unknown.or(Status::TIMEOUT), Status::TIMEOUT);
/// assert_eq!(known.name(), Some("BUSY"));
/// assert_eq!(unknown.to_string(), "Status 1005 (not in the table)");
/// assert_eq!(known.to_string(), "BUSY (7): The service is busy.");
/// assert!(known < unknown); // by value
/// assert_eq!(Status::try_from(known), Ok(Status::BUSY));
/// assert!(Status::try_from(unknown).is_err());
/// ```
#[derive(Clone, Copy)]
pub enum Open<C: Code> {
    /// A code of the table.
    Known(C),
    /// A value that no code of the table has, which [`UnknownCode::value`] gives: the
    /// value itself for an integer table, an [`InlineStr`](crate::InlineStr) of it for a
    /// string table.
    Unknown(UnknownCode<C>),
}

/// A value that table `C` does not know, as [`Open::Unknown`] holds it. Only this crate
/// builds one, after looking the value up in the table, so it never holds a value the
/// table knows: [`Code::decode`] is the way to get one from a value, and
/// [`UnknownCode::new`] from a [`Code::Raw`].
///
/// Equality, ordering and hashing are by value; `Debug` writes the table and the value,
/// `Display` as `Open::Unknown` of it does.
///
/// ```
/// use codetable::{Open, UnknownCode};
///
/// codetable::define_codes! {
///     /// Errors of a service.
///     pub enum Status: i32 {
///         BUSY = 7 => "The service is busy.",
///     }
/// }
///
/// let Open::Unknown(unknown) = Status::decode(1005) else { unreachable!() };
/// assert_eq!(unknown.value(), 1005);
/// assert_eq!(UnknownCode::<Status>::new(1005), Some(unknown));
/// assert_eq!(UnknownCode::<Status>::new(7), None); // BUSY: known
/// assert_eq!(format!("{unknown:?}"), "Status 1005");
/// assert_eq!(unknown.to_string(), Status::decode(1005).to_string());
/// ```
#[derive(Clone, Copy)]
pub struct UnknownCode<C: Code> {
    raw: C::Raw,
    table: PhantomData<fn() -> C>,
}

impl<C: Code> UnknownCode<C> {
    /// `raw` as a value that the table does not know, or `None` when it knows it (that
    /// code is `Open::Known`: [`Code::decode`] gives it).
    #[must_use]
    pub fn new(raw: C::Raw) -> Option<Self> {
        match known_raw::<C>(&raw) {
            Some(_) => None,
            None => Some(Self::unchecked(raw)),
        }
    }

    /// The value: the value itself for an integer table, an
    /// [`InlineStr`](crate::InlineStr) of it for a string table.
    #[inline]
    #[must_use]
    pub const fn value(self) -> C::Raw {
        self.raw
    }

    /// For this crate and the code it generates, which have looked `raw` up in the table.
    #[inline]
    pub(crate) const fn unchecked(raw: C::Raw) -> Self {
        Self {
            raw,
            table: PhantomData,
        }
    }
}

/// What the generated `decode` gives for a value that the table does not know, after
/// looking it up. Not public API.
#[doc(hidden)]
#[inline]
#[must_use]
pub const fn __unknown<C: Code>(raw: C::Raw) -> Open<C> {
    Open::Unknown(UnknownCode::unchecked(raw))
}

impl<C: Code> PartialEq for UnknownCode<C> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

impl<C: Code> Eq for UnknownCode<C> {}

impl<C: Code> PartialOrd for UnknownCode<C> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<C: Code> Ord for UnknownCode<C> {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        self.raw.cmp(&other.raw)
    }
}

impl<C: Code> Hash for UnknownCode<C> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw.hash(state);
    }
}

impl<C: Code> fmt::Debug for UnknownCode<C> {
    /// `Table value`, the value as the table writes it (a string quoted, a hex table's in
    /// hex), as in `Open`'s `Unknown(Table value)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&crate::fmt::UnknownDebug::<C>(&self.raw), f)
    }
}

impl<C: Code> fmt::Display for UnknownCode<C> {
    /// As [`Open::Unknown`] of it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&Open::Unknown(*self), f)
    }
}

impl<C: Code> Open<C> {
    /// The code, if the table knows it.
    #[inline]
    #[must_use]
    pub fn known(self) -> Option<C> {
        match self {
            Self::Known(code) => Some(code),
            Self::Unknown(_) => None,
        }
    }

    /// Whether the table knows the code.
    #[inline]
    #[must_use]
    pub fn is_known(self) -> bool {
        self.known().is_some()
    }

    /// The value as [`Open::Unknown`] holds it: the code's, or the unknown one. `None` only
    /// for a known code declared without a value.
    #[inline]
    #[must_use]
    pub fn value(self) -> Option<C::Raw> {
        match self {
            Self::Known(code) => code.value().map(Into::into),
            Self::Unknown(unknown) => Some(unknown.raw),
        }
    }

    /// The code, or `fallback` for a value the table does not know: tonic's mapping of
    /// unknown codes to `Unknown`, made explicit.
    #[inline]
    #[must_use]
    pub fn or(self, fallback: C) -> C {
        self.known().unwrap_or(fallback)
    }

    /// The code's name, if the table knows it.
    #[inline]
    #[must_use]
    pub fn name(self) -> Option<&'static str> {
        self.known().map(Code::name)
    }

    /// The code's description in the default language, if the table knows it.
    #[inline]
    #[must_use]
    pub fn description(self) -> Option<&'static str> {
        self.known().map(Code::description)
    }

    /// What equality, ordering and hashing compare: the value, and for a known code
    /// without one (which sorts after every value) its position.
    fn key(self) -> (Option<C::Raw>, usize) {
        match self {
            Self::Known(code) => match code.value() {
                Some(value) => (Some(value.into()), 0),
                None => (None, code.position()),
            },
            Self::Unknown(unknown) => (Some(unknown.raw), 0),
        }
    }
}

impl<C: Code> From<C> for Open<C> {
    #[inline]
    fn from(code: C) -> Self {
        Self::Known(code)
    }
}

impl<C: Code> PartialEq for Open<C> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl<C: Code> Eq for Open<C> {}

/// `open == code`: whether `open` is that code.
impl<C: Code> PartialEq<C> for Open<C> {
    #[inline]
    fn eq(&self, other: &C) -> bool {
        *self == Self::Known(*other)
    }
}

impl<C: Code> PartialOrd for Open<C> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<C: Code> Ord for Open<C> {
    /// By value; known codes without a value after every value, in table order.
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = (self.key(), other.key());
        match (a.0, b.0) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => a.1.cmp(&b.1),
        }
    }
}

impl<C: Code> Hash for Open<C> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl<C: Code> fmt::Debug for Open<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Known(code) => f.debug_tuple("Known").field(code).finish(),
            Self::Unknown(unknown) => f.debug_tuple("Unknown").field(unknown).finish(),
        }
    }
}

impl<C: Code> fmt::Display for Open<C> {
    /// A known code prints as the code does; an unknown one as
    /// `Table value (not in the table)`. Padding applies to the whole output.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Known(code) => fmt::Display::fmt(&code, f),
            Self::Unknown(UnknownCode { raw: value, .. }) => {
                crate::fmt::pad(f, |out| match value.as_value() {
                    Some(shown) => {
                        let shown = crate::fmt::value_text::<C>(shown);
                        write!(out, "{} {shown} (not in the table)", C::TABLE)
                    }
                    None => write!(out, "{} {value} (not in the table)", C::TABLE),
                })
            }
        }
    }
}

impl<C: Code> core::error::Error for Open<C> {}

/// The code whose value `raw` is, if the table knows it (never for a truncated string).
fn known_raw<C: Code>(raw: &C::Raw) -> Option<C> {
    match <C::Value as Sealed>::decode::<C>(raw.as_value()?)? {
        Open::Known(code) => Some(code),
        Open::Unknown(_) => None,
    }
}
