//! How a typed column's value is shown "as written": the text a person would put in a
//! table cell, and what kind of value it is (for JSON). See [`ColumnKind`].
//!
//! A column's type is known only to the generated code, so the choice of how to show it is
//! made there, on the concrete type, by autoref specialization: the macro calls
//! `(&&&&&Probe { .. }).cell(sink)`, and method resolution picks the first of these levels
//! whose bounds the type meets (each level's trait is implemented on one more `&` than the
//! next, so a level with more `&`s is tried first):
//!
//! 1. [`Written`]: integers, floats, `bool`, `char`, `&str`, any table's codes (by name),
//!    and `Option` of those (`None` empty, `Some(x)` as `x`);
//! 2. `Display`;
//! 3. `Option<T>` with `T: Display`: `None` empty, `Some(x)` as `x` displays;
//! 4. `Option<T>` with `T: Debug`: `None` empty, `Some(x)` as `x`'s `Debug`;
//! 5. anything else: its `Debug`, through the function the macro passes in the probe.
//!
//! The resolution is ordinary method lookup on a concrete type: no `unsafe`, nothing
//! unstable, and a type that has none of them is reported at the column's type by the
//! `Debug` function the macro names (which every level also uses for [`Column`]'s `Debug`).
//!
//! [`Column`]: crate::Column

use crate::Code;
use core::fmt;

/// What a column's value is, as exports write it: JSON writes an `Empty` value as `null`,
/// a `Number` or a `Bool` bare, and `Text` as a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnKind {
    /// No value: a `None`, shown as an empty cell.
    Empty,
    /// An integer, or a finite float: its text is a JSON number.
    Number,
    /// A `bool`: `true` or `false`.
    Bool,
    /// Anything else, shown as text.
    Text,
}

/// A column value on its way to a sink: how it is written, its kind, and its `Debug`.
#[doc(hidden)]
pub struct Cell<'a> {
    pub(crate) kind: ColumnKind,
    pub(crate) written: &'a dyn fmt::Display,
    pub(crate) debug: &'a dyn fmt::Debug,
}

/// The value as written.
impl fmt::Display for Cell<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.written.fmt(f)
    }
}

/// Where the generated code sends a column's [`Cell`].
#[doc(hidden)]
pub type Sink<'s> = &'s mut dyn FnMut(Cell<'_>) -> fmt::Result;

/// The types written by the first level: a kind of their own, and a text that is not
/// their `Debug` (`&str` without quotes, a code by name). Implemented here for the
/// standard types, for every table's codes and for `Option` of any of them.
#[doc(hidden)]
pub trait Written {
    /// The value's kind.
    fn kind(&self) -> ColumnKind;

    /// Writes the value as a person writes it.
    ///
    /// # Errors
    /// The formatter's.
    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

macro_rules! numbers {
    ($($ty:ty),*) => {$(
        impl Written for $ty {
            fn kind(&self) -> ColumnKind {
                ColumnKind::Number
            }
            fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, f)
            }
        }
    )*};
}

numbers!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

macro_rules! floats {
    ($($ty:ty),*) => {$(
        /// `NaN` and the infinities are not JSON numbers: they are text.
        impl Written for $ty {
            fn kind(&self) -> ColumnKind {
                if self.is_finite() {
                    ColumnKind::Number
                } else {
                    ColumnKind::Text
                }
            }
            fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, f)
            }
        }
    )*};
}

floats!(f32, f64);

impl Written for bool {
    fn kind(&self) -> ColumnKind {
        ColumnKind::Bool
    }
    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Written for char {
    fn kind(&self) -> ColumnKind {
        ColumnKind::Text
    }
    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Written for &str {
    fn kind(&self) -> ColumnKind {
        ColumnKind::Text
    }
    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

/// A table's code by its name (its `Display` is its description).
impl<C: Code> Written for C {
    fn kind(&self) -> ColumnKind {
        ColumnKind::Text
    }
    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl<T: Written> Written for Option<T> {
    fn kind(&self) -> ColumnKind {
        self.as_ref().map_or(ColumnKind::Empty, Written::kind)
    }
    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_ref().map_or(Ok(()), |value| value.write(f))
    }
}

/// A column's value and its type's `Debug`, which the macro names at the column's type.
#[doc(hidden)]
pub struct Probe<'a, T> {
    pub value: &'a T,
    pub debug: fn(&T, &mut fmt::Formatter<'_>) -> fmt::Result,
}

impl<T> fmt::Debug for Probe<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.debug)(self.value, f)
    }
}

impl<T> fmt::Display for Probe<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.debug)(self.value, f)
    }
}

/// Level 1: [`Written`].
#[doc(hidden)]
pub trait ByWritten {
    /// Sends the value's cell to `sink`.
    ///
    /// # Errors
    /// The sink's.
    fn cell(&self, sink: Sink<'_>) -> fmt::Result;
}

impl<T: Written> ByWritten for &&&&Probe<'_, T> {
    fn cell(&self, sink: Sink<'_>) -> fmt::Result {
        let written = WrittenText(self.value);
        sink(Cell {
            kind: self.value.kind(),
            written: &written,
            debug: &****self,
        })
    }
}

/// Level 2: `Display`.
#[doc(hidden)]
pub trait ByDisplay {
    /// Sends the value's cell to `sink`.
    ///
    /// # Errors
    /// The sink's.
    fn cell(&self, sink: Sink<'_>) -> fmt::Result;
}

impl<T: fmt::Display> ByDisplay for &&&Probe<'_, T> {
    fn cell(&self, sink: Sink<'_>) -> fmt::Result {
        sink(Cell {
            kind: ColumnKind::Text,
            written: self.value,
            debug: &***self,
        })
    }
}

