//! [`Error`]: why an export wrote nothing, or stopped.

use super::UpperSnake;
use crate::InlineStr;
use core::fmt::{self, Write as _};

/// The error of an export.
///
/// The Markdown, JSON and CSV exports fail only when the writer does ([`Error::Fmt`]). A C
/// header is checked before anything is written: a header whose names would clash or would
/// not be allowed in C is not written at all, and the error says which names and what each
/// is made from. Like the crate's other errors, it needs no allocator and has no lifetime
/// (see [`CName`]).
///
/// ```
/// use codetable::export::{self, Error, Options, Origin};
/// use codetable::Table;
///
/// codetable::define_codes! {
///     /// Version 1 of a protocol.
///     pub enum Http: u16 {
///         V2_OK = 200 => "Success, in the manner of version 2.",
///     }
///
///     /// Version 2 of the protocol.
///     pub enum HttpV2: u16 {
///         OK = 200 => "Success.",
///     }
/// }
///
/// let mut header = String::new();
/// let tables = [Table::of::<Http>(), Table::of::<HttpV2>()];
/// let error = export::c_header(&mut header, &tables, &Options::new()).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "`Http::V2_OK` and `HttpV2::OK` both become the C name `HTTP_V2_OK`"
/// );
/// let Error::Conflict { first, name } = error else { unreachable!() };
/// assert_eq!(first, Origin::Constant { table: "Http", name: "V2_OK" });
/// assert_eq!(name.origin(), Origin::Constant { table: "HttpV2", name: "OK" });
/// assert_eq!(name, "HTTP_V2_OK");
/// // Nothing was written.
/// assert!(header.is_empty());
///
/// // With a prefix of their own, the tables can share a header.
/// # let _ = header;
/// let mut header = String::new();
/// export::c_header(&mut header, &tables[..1], &Options::new().prefix("V1_"))?;
/// assert!(header.contains("    V1_HTTP_V2_OK = 200,\n"));
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Error {
    /// The writer returned an error ([`core::fmt::Error`], this error's
    /// [source](core::error::Error::source)).
    Fmt,
    /// Two names a C header would declare are the same C name: two constants of different
    /// tables, a constant and a table's type, two tables' types, or one of them and the
    /// include guard.
    Conflict {
        /// What the name declared first is made from.
        first: Origin,
        /// The name declared after it: the C name both are, and what it is made from
        /// ([`CName::origin`]).
        name: CName,
    },
    /// A C name that C or C++ reserves: a keyword of either (`int`, `enum`, `class`), a name
    /// that starts with `_` or holds `__`, `defined`, or a name that `<stdint.h>` declares
    /// (`int32_t`, `INT8_MAX`, `SIZE_MAX`). A header that declares it does not compile, or
    /// is undefined behaviour.
    Reserved {
        /// The name.
        name: CName,
    },
    /// A C name that is no C identifier: empty, starting with a digit, or with another
    /// character than an ASCII letter, digit or `_` (a table or entry named with non-ASCII
    /// letters, a prefix or a guard with a `-`).
    NotIdentifier {
        /// The name.
        name: CName,
    },
}

impl From<fmt::Error> for Error {
    fn from(_: fmt::Error) -> Self {
        Self::Fmt
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Fmt => f.write_str("the export's writer failed"),
            Self::Conflict { first, name } => write!(
                f,
                "{first} and {} both become the C name `{name}`",
                name.origin
            ),
            Self::Reserved { name } => match name.keyword() {
                Some(language) => {
                    write!(f, "{} becomes the {language} keyword `{name}`", name.origin)
                }
                None => write!(
                    f,
                    "{} becomes the reserved C identifier `{name}`",
                    name.origin
                ),
            },
            Self::NotIdentifier { name } => write!(
                f,
                "{} becomes `{name}`, which is not a C identifier",
                name.origin
            ),
        }
    }
}

impl core::error::Error for Error {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            Self::Fmt => Some(&fmt::Error),
            _ => None,
        }
    }
}

/// What a name of a C header is made from.
///
/// Its `Display` is how an [`Error`] names it: `` `Status::BUSY` ``, ``the type of table
/// `Status` ``, `the include guard`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Origin {
    /// The include guard: [`Options::guard`](super::Options::guard), or the one made from the
    /// prefix and the tables' names.
    Guard,
    /// A table's type: the `typedef` (and the enum's tag), `PREFIX` + the table's name.
    Type {
        /// The table's name.
        table: &'static str,
    },
    /// The constant of an entry or an alias: `PREFIX` + the table's name in upper snake case
    /// and `_` (unless [`Options::table_prefix`](super::Options::table_prefix) is off) + the
    /// entry's or alias's name.
    Constant {
        /// The table's name.
        table: &'static str,
        /// The entry's or the alias's name.
        name: &'static str,
    },
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Guard => f.write_str("the include guard"),
            Self::Type { table } => write!(f, "the type of table `{table}`"),
            Self::Constant { table, name } => write!(f, "`{table}::{name}`"),
        }
    }
}

