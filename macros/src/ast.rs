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
    /// The languages of the descriptions; the first is the default. `en` when not declared.
    pub langs: Vec<Lang>,
    /// The path to the `codetable` crate from `#[codes(crate = ...)]`.
    pub krate: Option<Path>,
    /// `#[codes(serde = ...)]`, with the span of the form.
    pub serde: Option<(SerdeForm, Span)>,
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

/// A column of `#[columns(name: Type = default)]` on a table.
pub struct Column {
    pub ident: Ident,
    pub name: String,
    pub ty: syn::Type,
    /// The default value's tokens, when declared.
    pub default: Option<TokenStream>,
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
    /// without one has none.
    pub descriptions: Vec<String>,
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

/// The types a table's values may have: integers, or `str` for a string table.
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
    Str,
}

impl Repr {
    /// The integer types, as messages list them.
    pub const NAMES: &'static str = "i8, i16, i32, i64, u8, u16, u32, u64";

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
            "str" => Self::Str,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::I8 => "i8",
            Self::I16 => "i16",
            Self::I32 => "i32",
            Self::I64 => "i64",
            Self::U8 => "u8",
            Self::U16 => "u16",
            Self::U32 => "u32",
            Self::U64 => "u64",
            Self::Str => "str",
        }
    }

    /// The smallest and largest value of an integer type; `None` for `str`.
    pub fn range(self) -> Option<(i128, i128)> {
        Some(match self {
            Self::I8 => (i8::MIN.into(), i8::MAX.into()),
            Self::I16 => (i16::MIN.into(), i16::MAX.into()),
            Self::I32 => (i32::MIN.into(), i32::MAX.into()),
            Self::I64 => (i64::MIN.into(), i64::MAX.into()),
            Self::U8 => (0, u8::MAX.into()),
            Self::U16 => (0, u16::MAX.into()),
            Self::U32 => (0, u32::MAX.into()),
            Self::U64 => (0, u64::MAX.into()),
            Self::Str => return None,
        })
    }

    /// Whether the table's values are strings.
    pub fn is_str(self) -> bool {
        self == Self::Str
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
            Self::Str => return None,
        })
    }
}
