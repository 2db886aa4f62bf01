//! The typed model of an invocation. Every part keeps the span of the tokens it was read
//! from, so that each check can point at the offending token.

use crate::eval::Ty;
use proc_macro2::{Span, TokenStream};
use syn::{Attribute, Ident, Path, Visibility};

/// An invocation of `define_codes!`: one or more tables.
pub struct Invocation {
    pub tables: Vec<Table>,
}

/// One `enum` of the invocation.
pub struct Table {
    /// Attributes passed through to the enum (doc comments, lint levels, the user's derives
    /// and their helpers, ...).
    pub attrs: Vec<Attribute>,
    /// Those of `attrs` the enum keeps when a mistake leaves it without variants: the plain
    /// attributes, not the user's derives, which may need what an empty enum lacks.
    pub plain_attrs: Vec<Attribute>,
    /// The languages of the descriptions; the first is the default. `en` when not declared.
    pub langs: Vec<Lang>,
    /// The path to the `codetable` crate from `#[codes(crate = ...)]`.
    pub krate: Option<Path>,
    /// `#[codes(serde = ...)]`, with the span of the form.
    pub serde: Option<(SerdeForm, Span)>,
    /// `#[codes(check = ...)]`, with the span of the form.
    pub check: Option<(CheckForm, Span)>,
    /// The shape a string table's values must have (`#[codes(len, max_len, chars)]`).
    pub shape: Shape,
    /// The columns declared by `#[columns(...)]`, in order.
    pub columns: Vec<Column>,
    /// Whether the table derives serde's traits itself (by `derive` or `cfg_attr`), so that
    /// the macro implements none of them.
    pub derives_serde: bool,
    /// `#[equals(module::PREFIX_*)]`: every entry mirrors the constant of its name.
    pub equals: Option<EqualsRule>,
    /// `#[codes(hex)]`, with the span of `hex`: values print in hex.
    pub hex: Option<Span>,
    /// `#[reserved(...)]`: values and names no entry may take.
    pub reserved: Reserved,
    /// `#[classes(...)]`: the groups of codes, read by `class.rs`.
    pub classes: Option<Classes>,
    /// `#[codes(url = "...")]`: the template of each code's documentation URL.
    pub url: Option<Url>,
    /// The data file of `#[file(...)]` the entries were read from: its path relative to
    /// the manifest directory, and the span of the path literal.
    pub file: Option<(String, Span)>,
    pub vis: Visibility,
    pub ident: Ident,
    /// The value type, `None` when it was missing or unsupported (already reported).
    pub repr: Option<Repr>,
    pub entries: Vec<Entry>,
    /// Whether the body had no entries at all (as opposed to entries that were all
    /// dropped for mistakes already reported).
    pub body_is_empty: bool,
    /// The span of the `{ ... }` of the body.
    pub body_span: Span,
}

/// How a table's codes cross serde (with `codetable`'s `serde` feature).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SerdeForm {
    /// As their values: the default, since the wire value is the contract.
    Value,
    /// As their names: the default for a table with entries without a value.
    Name,
}

/// How a table's `check(ret)` reads a C function's return value (`#[codes(check = ...)]`);
/// each calls the function of its name in `codetable::check`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CheckForm {
    /// `ret < 0` is the failure `-ret`, else `Ok(ret)`.
    Negated,
    /// `ret < 0` is the failure `ret`, else `Ok(ret)`.
    Negative,
    /// `0` is `Ok(())`, anything else the failure `ret`.
    Nonzero,
}

impl CheckForm {
    /// The form as written, also the name of `codetable::check`'s function.
    pub fn name(self) -> &'static str {
        match self {
            Self::Negated => "negated",
            Self::Negative => "negative",
            Self::Nonzero => "nonzero",
        }
    }
}

/// A column of `#[columns(name: Type = default)]` on a table.
pub struct Column {
    pub ident: Ident,
    pub name: String,
    pub ty: syn::Type,
    /// The default value's tokens, when declared.
    pub default: Option<TokenStream>,
    /// `= derive(function)`: the value computed from each entry's value, when declared
    /// (instead of a default).
    pub derive: Option<Derive>,
}

/// A derived column's `derive(function)` or `derive(function, overridable)`.
pub struct Derive {
    /// The `const fn` that computes the column from an entry's value.
    pub function: syn::Path,
    /// Whether an entry may declare another value than the function's.
    pub overridable: bool,
}

/// A column's value given by `#[columns(name = value)]` on an entry.
pub struct ColumnValue {
    pub ident: Ident,
    pub name: String,
    pub value: TokenStream,
}