/// How many bytes of the prefix or the guard [`CName`] keeps.
const KEPT: usize = 36;

/// A name a C header would declare, in an [`Error`]: what it is made from
/// ([`CName::origin`]) and how it is spelled. `Display` writes the C name; it compares equal
/// to a `&str` that is the C name.
///
/// The part of the name that the table gives (its name, an entry's name) is the table's own
/// `&'static str`; the part that the [`Options`](super::Options) give (the prefix, or the
/// include guard) is kept inline, its first 36 bytes, so that the error needs no allocator
/// and no lifetime. A longer prefix or guard is shown cut, with `…` where the rest was.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct CName {
    origin: Origin,
    /// The prefix, or for the include guard the guard itself, cut at a character boundary.
    kept: InlineStr<KEPT>,
    /// Whether a constant has its table's name in front.
    table_prefix: bool,
}

impl CName {
    /// The name of `origin`, with `text` in front (the prefix; for the guard, the guard).
    pub(super) const fn new(origin: Origin, text: &str, table_prefix: bool) -> Self {
        Self {
            origin,
            kept: InlineStr::new(text),
            table_prefix,
        }
    }

    /// What the name is made from.
    #[must_use]
    pub const fn origin(&self) -> Origin {
        self.origin
    }

    /// Whether the prefix or the guard was longer than what is kept, so that `Display`
    /// shows the name cut.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.kept.is_truncated()
    }

    /// The kept part of the prefix or the guard.
    fn kept(&self) -> &str {
        self.kept.as_str()
    }

    /// The name's characters (with the kept part of a cut prefix).
    fn chars(&self) -> impl Iterator<Item = char> + '_ {
        spell(self.origin, self.kept(), self.table_prefix)
    }

    /// The language the name is a keyword of, if it is one.
    fn keyword(&self) -> Option<&'static str> {
        if self.is_truncated() {
            return None;
        }
        let is = |word: &&str| self.chars().eq(word.chars());
        if C_KEYWORDS.iter().any(is) {
            Some("C")
        } else if CPP_KEYWORDS.iter().any(is) {
            Some("C++")
        } else {
            None
        }
    }
}

/// The characters of the C name of `origin`: `text` (the prefix; for the guard, the guard
/// itself), then the table's name in upper snake case and `_` for a constant with
/// `table_prefix`, then the table's name for a type or the entry's for a constant.
pub(super) fn spell(
    origin: Origin,
    text: &str,
    table_prefix: bool,
) -> impl Iterator<Item = char> + '_ {
    let (table, name) = match origin {
        Origin::Guard => (None, ""),
        Origin::Type { table } => (None, table),
        Origin::Constant { table, name } => (table_prefix.then_some(table), name),
    };
    let table = table
        .into_iter()
        .flat_map(|table| UpperSnake::new(table).chain(['_']));
    text.chars().chain(table).chain(name.chars())
}

impl fmt::Display for CName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kept())?;
        if self.is_truncated() {
            f.write_char('…')?;
        }
        spell(self.origin, "", self.table_prefix).try_for_each(|c| f.write_char(c))
    }
}

impl fmt::Debug for CName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// The name as a quoted string.
        struct Quoted<'n>(&'n CName);
        impl fmt::Debug for Quoted<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_char('"')?;
                let name = format_args!("{}", self.0);
                fmt::Write::write_fmt(&mut Escape(f), name)?;
                f.write_char('"')
            }
        }
        /// Writes what it is given as `str`'s `Debug` escapes it.
        struct Escape<'f, 'g>(&'f mut fmt::Formatter<'g>);
        impl fmt::Write for Escape<'_, '_> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                s.chars()
                    .flat_map(char::escape_debug)
                    .try_for_each(|c| self.0.write_char(c))
            }
        }
        f.debug_struct("CName")
            .field("origin", &self.origin)
            .field("name", &Quoted(self))
            .finish_non_exhaustive()
    }
}

impl PartialEq<str> for CName {
    fn eq(&self, other: &str) -> bool {
        !self.is_truncated() && self.chars().eq(other.chars())
    }
}

