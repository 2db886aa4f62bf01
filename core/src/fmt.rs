//! How a code prints, written once for every table: `Debug` (`NAME = value`), `Display`
//! (`NAME (value): description`, on one line) and the short form (`NAME (value)`, see
//! [`Short`]), each padded as a whole to the formatter's width, fill and alignment, and cut
//! to its precision, as `str` is.

use crate::code::sealed::Sealed;
use crate::table::Descriptor;
use crate::{Code, CodeValue, Open, Value};
use core::fmt::{self, Alignment, Display, Formatter, Write};
use core::marker::PhantomData;

/// What the formatting reads of a table: the descriptor's fields, without its functions.
///
/// The formatting is written once, here, over this view and a position, not generic over
/// the table: a table's `Display` and `Debug` are a call in the crate that declares it. The
/// view is a copy, not the descriptor, because code that refers to the descriptor at run
/// time makes its crate compile every function the descriptor points to.
pub(crate) struct Shown {
    table: &'static str,
    names: &'static [&'static str],
    descriptions: &'static [&'static str],
    langs: usize,
    value_type: &'static str,
    hex: bool,
    display_url: bool,
    urls: &'static [&'static str],
}

impl Shown {
    const fn of(descriptor: &'static Descriptor) -> Self {
        Self {
            table: descriptor.name,
            names: descriptor.data.names,
            descriptions: descriptor.data.descriptions,
            langs: descriptor.data.langs,
            value_type: descriptor.value_type,
            hex: descriptor.hex,
            display_url: descriptor.display_url,
            urls: descriptor.urls,
        }
    }

    /// A value of the table as the table writes it (hex for a hex table).
    fn value_text<'a>(&self, value: Value<'a>) -> crate::ValueText<'a> {
        crate::ValueText::new(value, self.value_type, self.hex)
    }
}

/// The view of table `C`, computed by rustc.
struct ShownOf<C>(PhantomData<C>);

impl<C: Code> ShownOf<C> {
    const SHOWN: &'static Shown = &Shown::of(C::DESCRIPTOR);
}

/// A value of table `C` as the table writes it (hex for a hex table).
pub(crate) fn value_text<C: Code>(value: Value<'_>) -> crate::ValueText<'_> {
    ShownOf::<C>::SHOWN.value_text(value)
}

/// A code as the formatting reads it: its table's view, its position and its value
/// (`None` for an entry without one).
#[derive(Clone, Copy)]
struct Shape {
    shown: &'static Shown,
    position: usize,
    value: Option<Value<'static>>,
}

impl Shape {
    #[inline]
    fn of<C: Code>(code: C) -> Self {
        Self {
            shown: ShownOf::<C>::SHOWN,
            position: code.position(),
            value: code.value().and_then(Sealed::to_static),
        }
    }

    fn name(self) -> &'static str {
        self.shown.names[self.position]
    }
}

/// A code's `Debug`: `NAME = value` (`NAME` without a value), `TABLE::NAME = value` with
/// `{:#?}`. A string table's value is quoted.
///
/// # Errors
/// The formatter's.
#[inline]
pub fn debug<C: Code>(code: C, f: &mut Formatter<'_>) -> fmt::Result {
    debug_of(Shape::of(code), f)
}

/// [`debug`], compiled once.
#[inline(never)]
fn debug_of(code: Shape, f: &mut Formatter<'_>) -> fmt::Result {
    let table = f.alternate().then_some(code.shown.table);
    pad(f, |out| {
        write_name(out, table, code.name())?;
        match code.value {
            Some(value) => {
                out.write_str(" = ")?;
                write_value(out, code.shown, value, true)
            }
            None => Ok(()),
        }
    })
}

/// A code's `Display`: `NAME (value): description` (`NAME: description` without a value),
/// `TABLE::NAME (value): description` with `{:#}`, followed by ` <URL>` for a table with
/// `#[codes(url = "...", display_url)]`; `NAME (value)` alone for an entry without a
/// description (`#[codes(optional_descriptions)]`). Only the description's first line: no
/// line break is written.
///
/// # Errors
/// The formatter's.
#[inline]
pub fn display<C: Code>(code: C, f: &mut Formatter<'_>) -> fmt::Result {
    display_of(Shape::of(code), f)
}

/// [`display`], compiled once.
#[inline(never)]
fn display_of(code: Shape, f: &mut Formatter<'_>) -> fmt::Result {
    let shown = code.shown;
    let table = f.alternate().then_some(shown.table);
    // A template has no space or line break (the macro checks), so the line stays one.
    let url = (f.alternate() && shown.display_url)
        .then(|| shown.urls.get(code.position).copied())
        .flatten();
    let description = shown.descriptions[code.position * shown.langs];
    pad(f, |out| {
        write_short(out, table, code)?;
        // An entry without a description (`#[codes(optional_descriptions)]`) has an empty
        // one: it shows as `NAME (value)` alone.
        match first_line(description) {
            "" => {}
            line => {
                out.write_str(": ")?;
                out.write_str(line)?;
            }
        }
        match url {
            Some(url) => write!(out, " <{url}>"),
            None => Ok(()),
        }
    })
}

/// The text's first line that is not blank: up to its line break (`\n` or `\r`), without
/// the spaces around it.
fn first_line(text: &str) -> &str {
    let text = text.trim_start();
    text.split(['\n', '\r']).next().unwrap_or(text).trim_end()
}

/// Writes `TABLE::NAME` (`NAME` without `table`).
fn write_name(out: &mut dyn Write, table: Option<&str>, name: &str) -> fmt::Result {
    if let Some(table) = table {
        out.write_str(table)?;
        out.write_str("::")?;
    }
    out.write_str(name)
}