/// The shape of a string table's values, from `#[codes(len = 5, chars = "0-9A-Z")]`. Each
/// part keeps the span of its option, where a table of integers reports it.
#[derive(Default)]
pub struct Shape {
    /// Every value has exactly this many bytes.
    pub len: Option<(usize, Span)>,
    /// No value has more bytes than this.
    pub max_len: Option<(usize, Span)>,
    /// Every character of a value is in these ranges.
    pub chars: Option<Chars>,
}

/// `chars = "0-9A-Z"`: the ranges, the text as written, and the option's span.
pub struct Chars {
    pub ranges: Vec<(char, char)>,
    pub written: String,
    pub span: Span,
}

impl Shape {
    /// The first option given, for reporting it on an integer table.
    pub fn first_span(&self) -> Option<Span> {
        let len = self.len.as_ref().map(|(_, span)| *span);
        let max_len = self.max_len.as_ref().map(|(_, span)| *span);
        let chars = self.chars.as_ref().map(|chars| chars.span);
        len.or(max_len).or(chars)
    }
}

/// A language of a table's descriptions.
pub struct Lang {
    pub name: String,
    pub span: Span,
}

/// One `NAME = value => "description"` entry, or an alias: `#[alias] NAME = value` or
/// `NAME = EARLIER_NAME`, whose description is optional.
pub struct Entry {
    /// The text of the doc comments, one element per line.
    pub docs: Vec<String>,
    /// `#[deprecated]` in any form, passed through to the variant.
    pub deprecated: Option<Attribute>,
    /// The tokens of `#[alias]`, when present.
    pub alias: Option<TokenStream>,
    /// rustdoc's `#[doc(...)]` forms, on the variant or the alias's constant.
    pub doc_attrs: Vec<Attribute>,
    /// Attributes passed through to the variant (the helpers of the table's derives).
    pub attrs: Vec<Attribute>,
    /// The column values of `#[columns(...)]`, as given.
    pub columns: Vec<ColumnValue>,
    pub ident: Ident,
    /// The name as a string, without `r#`.
    pub name: String,
    pub value: Option<Value>,
    /// `#[equals(...)]` on the entry.
    pub equals: Option<(Equals, Span)>,
    /// The `_` of `NAME = _ => "..."`: an entry declared deliberately without a value (the
    /// entry's `value` is then `None`).
    pub no_value: Option<Span>,
    /// The description in each language of the table, in the table's order. An entry whose
    /// description is missing has an empty string here, already reported; an alias written
    /// without one, or an entry of a table with `optional_descriptions`, has none.
    pub descriptions: Vec<String>,
    /// `#[since = "1.2"]`: the version the code was added in, with the span of the string.
    pub since: Option<(String, Span)>,
    /// `#[retired(...)]`: the code is no longer emitted, but its value and name stay taken.
    pub retired: Option<Retired>,
    /// For an entry read from a data file, its place there (`codes.csv:14:9`), which
    /// messages about it name.
    pub origin: Option<String>,
}

/// A table's `#[codes(url = "...", display_url)]`.
pub struct Url {
    /// The template, checked (`codetable_layout::url::check`).
    pub template: String,
    /// The span of the template's literal.
    pub span: Span,
    /// `display_url`: `{:#}` shows the URL.
    pub display: bool,
}

/// A table's `#[classes(...)]`.
pub struct Classes {
    /// `enum = Name`: the class enum's name, when not `<Table>Class`.
    pub ident: Option<Ident>,
    /// `cover`, with its span: every entry must be in a class.
    pub cover: Option<Span>,
    /// `from_file`, with its span: the classes the table's file declares come first
    /// (errcodes.txt's sections; `parse.rs` adds them).
    pub from_file: Option<Span>,
    pub classes: Vec<Class>,
}

/// One class: `Name = 100..200 => "..."`, `Name = "23" => "..."`, `Name = [A, B] => "..."`.
pub struct Class {
    pub ident: Ident,
    /// The description in each language of the table, in the table's order (`""` where
    /// `{ en: "...", zh: "..." }` leaves one out; the default language's is always there).
    pub descriptions: Vec<String>,
    pub rule: ClassRule,
    /// The rule as written, where a conflict points.
    pub tokens: TokenStream,
    /// `file:line` of a class a data file declares (`#[classes(from_file)]`), which messages
    /// about it name.
    pub origin: Option<String>,
}

/// Which codes a class holds.
pub enum ClassRule {
    /// The integers `low..=high`.
    Range(i128, i128),
    /// A string table's values that start with this.
    Prefix(String),
    /// The entries named.
    List(Vec<Ident>),
}

