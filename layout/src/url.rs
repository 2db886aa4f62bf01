//! Documentation links: a table's URL template (`#[codes(url = "...")]`) and the anchor the
//! Markdown export gives each code. One home for both rules, because the macro expands a
//! template at compile time into each code's URL while the export writes the anchors at run
//! time, and a `{anchor}` that points at the page must be the id the page has.
//!
//! A template is text with three placeholders: `{name}` (the code's name), `{value}` (its
//! value as the table writes it: decimal, or `0x…` for a hex table; a string table's string)
//! and `{anchor}` ([`Anchor`]). `{{` and `}}` are a literal brace. What a placeholder puts
//! in is percent-encoded ([`Encoded`]): every byte but RFC 3986's unreserved characters
//! (`A-Z a-z 0-9 - . _ ~`), so that a string value such as `"a b/c"` stays one path segment
//! or query value. Names, integers and ASCII anchors have none to encode.

use core::fmt::{self, Display, Formatter, Write};

/// The id of a code's row in the Markdown export, which a URL's `{anchor}` is: the table's
/// name, `-` and the code's name, in ASCII lower case (`signalingerror-login_e_net`).
/// `Display` writes it.
#[derive(Clone, Copy, Debug)]
pub struct Anchor<'a> {
    /// The table's name.
    pub table: &'a str,
    /// The code's name.
    pub name: &'a str,
}

impl Display for Anchor<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        for c in self.table.chars().chain(['-']).chain(self.name.chars()) {
            f.write_char(c.to_ascii_lowercase())?;
        }
        Ok(())
    }
}

/// Text percent-encoded for a URL: each byte of its UTF-8 that is not one of RFC 3986's
/// unreserved characters (`A-Z a-z 0-9 - . _ ~`) as `%XX`. `Display` writes it.
#[derive(Clone, Copy, Debug)]
pub struct Encoded<'a>(pub &'a str);

impl Display for Encoded<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        for &byte in self.0.as_bytes() {
            if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
                f.write_char(char::from(byte))?;
            } else {
                write!(f, "%{byte:02X}")?;
            }
        }
        Ok(())
    }
}

/// A part of a template.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part<'a> {
    /// Text written as it is (`{{` and `}}` already read as one brace each).
    Text(&'a str),
    /// `{name}`.
    Name,
    /// `{value}`.
    Value,
    /// `{anchor}`.
    Anchor,
}

/// What is wrong with a template.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TemplateError<'a> {
    /// The template is empty (or only spaces).
    Empty,
    /// `{text}` names no placeholder.
    Unknown(&'a str),
    /// A `{` is not closed.
    Unclosed,
    /// A `}` closes nothing (a literal one is `}}`).
    Unopened,
    /// A space, a line break or another control character, which no URL has (and which
    /// would break the line a code's `Display` is).
    Space,
}

/// The parts of `template`, in order; the first mistake ends them with an error.
///
/// ```
/// use codetable_layout::url::{parts, Part};
///
/// let parts: Result<Vec<Part>, _> = parts("https://x.test/{value}?q={{a}}#{anchor}").collect();
/// assert_eq!(
///     parts.unwrap(),
///     [
///         Part::Text("https://x.test/"),
///         Part::Value,
///         Part::Text("?q="),
///         Part::Text("{"),
///         Part::Text("a"),
///         Part::Text("}"),
///         Part::Text("#"),
///         Part::Anchor,
///     ]
/// );
/// ```
#[must_use]
pub fn parts(template: &str) -> Parts<'_> {
    Parts {
        rest: template,
        failed: false,
    }
}

/// The iterator of [`parts`].
#[derive(Clone, Debug)]
pub struct Parts<'a> {
    rest: &'a str,
    failed: bool,
}

impl<'a> Iterator for Parts<'a> {
    type Item = Result<Part<'a>, TemplateError<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.rest.is_empty() {
            return None;
        }
        let rest = self.rest;
        let (part, len) = if rest.starts_with("{{") {
            (Ok(Part::Text("{")), 2)
        } else if rest.starts_with("}}") {
            (Ok(Part::Text("}")), 2)
        } else if rest.starts_with('}') {
            (Err(TemplateError::Unopened), 1)
        } else if let Some(inner) = rest.strip_prefix('{') {
            match inner.find(['}', '{']) {
                Some(end) if inner.as_bytes()[end] == b'}' => {
                    let part = match &inner[..end] {
                        "name" => Ok(Part::Name),
                        "value" => Ok(Part::Value),
                        "anchor" => Ok(Part::Anchor),
                        other => Err(TemplateError::Unknown(other)),
                    };
                    (part, end + 2)
                }
                _ => (Err(TemplateError::Unclosed), 1),
            }
        } else {
            let end = rest.find(['{', '}']).unwrap_or(rest.len());
            (Ok(Part::Text(&rest[..end])), end)
        };
        self.rest = &rest[len..];
        self.failed = part.is_err();
        Some(part)
    }
}