/// Writes `TABLE::NAME (value)`, without `TABLE::` when `table` is `None` and without
/// ` (value)` for an entry without a value.
fn write_short(out: &mut dyn Write, table: Option<&str>, code: Shape) -> fmt::Result {
    write_name(out, table, code.name())?;
    match code.value {
        Some(value) => {
            out.write_str(" (")?;
            write_value(out, code.shown, value, false)?;
            out.write_str(")")
        }
        None => Ok(()),
    }
}

/// Writes a value of the table as the table writes it (hex for a hex table); a string
/// quoted, as `Debug` writes it, when `quoted`.
fn write_value(out: &mut dyn Write, shown: &Shown, value: Value<'_>, quoted: bool) -> fmt::Result {
    match value {
        Value::Str(text) if quoted => write!(out, "{text:?}"),
        shown_value => write!(out, "{}", shown.value_text(shown_value)),
    }
}

/// Writes a raw value of table `C` (a value the table may not know) as [`write_value`]
/// does; a string cut short as its `Debug` (when `quoted`) or `Display` marks it.
fn write_raw<C: Code>(out: &mut dyn Write, value: &C::Raw, quoted: bool) -> fmt::Result {
    match value.as_value() {
        Some(value) => write_value(out, ShownOf::<C>::SHOWN, value, quoted),
        None if quoted => write!(out, "{value:?}"),
        None => write!(out, "{value}"),
    }
}

/// What `Open`'s `Debug` writes in `Unknown(...)`: `TABLE value`, the value as the table
/// writes it (a string quoted).
pub(crate) struct UnknownDebug<'a, C: Code>(pub(crate) &'a C::Raw);

impl<C: Code> fmt::Debug for UnknownDebug<'_, C> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        pad(f, |out| {
            out.write_str(C::TABLE)?;
            out.write_str(" ")?;
            write_raw::<C>(out, self.0, true)
        })
    }
}

/// The short form of a code or of an [`Open`] code, for log fields and one-line messages:
/// `NAME (value)` (`NAME` for an entry without a value), `TABLE::NAME (value)` with `{:#}`;
/// for a value the table does not know, `TABLE value`. No description. Padded as a whole,
/// as `str` is. Made by [`Code::short`] and [`Open::short`]; its `Debug` is its `Display`.
///
/// ```
/// use codetable::{Code, Open};
///
/// codetable::define_codes! {
///     /// Errors of a service.
///     pub enum Status: i32 {
///         BUSY = 7 => "The service is busy.\nRetry with backoff.",
///     }
/// }
///
/// assert_eq!(Status::BUSY.short().to_string(), "BUSY (7)");
/// assert_eq!(format!("{:#}", Status::BUSY.short()), "Status::BUSY (7)");
/// assert_eq!(Status::decode(7).short().to_string(), "BUSY (7)");
/// assert_eq!(Status::decode(1005).short().to_string(), "Status 1005");
/// assert_eq!(format!("[{:<12}]", Status::BUSY.short()), "[BUSY (7)    ]");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Short<C: Code>(Open<C>);

impl<C: Code> Short<C> {
    /// The code, known or not.
    #[must_use]
    pub fn code(self) -> Open<C> {
        self.0
    }
}

impl<C: Code> Open<C> {
    /// The short form: `NAME (value)` for a known code, `TABLE value` for another value
    /// (see [`Short`]).
    #[inline]
    #[must_use]
    pub fn short(self) -> Short<C> {
        Short(self)
    }
}

impl<C: Code> Display for Short<C> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let table = f.alternate().then_some(C::TABLE);
        match (self.0.known(), self.0.value()) {
            (Some(code), _) => pad(f, |out| write_short(out, table, Shape::of(code))),
            (None, Some(value)) => pad(f, |out| {
                out.write_str(C::TABLE)?;
                out.write_str(" ")?;
                write_raw::<C>(out, &value, false)
            }),
            // Not reached: a value the table does not know is always given.
            (None, None) => pad(f, |out| out.write_str(C::TABLE)),
        }
    }
}

impl<C: Code> fmt::Debug for Short<C> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        Display::fmt(self, f)
    }
}

/// Writes what `write` writes, padded and cut as [`Formatter::pad`] does for a `str`,
/// without an allocator: the text is written once to count its characters, then again.
pub(crate) fn pad(
    f: &mut Formatter<'_>,
    write: impl Fn(&mut dyn Write) -> fmt::Result,
) -> fmt::Result {
    if f.width().is_none() && f.precision().is_none() {
        return write(f);
    }
    let mut count = Count(0);
    write(&mut count)?;
    let len = f.precision().map_or(count.0, |most| count.0.min(most));
    let padding = f.width().unwrap_or(0).saturating_sub(len);
    let (before, after) = match f.align() {
        Some(Alignment::Right) => (padding, 0),
        Some(Alignment::Center) => (padding / 2, padding - padding / 2),
        Some(Alignment::Left) | None => (0, padding),
    };
    let fill = f.fill();
    for _ in 0..before {
        f.write_char(fill)?;
    }
    write(&mut Cut { out: f, left: len })?;
    for _ in 0..after {
        f.write_char(fill)?;
    }
    Ok(())
}

/// Counts the characters written.
struct Count(usize);

impl Write for Count {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.chars().count();
        Ok(())
    }
}

/// Writes at most `left` more characters to `out`, dropping the rest.
struct Cut<'a, 'b> {
    out: &'a mut Formatter<'b>,
    left: usize,
}

impl Write for Cut<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = s
            .char_indices()
            .nth(self.left)
            .map_or(s.len(), |(at, _)| at);
        self.left -= s[..end].chars().count();
        self.out.write_str(&s[..end])
    }
}
