//! How a code prints: `NAME (value): description`, padded as a whole to the formatter's
//! width, fill and alignment, and cut to its precision, as `str` is.

use core::fmt::{self, Alignment, Display, Formatter, Write};

/// Writes `NAME (value): description` (`NAME: description` without a value), preceded by
/// `TABLE::` when `table` is given.
///
/// # Errors
/// The formatter's.
#[allow(clippy::needless_pass_by_value)] // `Option<V>` of a `Copy` integer
pub fn code<V: Display>(
    f: &mut Formatter<'_>,
    table: Option<&str>,
    name: &str,
    value: Option<V>,
    description: &str,
) -> fmt::Result {
    pad(f, |out| {
        if let Some(table) = table {
            out.write_str(table)?;
            out.write_str("::")?;
        }
        out.write_str(name)?;
        if let Some(value) = &value {
            write!(out, " ({value})")?;
        }
        out.write_str(": ")?;
        out.write_str(description)
    })
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