/// Level 3: `Option` of a `Display` type.
#[doc(hidden)]
pub trait ByOptionDisplay {
    /// Sends the value's cell to `sink`.
    ///
    /// # Errors
    /// The sink's.
    fn cell(&self, sink: Sink<'_>) -> fmt::Result;
}

impl<T: fmt::Display> ByOptionDisplay for &&Probe<'_, Option<T>> {
    fn cell(&self, sink: Sink<'_>) -> fmt::Result {
        match self.value {
            Some(value) => sink(Cell {
                kind: ColumnKind::Text,
                written: value,
                debug: &**self,
            }),
            None => sink(Cell {
                kind: ColumnKind::Empty,
                written: &"",
                debug: &**self,
            }),
        }
    }
}

/// Level 4: `Option` of a `Debug` type.
#[doc(hidden)]
pub trait ByOptionDebug {
    /// Sends the value's cell to `sink`.
    ///
    /// # Errors
    /// The sink's.
    fn cell(&self, sink: Sink<'_>) -> fmt::Result;
}

impl<T: fmt::Debug> ByOptionDebug for &Probe<'_, Option<T>> {
    fn cell(&self, sink: Sink<'_>) -> fmt::Result {
        match self.value {
            Some(value) => sink(Cell {
                kind: ColumnKind::Text,
                written: &DebugText(value),
                debug: *self,
            }),
            None => sink(Cell {
                kind: ColumnKind::Empty,
                written: &"",
                debug: *self,
            }),
        }
    }
}

/// Level 5: the type's `Debug`.
#[doc(hidden)]
pub trait ByDebug {
    /// Sends the value's cell to `sink`.
    ///
    /// # Errors
    /// The sink's.
    fn cell(&self, sink: Sink<'_>) -> fmt::Result;
}

impl<T> ByDebug for Probe<'_, T> {
    fn cell(&self, sink: Sink<'_>) -> fmt::Result {
        sink(Cell {
            kind: ColumnKind::Text,
            written: self,
            debug: self,
        })
    }
}

/// A [`Written`] value's text, as `Display`.
struct WrittenText<'a, T>(&'a T);

impl<T: Written> fmt::Display for WrittenText<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write(f)
    }
}

/// A value's `Debug`, as `Display`.
struct DebugText<'a, T>(&'a T);

impl<T: fmt::Debug> fmt::Display for DebugText<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

#[cfg(test)]
mod tests {
    extern crate alloc;
    use super::{ByDebug, ByDisplay, ByOptionDebug, ByOptionDisplay, ByWritten, ColumnKind};
    use super::{Cell, Probe};
    use alloc::borrow::ToOwned;
    use alloc::format;
    use alloc::string::ToString;
    use core::fmt;

    /// What the generated code does for a column of type `T`: the probe at five `&`s.
    macro_rules! shown {
        ($value:expr, $ty:ty) => {{
            let value: $ty = $value;
            let mut out = None;
            let mut sink = |cell: Cell<'_>| {
                out = Some((
                    cell.kind,
                    cell.written.to_string(),
                    format!("{:?}", cell.debug),
                ));
                Ok(())
            };
            let probe = Probe {
                value: &value,
                debug: <$ty as fmt::Debug>::fmt,
            };
            (&&&&&probe).cell(&mut sink).unwrap();
            out.unwrap()
        }};
    }

    #[derive(Clone, Copy, Debug)]
    enum Plain {
        Red,
    }

    #[derive(Clone, Copy, Debug)]
    struct Shown;

    impl fmt::Display for Shown {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("shown")
        }
    }

    #[test]
    fn each_level_is_chosen_by_the_type() {
        use ColumnKind::{Bool, Empty, Number, Text};
        let text = |s: &str| s.to_owned();
        assert_eq!(shown!(-5, i32), (Number, text("-5"), text("-5")));
        assert_eq!(shown!(true, bool), (Bool, text("true"), text("true")));
        assert_eq!(shown!(1.5, f64), (Number, text("1.5"), text("1.5")));
        assert_eq!(shown!(f64::NAN, f64), (Text, text("NaN"), text("NaN")));
        assert_eq!(
            shown!("a \"b\"\n", &str),
            (Text, text("a \"b\"\n"), text("\"a \\\"b\\\"\\n\""))
        );
        assert_eq!(shown!(None, Option<u8>), (Empty, text(""), text("None")));
        assert_eq!(
            shown!(Some(7), Option<u8>),
            (Number, text("7"), text("Some(7)"))
        );
        assert_eq!(
            shown!(Some("x"), Option<&str>),
            (Text, text("x"), text("Some(\"x\")"))
        );
        assert_eq!(shown!(Shown, Shown), (Text, text("shown"), text("Shown")));
        assert_eq!(
            shown!(Some(Shown), Option<Shown>),
            (Text, text("shown"), text("Some(Shown)"))
        );
        assert_eq!(shown!(None, Option<Shown>), (Empty, text(""), text("None")));
        assert_eq!(
            shown!(Some(Plain::Red), Option<Plain>),
            (Text, text("Red"), text("Some(Red)"))
        );
        assert_eq!(shown!(Plain::Red, Plain), (Text, text("Red"), text("Red")));
        assert_eq!(
            shown!((1, 2), (u8, u8)),
            (Text, text("(1, 2)"), text("(1, 2)"))
        );
    }
}