/// An entry's `#[retired]` or `#[retired(until = "2.0", replacement = NAME)]`.
pub struct Retired {
    /// The span of `retired`.
    pub span: Span,
    /// The version it was retired in (the first that no longer emits it), as written.
    pub until: Option<String>,
    /// The entry that replaces it.
    pub replacement: Option<Ident>,
}

/// A table's `#[reserved(...)]`, all of them: values (single or ranges) and names that no
/// entry or alias may take, because an earlier release used them.
#[derive(Default)]
pub struct Reserved {
    pub values: Vec<ReservedValue>,
    /// The names, each as written (its text is read without `r#`).
    pub names: Vec<Ident>,
}

/// A reserved value or range, with its text and tokens as written.
pub struct ReservedValue {
    pub kind: ReservedKind,
    pub text: String,
    pub tokens: TokenStream,
    /// `path:line:column` of the data file's row that reserves it; `None` for
    /// `#[reserved(...)]`.
    pub origin: Option<String>,
}

/// What a reservation covers.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ReservedKind {
    /// `low..=high` (a single value has `low == high`).
    Range(i128, i128),
    /// A string table's value.
    Str(String),
}

impl Entry {
    /// Whether the entry declares an alias of an earlier one rather than a code of its own.
    pub fn is_alias(&self) -> bool {
        self.alias.is_some() || self.value.as_ref().is_some_and(|v| v.target.is_some())
    }

    /// The span of the last token of the entry's value, or of its name when it has none:
    /// where a mistake about the value is reported.
    pub fn value_end(&self) -> Span {
        self.value
            .as_ref()
            .and_then(|v| v.tokens.clone().into_iter().last())
            .map_or(self.ident.span(), |tt| tt.span())
    }
}

/// A value as written: the tokens (for spans) and the number they denote, or the name of
/// the earlier entry an alias stands for.
pub struct Value {
    pub tokens: TokenStream,
    /// The number, or `None` when the tokens are not an integer literal (a name, or a
    /// mistake already reported).
    pub number: Option<i128>,
    /// The entry named by `NAME = EARLIER_NAME`.
    pub target: Option<Ident>,
    /// The text of a string value (`"42P01"`), for a string table.
    pub text: Option<String>,
    /// The literal's type suffix (`u8` in `7u8`), empty when there is none.
    pub suffix: String,
    /// Whether the tokens are an expression (`BASE | (1 << 8)`, `0x8000_4005_u32 as i32`)
    /// for `valid.rs` to evaluate with the earlier entries in scope: anything but a literal,
    /// `-` and a literal, or a single name.
    pub expr: bool,
}

/// A table's `#[equals(module::PREFIX_*)]`: the constant an entry `NAME` mirrors is
/// `module::PREFIXNAME`.
pub struct EqualsRule {
    /// The tokens before the last segment, `module::` (empty for constants in scope).
    pub module: TokenStream,
    /// What the constant's name has before the entry's (`SQLITE_`), maybe nothing.
    pub prefix: String,
    /// The span of the attribute, for a constant it names.
    pub span: Span,
}

/// An entry's `#[equals(...)]`.
pub enum Equals {
    /// `#[equals(path::TO_CONSTANT)]`: the constant the entry's value must equal.
    Constant(Path),
    /// `#[equals(_)]`: the entry has no constant to equal (the table's rule skips it).
    Skip,
}

/// The types a table's values may have: Rust's integers, C's (`core::ffi`), or `str` for a
/// string table.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Repr {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    Isize,
    Usize,
    C(CType),
    Str,
}

/// C's integer types, as `core::ffi` names them. Their width depends on the target: the
/// macro checks values against the widest (`c_long`'s `i64`), and the generated code checks
/// on the target that each value fits there, so a value too wide for a target is a compile
/// error on that target, never a silent wrap.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CType {
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
}