impl PartialEq<&str> for CName {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

/// The keywords of C (C99 to C23; those that start with `_` and an upper-case letter are
/// reserved as such).
pub(super) const C_KEYWORDS: &[&str] = &[
    "alignas",
    "alignof",
    "auto",
    "bool",
    "break",
    "case",
    "char",
    "const",
    "constexpr",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extern",
    "false",
    "float",
    "for",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "nullptr",
    "register",
    "restrict",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "static_assert",
    "struct",
    "switch",
    "thread_local",
    "true",
    "typedef",
    "typeof",
    "typeof_unqual",
    "union",
    "unsigned",
    "void",
    "volatile",
    "while",
];

/// The keywords of C++ (to C++20, with the alternative tokens such as `and`) that are not
/// C's.
pub(super) const CPP_KEYWORDS: &[&str] = &[
    "and",
    "and_eq",
    "asm",
    "bitand",
    "bitor",
    "catch",
    "char16_t",
    "char32_t",
    "char8_t",
    "class",
    "co_await",
    "co_return",
    "co_yield",
    "compl",
    "concept",
    "const_cast",
    "consteval",
    "constinit",
    "decltype",
    "delete",
    "dynamic_cast",
    "explicit",
    "export",
    "friend",
    "mutable",
    "namespace",
    "new",
    "noexcept",
    "not",
    "not_eq",
    "operator",
    "or",
    "or_eq",
    "private",
    "protected",
    "public",
    "reinterpret_cast",
    "requires",
    "static_cast",
    "template",
    "this",
    "throw",
    "try",
    "typeid",
    "typename",
    "using",
    "virtual",
    "wchar_t",
    "xor",
    "xor_eq",
];

/// Whether `name` is a keyword of C or C++.
pub(super) fn keyword(name: &str) -> bool {
    C_KEYWORDS.contains(&name) || CPP_KEYWORDS.contains(&name)
}

/// Whether `<stdint.h>` declares `name` (C23's list: its types, their limits and
/// constant macros, and the other limits it defines), or C reserves it for the header's
/// types: `int8_t` to `uintmax_t`, `INT8_MIN` to `UINTMAX_WIDTH`, `INT8_C`, `SIZE_MAX`.
pub(super) fn stdint_name(name: &str) -> bool {
    let widths = ["8", "16", "32", "64"];
    // int8_t, uint_least16_t, intptr_t, uintmax_t; INT8_MAX, UINT_FAST32_WIDTH, INTMAX_C.
    let width = |middle: &str, least: &str, fast: &str, others: [&str; 2]| {
        widths.contains(&middle)
            || others.contains(&middle)
            || middle
                .strip_prefix(least)
                .or_else(|| middle.strip_prefix(fast))
                .is_some_and(|width| widths.contains(&width))
    };
    if let Some(middle) = name
        .strip_prefix('u')
        .unwrap_or(name)
        .strip_prefix("int")
        .and_then(|rest| rest.strip_suffix("_t"))
    {
        return width(middle, "_least", "_fast", ["ptr", "max"]);
    }
    let Some((body, limit)) = name.rsplit_once('_') else {
        return false;
    };
    if let Some(middle) = body.strip_prefix('U').unwrap_or(body).strip_prefix("INT") {
        let constant = limit == "C" && (widths.contains(&middle) || middle == "MAX");
        let limits = ["MIN", "MAX", "WIDTH"].contains(&limit)
            && width(middle, "_LEAST", "_FAST", ["PTR", "MAX"]);
        return constant || limits;
    }
    ["MIN", "MAX", "WIDTH"].contains(&limit)
        && ["PTRDIFF", "SIG_ATOMIC", "SIZE", "WCHAR", "WINT"].contains(&body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdint_names() {
        for name in [
            "int8_t",
            "uint64_t",
            "int_least16_t",
            "uint_fast32_t",
            "intptr_t",
            "uintmax_t",
            "INT8_MIN",
            "UINT64_MAX",
            "INT_LEAST8_WIDTH",
            "UINT_FAST64_MAX",
            "INTPTR_MIN",
            "UINTMAX_MAX",
            "INT32_C",
            "UINTMAX_C",
            "SIZE_MAX",
            "PTRDIFF_MIN",
            "SIG_ATOMIC_WIDTH",
            "WCHAR_MAX",
            "WINT_MIN",
        ] {
            assert!(stdint_name(name), "{name}");
        }
        for name in [
            "int",
            "int_t",
            "int128_t",
            "INT_MAX",
            "INTERRUPT_MAX",
            "UNSIGNED_MAX",
            "SIZE_C",
            "INT_LEAST8_C",
            "uint8",
            "STATUS_OK",
        ] {
            assert!(!stdint_name(name), "{name}");
        }
    }

    #[test]
    fn names_are_kept_inline() {
        let constant = Origin::Constant {
            table: "HttpV2",
            name: "OK",
        };
        let name = CName::new(constant, "MY_", true);
        assert_eq!(name, "MY_HTTP_V2_OK");
        assert_ne!(name, "MY_HTTP_V2_O");
        assert!(!name.is_truncated());
        assert_eq!(CName::new(constant, "", false), "OK");
        // A long prefix is cut at a character boundary, and shown cut.
        let prefix = "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ_";
        let long = CName::new(constant, prefix, true);
        assert!(long.is_truncated());
        assert_eq!(long.kept(), &prefix[..KEPT]);
        assert_ne!(long, long.kept());
        let mut text = crate::export::tests::Text::default();
        fmt::write(&mut text, format_args!("{long}")).unwrap();
        assert_eq!(text.as_str(), "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ…HTTP_V2_OK");
        // The error stays small enough to return (clippy's result_large_err: 128 bytes).
        assert!(core::mem::size_of::<Error>() <= 120);
    }
}