/// The first mistake in `template`, if any.
///
/// # Errors
/// The first mistake: [`TemplateError::Empty`] for an empty or blank template, else the
/// first of [`parts`].
pub fn check(template: &str) -> Result<(), TemplateError<'_>> {
    if template.trim().is_empty() {
        return Err(TemplateError::Empty);
    }
    if template
        .chars()
        .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(TemplateError::Space);
    }
    parts(template).try_for_each(|part| part.map(|_| ()))
}

/// Writes the URL of the code `name` of table `table` whose value the table writes as
/// `value`: `template` with its placeholders filled in. A template with a mistake writes
/// its parts up to the mistake (the macro refuses such a template).
///
/// ```
/// use codetable_layout::url::expand;
///
/// let mut url = String::new();
/// expand(&mut url, "https://x.test/{value}#{anchor}", "Status", "BUSY", "a b").unwrap();
/// assert_eq!(url, "https://x.test/a%20b#status-busy");
/// ```
///
/// # Errors
/// `out`'s.
pub fn expand(
    out: &mut dyn Write,
    template: &str,
    table: &str,
    name: &str,
    value: &str,
) -> fmt::Result {
    for part in parts(template) {
        match part {
            Ok(Part::Text(text)) => out.write_str(text)?,
            Ok(Part::Name) => write!(out, "{}", Encoded(name))?,
            Ok(Part::Value) => write!(out, "{}", Encoded(value))?,
            Ok(Part::Anchor) => {
                let mut anchor = Encoding { out: &mut *out };
                write!(anchor, "{}", Anchor { table, name })?;
            }
            Err(_) => break,
        }
    }
    Ok(())
}

/// Percent-encodes what is written to it, as [`Encoded`] does.
struct Encoding<'a> {
    out: &'a mut dyn Write,
}

impl Write for Encoding<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        write!(self.out, "{}", Encoded(s))
    }
}

/// Whether `template` has a `{value}`: every code must then have a value.
#[must_use]
pub fn uses_value(template: &str) -> bool {
    parts(template).any(|part| part == Ok(Part::Value))
}

#[cfg(test)]
mod tests {
    use super::{check, expand, Anchor, Encoded, TemplateError};
    use core::fmt::Write;

    /// A fixed-size `fmt::Write`: the crate has no allocator.
    struct Buf {
        bytes: [u8; 128],
        len: usize,
    }

    impl Write for Buf {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            let end = self.len + s.len();
            self.bytes
                .get_mut(self.len..end)
                .ok_or(core::fmt::Error)?
                .copy_from_slice(s.as_bytes());
            self.len = end;
            Ok(())
        }
    }

    fn text(write: impl FnOnce(&mut Buf) -> core::fmt::Result) -> Buf {
        let mut buf = Buf {
            bytes: [0; 128],
            len: 0,
        };
        write(&mut buf).unwrap();
        buf
    }

    fn same(buf: &Buf, expected: &str) {
        assert_eq!(core::str::from_utf8(&buf.bytes[..buf.len]), Ok(expected));
    }

    #[test]
    fn anchors_are_the_lower_case_table_and_name() {
        same(
            &text(|b| {
                write!(
                    b,
                    "{}",
                    Anchor {
                        table: "SignalingError",
                        name: "LOGIN_E_NET"
                    }
                )
            }),
            "signalingerror-login_e_net",
        );
    }

    #[test]
    fn placeholders_are_percent_encoded() {
        same(&text(|b| write!(b, "{}", Encoded("aZ0-._~"))), "aZ0-._~");
        same(
            &text(|b| write!(b, "{}", Encoded("a b/é?"))),
            "a%20b%2F%C3%A9%3F",
        );
        same(
            &text(|b| expand(b, "x/{name}/{value}#{anchor}", "T", "Ü", "-17")),
            "x/%C3%9C/-17#t-%C3%9C",
        );
        same(&text(|b| expand(b, "{{{value}}}", "T", "A", "1")), "{1}");
    }

    #[test]
    fn mistakes_are_found() {
        assert_eq!(check(""), Err(TemplateError::Empty));
        assert_eq!(check("  "), Err(TemplateError::Empty));
        assert_eq!(check("x/{id}"), Err(TemplateError::Unknown("id")));
        assert_eq!(check("x/{value"), Err(TemplateError::Unclosed));
        assert_eq!(check("x/{{value}"), Err(TemplateError::Unopened));
        assert_eq!(check("x/{va{lue}"), Err(TemplateError::Unclosed));
        assert_eq!(check("x/}"), Err(TemplateError::Unopened));
        assert_eq!(check("x/a b"), Err(TemplateError::Space));
        assert_eq!(check("x/\n"), Err(TemplateError::Space));
        assert_eq!(check("https://x.test/page"), Ok(()));
        assert_eq!(check("x/{{}}{name}{value}{anchor}"), Ok(()));
    }
}