impl CType {
    const ALL: [Self; 11] = [
        Self::Char,
        Self::SChar,
        Self::UChar,
        Self::Short,
        Self::UShort,
        Self::Int,
        Self::UInt,
        Self::Long,
        Self::ULong,
        Self::LongLong,
        Self::ULongLong,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Char => "c_char",
            Self::SChar => "c_schar",
            Self::UChar => "c_uchar",
            Self::Short => "c_short",
            Self::UShort => "c_ushort",
            Self::Int => "c_int",
            Self::UInt => "c_uint",
            Self::Long => "c_long",
            Self::ULong => "c_ulong",
            Self::LongLong => "c_longlong",
            Self::ULongLong => "c_ulonglong",
        }
    }

    /// The type values are evaluated in: the widest this type is on any target. `c_char`,
    /// signed on some targets and unsigned on others, is evaluated as `i8` and its values
    /// are kept to `0..=127`, the same on both.
    pub fn ty(self) -> Ty {
        match self {
            Self::Char | Self::SChar => Ty::I8,
            Self::UChar => Ty::U8,
            Self::Short => Ty::I16,
            Self::UShort => Ty::U16,
            Self::Int => Ty::I32,
            Self::UInt => Ty::U32,
            Self::Long | Self::LongLong => Ty::I64,
            Self::ULong | Self::ULongLong => Ty::U64,
        }
    }

    /// The enum's `#[repr]` on each target, as `core::ffi` defines the type: `(condition,
    /// type where it holds, type elsewhere)`, or one type everywhere.
    pub fn reprs(self) -> (Option<&'static str>, &'static str, &'static str) {
        const SIXTEEN_BIT: &str = r#"any(target_arch = "avr", target_arch = "msp430")"#;
        const LONG_IS_64: &str = r#"all(target_pointer_width = "64", not(windows))"#;
        match self {
            Self::Int => (Some(SIXTEEN_BIT), "i16", "i32"),
            Self::UInt => (Some(SIXTEEN_BIT), "u16", "u32"),
            Self::Long => (Some(LONG_IS_64), "i64", "i32"),
            Self::ULong => (Some(LONG_IS_64), "u64", "u32"),
            // Its values are 0..=127, the same bits signed or not; its size is one byte.
            Self::Char | Self::SChar => (None, "i8", "i8"),
            Self::UChar => (None, "u8", "u8"),
            Self::Short => (None, "i16", "i16"),
            Self::UShort => (None, "u16", "u16"),
            Self::LongLong => (None, "i64", "i64"),
            Self::ULongLong => (None, "u64", "u64"),
        }
    }
}

impl Repr {
    pub const NAMES: &'static str = "i8, i16, i32, i64, u8, u16, u32, u64, isize, usize, \
        c_char, c_schar, c_uchar, c_short, c_ushort, c_int, c_uint, c_long, c_ulong, \
        c_longlong, c_ulonglong";

    /// The type named `name`: a Rust integer type, `str`, or one of C's by its `core::ffi`
    /// name (also written as a path, `libc::c_int`, whose last segment is read).
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "i8" => Self::I8,
            "i16" => Self::I16,
            "i32" => Self::I32,
            "i64" => Self::I64,
            "u8" => Self::U8,
            "u16" => Self::U16,
            "u32" => Self::U32,
            "u64" => Self::U64,
            "isize" => Self::Isize,
            "usize" => Self::Usize,
            "str" => Self::Str,
            _ => {
                return CType::ALL
                    .into_iter()
                    .find(|c| c.name() == name)
                    .map(Self::C)
            }
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::C(c) => c.name(),
            Self::Str => "str",
            other => other.ty().map_or("str", Ty::name),
        }
    }

    /// The values the macro accepts: the evaluation type's range, but for `c_char`, whose
    /// values are kept to `0..=127`.
    pub fn range(self) -> Option<(i128, i128)> {
        match self {
            Self::C(CType::Char) => Some((0, 127)),
            other => other.ty().map(|ty| (ty.min(), ty.max())),
        }
    }

    /// The numbers that are values of this type on every target: where an entry without a
    /// value gets its discriminant.
    pub fn portable_range(self) -> Option<(i128, i128)> {
        let narrow = match self {
            Self::C(c) => Ty::from_name(c.reprs().1),
            Self::Isize => Some(Ty::I16),
            Self::Usize => Some(Ty::U16),
            other => other.ty(),
        }?;
        let (min, max) = self.range()?;
        Some((min.max(narrow.min()), max.min(narrow.max())))
    }

    pub fn is_str(self) -> bool {
        self == Self::Str
    }

    /// Whether the width depends on the target, so that the generated code checks each
    /// value there.
    pub fn depends_on_target(self) -> bool {
        matches!(self, Self::Isize | Self::Usize | Self::C(_))
    }

    /// The integer type values are evaluated in; `None` for a string table.
    pub fn ty(self) -> Option<Ty> {
        Some(match self {
            Self::I8 => Ty::I8,
            Self::I16 => Ty::I16,
            Self::I32 => Ty::I32,
            Self::I64 => Ty::I64,
            Self::U8 => Ty::U8,
            Self::U16 => Ty::U16,
            Self::U32 => Ty::U32,
            Self::U64 => Ty::U64,
            Self::Isize => Ty::Isize,
            Self::Usize => Ty::Usize,
            Self::C(c) => c.ty(),
            Self::Str => return None,
        })
    }
}
