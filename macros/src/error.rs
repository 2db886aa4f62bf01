//! Every diagnostic of the macro, in one place: each names the problem and the fix, and
//! points at the offending tokens. Conflicts point at both sides.

use crate::ast::Lang;
use crate::eval::{self, Refused, Ty};
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::Error;

/// The mistakes found so far; all of them are reported together.
#[derive(Default)]
pub struct Errors {
    first: Option<Error>,
}

impl Errors {
    /// Pushes `error` if there is one (`None`: the mistake was reported already).
    pub fn push_some(&mut self, error: Option<Error>) {
        if let Some(error) = error {
            self.push(error);
        }
    }

    pub fn push(&mut self, error: Error) {
        match &mut self.first {
            Some(first) => first.combine(error),
            None => self.first = Some(error),
        }
    }

    /// Takes the mistakes found so far out, leaving none.
    pub fn take(&mut self) -> Option<Error> {
        self.first.take()
    }

    pub fn into_compile_errors(self) -> TokenStream {
        self.first.map(|e| e.to_compile_error()).unwrap_or_default()
    }
}

/// Whose message a mistake has: the macro's own, which names what is wrong in the table
/// and is reported as it is, or syn's, which speaks of tokens and which a caller may
/// replace by a message of its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Own,
    Syntax,
}

/// A mistake and its [`Kind`]. syn's errors convert to [`Kind::Syntax`], so that `?` on a
/// syn call keeps it apart from the messages of this module.
pub struct Mistake {
    pub kind: Kind,
    pub error: Error,
}

impl Mistake {
    /// A message of this module.
    pub fn own(error: Error) -> Self {
        Self {
            kind: Kind::Own,
            error,
        }
    }
}

impl From<Error> for Mistake {
    fn from(error: Error) -> Self {
        Self {
            kind: Kind::Syntax,
            error,
        }
    }
}

/// `error`, plus a second one at `first` that says where the other side is.
fn conflict(mut error: Error, first: Span, note: String) -> Error {
    error.combine(Error::new(first, note));
    error
}

pub fn duplicate_value(
    tokens: &TokenStream,
    name: &str,
    value: impl std::fmt::Display,
    first: Span,
    first_name: &str,
) -> Error {
    conflict(
        Error::new_spanned(
            tokens,
            format!(
                "duplicate value {value}: `{name}` has the value of `{first_name}`\n\
                 help: give `{name}` a value of its own, or, if it deliberately shares the \
                 value of `{first_name}`, make it an alias: `{name} = {first_name}` (or mark \
                 it `#[alias]`)"
            ),
        ),
        first,
        format!("note: `{first_name}` is declared with value {value} here"),
    )
}

pub fn duplicate_name(span: Span, name: &str, first: Span) -> Error {
    conflict(
        Error::new(
            span,
            format!("duplicate name `{name}`: every entry of a table needs a name of its own"),
        ),
        first,
        format!("note: `{name}` is first declared here"),
    )
}

pub fn duplicate_table(span: Span, name: &str, first: Span) -> Error {
    conflict(
        Error::new(
            span,
            format!("`{name}` is declared twice in this invocation: rename one of the enums"),
        ),
        first,
        format!("note: `{name}` is first declared here"),
    )
}

pub fn alias_without_original(
    alias: &TokenStream,
    name: &str,
    value: impl std::fmt::Display,
) -> Error {
    Error::new_spanned(
        alias,
        format!(
            "`#[alias]` on `{name}`, but no earlier entry has the value {value}\n\
             help: remove `#[alias]`; it marks an entry that deliberately shares the value \
             of an earlier one"
        ),
    )
}

pub fn alias_of_itself(target: &syn::Ident, name: &str) -> Error {
    Error::new(
        target.span(),
        format!(
            "`{name}` is an alias of itself\n\
             help: give `{name}` a value, such as `17`, or the name of an earlier entry to \
             declare an alias of it"
        ),
    )
}

pub fn where_clause(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "a table takes no `where` clause: its enum has no generic parameters\n\
         help: remove the `where` clause",
    )
}

pub fn alias_of_unknown(
    target: &syn::Ident,
    name: &str,
    target_name: &str,
    later: Option<Span>,
) -> Error {
    match later {
        Some(later) => conflict(
            Error::new(
                target.span(),
                format!(
                    "`{name}` is an alias of `{target_name}`, which is declared after it\n\
                     help: declare the alias after the entry it stands for"
                ),
            ),
            later,
            format!("note: `{target_name}` is declared here"),
        ),
        None => Error::new(
            target.span(),
            format!(
                "no entry of this table is named `{target_name}`\n\
                 help: a bare name declares an alias of an earlier entry; to mirror a constant \
                 from outside the table, write its value and check it with \
                 `#[equals({target_name})]`"
            ),
        ),
    }
}

pub fn names_differ_in_case(span: Span, name: &str, first: Span, first_name: &str) -> Error {
    conflict(
        Error::new(
            span,
            format!(
                "`{name}` and `{first_name}` differ only in case, so `from_name_ignore_ascii_case` \
                 could not tell them apart\n\
                 help: rename one of them"
            ),
        ),
        first,
        format!("note: `{first_name}` is declared here"),
    )
}

pub fn no_room(span: Span, ty: &str) -> Error {
    Error::new(
        span,
        format!(
            "no `{ty}` is left for this entry: every entry is a distinct `{ty}`, including \
             those declared without a value\n\
             help: declare the table with a wider type after `enum Name:`"
        ),
    )
}

pub fn alias_without_value(alias: &TokenStream, name: &str) -> Error {
    Error::new_spanned(
        alias,
        format!(
            "`#[alias]` on `{name}`, which has no value\n\
             help: give `{name}` the value it shares (`{name} = 1 => ...`), or remove `#[alias]`"
        ),
    )
}

pub fn huge_value(tokens: &TokenStream) -> Error {
    Error::new_spanned(
        tokens,
        "value too large: values must fit the table's type (at most 64 bits)",
    )
}

pub fn suffix_mismatch(span: Span, suffix: &str, ty: &str) -> Error {
    Error::new(
        span,
        format!(
            "the suffix `{suffix}` does not match the table's type `{ty}`\n\
             help: remove the suffix, write `{ty}`, or convert the value with `as {ty}` \
             (which keeps its bits, as in `0x8000_4005_u32 as i32`)"
        ),
    )
}

pub fn not_an_integer(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "expected an integer literal as the value, such as `17`, `-2` or `0x1F`\n\
         help: define_codes! needs the number written out; constants and expressions are \
         not evaluated",
    )
}

pub fn string_value(tokens: &TokenStream, ty: &str) -> Error {
    Error::new_spanned(
        tokens,
        format!(
            "expected an integer value of type `{ty}`, found a string\n\
             help: this table's values are `{ty}` integers; write the number, such as `17`"
        ),
    )
}

pub fn not_an_integer_of(tokens: &TokenStream, ty: &str) -> Error {
    Error::new_spanned(
        tokens,
        format!(
            "expected an integer value of type `{ty}`\n\
             help: this table's values are `{ty}` integers, such as `17`, `-2` or `0x1F`"
        ),
    )
}

pub fn letters_in_integer(tokens: &TokenStream) -> Error {
    Error::new_spanned(
        tokens,
        "not an integer: a value of this table is a number, and this one has letters in it\n\
         help: a code such as SQLSTATE's `42P01` is a string code, which an integer table \
         cannot hold; check the value, or keep such codes in a table of their own",
    )
}

pub fn leading_zero(tokens: &TokenStream, digits: &str) -> Error {
    Error::new_spanned(
        tokens,
        format!(
            "a decimal value cannot start with `0`: C reads such a number as octal, Rust as \
             decimal ({digits})\n\
             help: drop the leading zeros for decimal, or write `0o...` for octal"
        ),
    )
}

pub fn missing_value_after_eq(span: Span) -> Error {
    Error::new(
        span,
        "expected a value after `=`\nhelp: write `NAME = 17 => \"...\"`, or drop the `=` for \
         an entry without a value",
    )
}

pub fn missing_arrow(span: Span) -> Error {
    Error::new(
        span,
        "expected `=>` and a description\nhelp: write `NAME = value => \"description\"`, or \
         let the table's entries go without one: `#[codes(optional_descriptions)]`",
    )
}

pub fn missing_description(span: Span) -> Error {
    Error::new(
        span,
        "expected a description after `=>`\nhelp: write a string literal, \
         `NAME = value => \"what the code means\"`",
    )
}

/// `en: "...", zh: "..."`: the form of a table's descriptions, for a message to show.
fn descriptions_example(langs: &[Lang]) -> String {
    langs
        .iter()
        .map(|l| format!("{}: \"...\"", l.name))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn not_a_description(tokens: impl ToTokens, langs: &[Lang]) -> Error {
    let langs = descriptions_example(langs);
    Error::new_spanned(
        tokens,
        format!(
            "expected a description: a string literal, or `{{ {langs} }}` with one string per \
             language"
        ),
    )
}

pub fn empty_description(span: Span, lang: Option<&str>) -> Error {
    let which = lang.map_or(String::new(), |lang| format!(" `{lang}`"));
    Error::new(
        span,
        format!(
            "the{which} description is empty or only whitespace\nhelp: say what the code means"
        ),
    )
}

pub fn plain_description_needs_langs(span: Span, langs: &[Lang]) -> Error {
    let langs = descriptions_example(langs);
    Error::new(
        span,
        format!(
            "this table declares several languages; give the description in each\n\
             help: write `{{ {langs} }}`"
        ),
    )
}

pub fn unknown_lang(span: Span, lang: &str, langs: &[Lang]) -> Error {
    let langs = langs
        .iter()
        .map(|l| format!("`{}`", l.name))
        .collect::<Vec<_>>()
        .join(", ");
    Error::new(
        span,
        format!(
            "`{lang}` is not a language of this table (it has {langs})\n\
             help: remove it, or add it to `#[langs(...)]` on the enum"
        ),
    )
}

pub fn repeated_lang(span: Span, lang: &str, first: Span) -> Error {
    conflict(
        Error::new(
            span,
            format!("the `{lang}` description is given twice: keep one"),
        ),
        first,
        format!("note: the `{lang}` description is first given here"),
    )
}

pub fn missing_lang(span: Span, lang: &str) -> Error {
    Error::new(
        span,
        format!("missing the `{lang}` description\nhelp: add `{lang}: \"...\"`"),
    )
}

pub fn trailing_tokens(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "unexpected tokens after the description\nhelp: separate entries with `,`",
    )
}

pub fn keyword_name(span: Span, name: &str) -> Error {
    Error::new(
        span,
        format!("`{name}` is a Rust keyword and cannot name a variant\nhelp: write `r#{name}`"),
    )
}

pub fn reserved_name(span: Span, name: &str) -> Error {
    Error::new(
        span,
        format!(
            "`{name}` is reserved: the generated enum has an associated item of that name\n\
             help: rename the entry"
        ),
    )
}

pub fn empty_table(span: Span, name: &str) -> Error {
    Error::new(
        span,
        format!(
            "`{name}` has no entries: a code table needs at least one\n\
             help: add `NAME = value => \"description\",`"
        ),
    )
}

pub fn unsupported_type(tokens: impl ToTokens, names: &str) -> Error {
    Error::new_spanned(
        tokens,
        format!(
            "unsupported value type: a table's values are integers of one of the types \
             {names}, or strings (`str`)"
        ),
    )
}

pub fn missing_type(span: Span, name: &str) -> Error {
    Error::new(
        span,
        format!(
            "missing the value type\nhelp: write `enum {name}: i32 {{ ... }}` (or another of \
             i8..i64, u8..u64, or `str` for string codes)"
        ),
    )
}

pub fn generics(span: Span) -> Error {
    Error::new(span, "a code table cannot have generic parameters")
}

pub fn expected_enum(span: Span) -> Error {
    Error::new(
        span,
        "expected `enum`: define_codes! declares enums, such as \
         `pub enum Name: i32 { NAME = 1 => \"description\", }`",
    )
}

pub fn expected_body(span: Span) -> Error {
    Error::new(
        span,
        "expected the entries in braces: `{ NAME = 1 => \"description\", }`",
    )
}

pub fn unknown_entry_attr(tokens: impl ToTokens, name: &str) -> Error {
    Error::new_spanned(
        tokens,
        format!(
            "unknown attribute `{name}` on an entry\nhelp: entries take doc comments, \
             `#[deprecated]`, `#[alias]`, `#[columns(...)]`, `#[since = \"...\"]` and \
             `#[retired]`; other attributes, such as a derive's `#[serde(rename = \"...\")]`, \
             pass through to the variant only when the table has a `#[derive(...)]` or \
             `#[cfg_attr(...)]` that passes through to the enum"
        ),
    )
}

pub fn cfg_on_entry(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "`#[cfg]` on an entry is not supported: every entry is part of the table\n\
         help: declare the table twice under `#[cfg]`, or remove the entry",
    )
}

pub fn unknown_table_attr(tokens: impl ToTokens, name: &str) -> Error {
    let hint = match name {
        "lang" | "language" | "languages" => "\nhelp: did you mean `#[langs(...)]`?",
        "code" | "codetable" => "\nhelp: did you mean `#[codes(crate = ...)]`?",
        "column" | "cols" | "fields" => "\nhelp: did you mean `#[columns(name: Type)]`?",
        _ => "",
    };
    let own: String = crate::names::TABLE_OPTIONS
        .iter()
        .map(|option| format!("`#[{option}(...)]`, "))
        .collect();
    Error::new_spanned(
        tokens,
        format!(
            "unknown attribute `{name}` on a table\n\
             help: tables take doc comments, lint levels, `#[deprecated]`, \
             `#[non_exhaustive]`, `#[must_use]`, {own}\
             `#[derive(...)]` and `#[cfg_attr(...)]`; other attributes, such as a derive's \
             `#[serde(...)]`, pass through to the enum only when the table has a \
             `#[derive(...)]` or `#[cfg_attr(...)]` that passes through to it{hint}"
        ),
    )
}

pub fn derive_implemented(path: &syn::Path, name: &str) -> Error {
    Error::new_spanned(
        path,
        format!(
            "define_codes! already implements `{name}` for the enum\n\
             help: remove `{name}` from the derive; the enum has Clone, Copy, PartialEq, Eq, \
             Hash, PartialOrd, Ord, Debug, Display, FromStr, TryFrom and Error, and derives of \
             other traits (such as `serde::Serialize`) pass through to it"
        ),
    )
}

pub fn derive_default(path: &syn::Path) -> Error {
    Error::new_spanned(
        path,
        "a code table has no default code, so it cannot derive `Default`\n\
         help: remove `Default`, and name the code meant where a default is needed",
    )
}

pub fn malformed_derive(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "malformed `#[derive]`: expected a list of paths, such as `#[derive(serde::Serialize)]`",
    )
}

pub fn cfg_on_table(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "`#[cfg]` on a table is not supported: it would remove the enum but not the code \
         generated for it\n\
         help: put the `#[cfg(...)]` on the `define_codes!` invocation, or declare the table \
         in its own invocation under it",
    )
}

pub fn conditional_attr(tokens: impl ToTokens, name: &str) -> Error {
    Error::new_spanned(
        tokens,
        format!(
            "`{name}` cannot be conditional: define_codes! reads it itself, before any \
             `cfg_attr` is settled\n\
             help: move `{name}` out of the `cfg_attr`"
        ),
    )
}

pub fn attr_on_alias(tokens: impl ToTokens, name: &str, alias: &str) -> Error {
    Error::new_spanned(
        tokens,
        format!(
            "`#[{name}]` on `{alias}`, an alias: an alias is an associated constant, not a \
             variant, so attributes for the enum's derives cannot apply to it\n\
             help: remove it; a derive sees only the entry the alias stands for, and treats \
             the alias as that entry"
        ),
    )
}

pub fn repr_on_table(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "define_codes! chooses the enum's representation; the codes' type goes after the \
         name: `enum Name: i32 { ... }`\nhelp: remove `#[repr(...)]`",
    )
}

pub fn repeated_attr(tokens: impl ToTokens, name: &str) -> Error {
    Error::new_spanned(tokens, format!("`#[{name}]` is given twice: keep one"))
}

pub fn malformed_langs(attr: impl ToTokens) -> Error {
    Error::new_spanned(
        attr,
        "malformed `#[langs]`: expected a list of languages, such as `#[langs(en, zh)]`",
    )
}

pub fn empty_lang(span: Span) -> Error {
    Error::new(span, "a language cannot be empty")
}

pub fn repeated_lang_decl(span: Span, lang: &str, first: Span) -> Error {
    conflict(
        Error::new(
            span,
            format!("the language `{lang}` is declared twice: keep one"),
        ),
        first,
        format!("note: `{lang}` is first declared here"),
    )
}

pub fn malformed_codes(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "malformed `#[codes]`: expected options separated by commas, such as \
         `#[codes(serde = name, hex)]`\nhelp: the options are `serde = value` or \
         `serde = name`, `hex`, `check = negated`, `check = negative` or `check = nonzero`, \
         `len = N`, `max_len = N` and `chars = \"0-9A-Z\"` (string tables), \
         `optional_descriptions`, `url = \"https://...{anchor}\"` and `display_url`, and \
         `crate = path::to::codetable`",
    )
}

pub fn malformed_len(tokens: impl ToTokens, key: &str) -> Error {
    Error::new_spanned(
        tokens,
        format!("malformed `#[codes({key} = ...)]`: expected a length in bytes of at least 1, such as `{key} = 5`"),
    )
}

pub fn malformed_chars(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "malformed `#[codes(chars = \"...\")]`: expected the characters a value may have, \
         as single characters and ranges, such as `chars = \"0-9A-Z\"`",
    )
}

pub fn shape_on_integer_table(span: Span, ty: &str) -> Error {
    Error::new(
        span,
        format!(
            "`len`, `max_len` and `chars` describe string values, and this table's values are \
             `{ty}`\nhelp: remove the option, or declare the table `enum Name: str`"
        ),
    )
}

pub fn empty_string_value(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "a value cannot be empty\nhelp: write the code, such as `\"23505\"`",
    )
}

/// The lengths `#[codes(len = ..., max_len = ...)]` allows.
pub enum Len {
    Exactly(usize),
    AtMost(usize),
}

pub fn wrong_len(tokens: impl ToTokens, value: &str, len: usize, allowed: Len) -> Error {
    let expected = match allowed {
        Len::Exactly(n) => format!("exactly {n}"),
        Len::AtMost(n) => format!("at most {n}"),
    };
    Error::new_spanned(
        tokens,
        format!(
            "`{value}` has {len} bytes, and this table's values have {expected} \
             (`#[codes]` on the table)\nhelp: check the value, or the table's `len`/`max_len`"
        ),
    )
}

pub fn wrong_char(tokens: impl ToTokens, value: &str, c: char, chars: &str) -> Error {
    Error::new_spanned(
        tokens,
        format!(
            "`{value}` has `{c}`, which is not one of this table's characters `{chars}` \
             (`#[codes(chars = ...)]`)\nhelp: check the value, or the table's `chars`"
        ),
    )
}

pub fn integer_in_string_table(tokens: &TokenStream) -> Error {
    let text = tokens.to_string().replace(' ', "");
    Error::new_spanned(
        tokens,
        format!(
            "expected a string value: this table's values are strings (`enum Name: str`)\n\
             help: write the code as a string literal, `\"{}\"`",
            text.trim_matches('"')
        ),
    )
}

pub fn repeated_codes_option(tokens: impl ToTokens, key: &str) -> Error {
    Error::new_spanned(
        tokens,
        format!("`{key}` is given twice in `#[codes]`: keep one"),
    )
}

pub fn hex_with_value(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "`hex` takes no value: write `#[codes(hex)]` for a table whose values print in hex, \
         or leave it out for decimal",
    )
}

pub fn hex_on_string_table(span: Span) -> Error {
    Error::new(
        span,
        "`hex` writes integer values in hex, and this table's values are strings\n\
         help: remove `hex`, or declare the table with an integer type, such as \
         `enum Name: i32`",
    )
}

pub fn malformed_serde_form(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "malformed `#[codes(serde = ...)]`: expected `value` (the default: the codes cross \
         serde as their values) or `name`",
    )
}

pub fn serde_by_value_without_values(span: Span, entry: Span, name: &str) -> Error {
    conflict(
        Error::new(
            span,
            "`serde = value` needs a value for every entry, and this table has entries \
             without one\n\
             help: write `serde = name` (the default for such a table), or give every entry \
             a value",
        ),
        entry,
        format!("note: `{name}` has no value"),
    )
}

pub fn malformed_check_form(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "malformed `#[codes(check = ...)]`: expected `negated` (a negative return value is the \
         code negated, as `-EINVAL`), `negative` (a negative return value is the code) or \
         `nonzero` (zero is success, anything else is the code)",
    )
}

pub fn check_on_string_table(span: Span) -> Error {
    Error::new(
        span,
        "`check` reads a C function's integer return value, and this is a string table\n\
         help: remove the option, or declare the table with the function's integer type",
    )
}

pub fn check_on_unsigned_table(span: Span, form: &str, ty: &str) -> Error {
    Error::new(
        span,
        format!(
            "`check = {form}` reads a negative return value as a failure, and this table's \
             values are `{ty}`, which is never negative\n\
             help: write `check = nonzero`, or declare the table with the function's signed \
             type"
        ),
    )
}

pub fn check_entry_clash(span: Span, option: Span) -> Error {
    conflict(
        Error::new(
            span,
            "an entry named `check` clashes with the method `check` that \
             `#[codes(check = ...)]` generates\n\
             help: rename the entry, or remove the option",
        ),
        option,
        "note: the option is here".to_owned(),
    )
}

pub fn malformed_alias(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "`#[alias]` takes no arguments\n\
         help: write `#[alias]` on an entry that shares the value of an earlier one, or name \
         the earlier entry as the value: `NAME = EARLIER_NAME`",
    )
}

pub fn malformed_doc(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "expected a doc comment or `#[doc = \"...\"]` with a string literal",
    )
}

pub fn missing_name(span: Span) -> Error {
    Error::new(
        span,
        "expected the entry's name\nhelp: write `NAME = value => \"description\"`",
    )
}

pub fn malformed_columns_attr(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "malformed `#[columns]`: expected a list, such as \
         `#[columns(http: u16, retryable: bool = false)]` on the table and \
         `#[columns(http = 503)]` on an entry",
    )
}

pub fn malformed_columns_decl(span: Span) -> Error {
    Error::new(
        span,
        "malformed column: expected `name: Type` or `name: Type = default`, such as \
         `retryable: bool = false`",
    )
}

pub fn malformed_derived_column(span: Span) -> Error {
    Error::new(
        span,
        "malformed derived column: expected `derive(function)` or \
         `derive(function, overridable)`, naming a `const fn` that takes the entry's value, \
         such as `primary: i32 = derive(primary_of)`",
    )
}

pub fn derived_without_value(span: Span, entry: &str, column: &str) -> Error {
    Error::new(
        span,
        format!(
            "`{entry}` has no value, so its column `{column}` cannot be derived from it\n\
             help: give it one: `#[columns({column} = ...)]` on `{entry}`"
        ),
    )
}

/// The two halves of the message of a derived column's declared value that differs from
/// the function's, around the computed value's text (which only the compiler knows); the
/// second part alone when the value cannot be shown in a constant.
pub fn derived_mismatch(
    entry: &str,
    column: &str,
    declared: &str,
    call: &str,
    function: &str,
    shown: bool,
) -> (String, String) {
    let head = format!(
        "`{entry}` declares its column `{column}` as `{declared}`, but it is derived: \
         `{call}` is "
    );
    let tail = format!(
        "\nhelp: remove `{column} = ...` from `{entry}` (the table computes it), or let \
         entries override it: `{column}: ... = derive({function}, overridable)`"
    );
    if shown {
        (head, tail)
    } else {
        (String::new(), format!("{head}another value{tail}"))
    }
}

pub fn malformed_columns_value(span: Span) -> Error {
    Error::new(
        span,
        "malformed column value: expected `name = value`, such as `http = 503`",
    )
}

pub fn repeated_column_decl(span: Span, name: &str, first: Span) -> Error {
    conflict(
        Error::new(
            span,
            format!("the column `{name}` is declared twice: keep one"),
        ),
        first,
        format!("note: `{name}` is first declared here"),
    )
}

pub fn repeated_column_value(span: Span, name: &str, first: Span) -> Error {
    conflict(
        Error::new(
            span,
            format!("the column `{name}` is given twice: keep one"),
        ),
        first,
        format!("note: `{name}` is first given here"),
    )
}

pub fn unknown_column(span: Span, name: &str, columns: &[&str]) -> Error {
    let suggestion = did_you_mean(name, columns)
        .map(|close| format!("did you mean `{close}`? "))
        .unwrap_or_default();
    let help = if columns.is_empty() {
        "help: this table declares no columns; declare them on the table, such as \
         `#[columns(http: u16)]`"
            .to_owned()
    } else {
        let list = columns
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(", ");
        format!("help: {suggestion}the table's columns are {list}")
    };
    Error::new(span, format!("this table has no column `{name}`\n{help}"))
}

/// The closest of `candidates` to `name`, if close enough to be a likely typo.
fn did_you_mean<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let lower = name.to_ascii_lowercase();
    candidates
        .iter()
        .map(|c| (edit_distance(&lower, &c.to_ascii_lowercase()), *c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance, over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

pub fn missing_column(span: Span, entry: &str, column: &str) -> Error {
    Error::new(
        span,
        format!(
            "`{entry}` has no value for the column `{column}`, which has no default\n\
             help: add `#[columns({column} = ...)]` to `{entry}`, or give the column a default \
             on the table: `{column}: Type = ...`"
        ),
    )
}

pub fn columns_on_alias(span: Span, alias: &str) -> Error {
    Error::new(
        span,
        format!(
            "`{alias}` is an alias: it has the columns of the code it stands for\n\
             help: remove `#[columns(...)]` from `{alias}`"
        ),
    )
}

pub fn column_reserved(span: Span, name: &str) -> Error {
    column_name_clash(
        span,
        name,
        &format!("the generated method or constant `{name}`"),
    )
}

pub fn column_keyword(span: Span, name: &str) -> Error {
    column_name_clash(
        span,
        name,
        &format!("the keyword `{name}` (write `r#{name}`)"),
    )
}

pub fn column_entry(span: Span, name: &str) -> Error {
    column_name_clash(span, name, &format!("the entry `{name}`"))
}

fn column_name_clash(span: Span, name: &str, what: &str) -> Error {
    Error::new(
        span,
        format!(
            "a column named `{name}` would clash with {what}: each column becomes a method \
             of the enum\nhelp: rename the column"
        ),
    )
}

/// The mistake in a value expression (`eval.rs`), on the sub-expression it is about; `None`
/// when the mistake is another entry's, reported there. `tokens` is the whole value.
pub fn expression(problem: &eval::Problem, ty: Ty, tokens: &TokenStream) -> Option<Error> {
    let at = &problem.at;
    let t = ty.name();
    let text = crate::syntax::expression_text(at.clone());
    let message = match &*problem.kind {
        eval::Kind::Missing => "expected a value or an operand here\nhelp: a value is an integer \
            constant expression, such as `17`, `BASE | (1 << 8)` or `0x8000_4005_u32 as i32`"
            .to_owned(),
        eval::Kind::Unsupported => format!(
            "`{text}` is not part of an integer constant expression\nhelp: a value may use \
             integer literals, the names of earlier entries, `{t}::MIN` and `{t}::MAX`, \
             parentheses, unary `-` and `!`, binary `* / % + - << >> & ^ |` and `as` casts \
             between integer types"
        ),
        eval::Kind::Path => format!(
            "define_codes! cannot read the constant `{text}`\nhelp: write the value itself, as \
             the header does, and check it against the constant with `#[equals({text})]` on \
             the entry"
        ),
        eval::Kind::BadSuffix => return Some(letters_in_integer(at)),
        eval::Kind::LeadingZero { digits } => return Some(leading_zero(at, digits)),
        eval::Kind::Huge => return Some(huge_value(at)),
        eval::Kind::LiteralRange {
            ty,
            value,
            wraps_to,
            fits,
        } => return Some(literal_out_of_range(at, *value, *ty, *wraps_to, *fits)),
        eval::Kind::Name { name, why } => name_message(name, why)?,
        eval::Kind::Mismatch { expected, found } => format!(
            "mismatched types: expected `{}`, found `{}`\nhelp: {}",
            expected.name(),
            found.name(),
            if *expected == ty && at.to_string() == tokens.to_string() {
                format!(
                    "this table's values are `{t}`: convert with `as {t}` (which wraps, as in \
                     `0x8000_4005_u32 as i32`), or drop the suffix"
                )
            } else {
                format!(
                    "both operands need one type: convert with `as {}`",
                    expected.name()
                )
            },
        ),
        eval::Kind::NegUnsigned { ty } => format!(
            "cannot negate a value of the unsigned type `{}`\nhelp: compute a value in range \
             of `{}`, or negate a signed value and convert it with `as`",
            ty.name(),
            ty.name()
        ),
        eval::Kind::Overflow {
            op,
            ty,
            lhs,
            rhs,
            result,
        } => overflow_message(&text, op, *ty, *lhs, *rhs, *result),
        eval::Kind::DivZero { op } => format!(
            "`{text}` divides by zero\nhelp: the right-hand side of `{op}` must not be zero"
        ),
        eval::Kind::Shift { ty, by } => format!(
            "`{text}` shifts by {by}, outside 0..{} for `{}`\nhelp: shift by less than the \
             width of the type, or shift a wider type and convert the result with `as`",
            ty.bits(),
            ty.name()
        ),
        eval::Kind::CastTarget => format!(
            "`{text}` is not an integer type\nhelp: cast to an integer type, such as `as {t}`"
        ),
    };
    Some(Error::new_spanned(at, message))
}

/// Why a value cannot read `name`; `None` when that is reported elsewhere.
fn name_message(name: &str, why: &Refused) -> Option<String> {
    Some(match why {
        Refused::Reported => return None,
        Refused::Unknown => format!(
            "no entry of this table is named `{name}`\nhelp: a value may name the entries and \
             aliases declared before it"
        ),
        Refused::Later => later_message(name),
        Refused::Itself => format!("the value of `{name}` cannot use `{name}` itself"),
        Refused::NoValue => format!(
            "`{name}` has no value to compute with\nhelp: give `{name}` a value, or compute \
             this one without it"
        ),
    })
}

/// An operation whose result is out of its type's range.
fn overflow_message(
    text: &str,
    op: &str,
    ty: Ty,
    lhs: i128,
    rhs: i128,
    result: Option<i128>,
) -> String {
    let shown = match (op, result) {
        ("-", Some(result)) if lhs == 0 && !text.contains(" - ") => format!("-({rhs}) = {result}"),
        (_, Some(result)) => format!("{lhs} {op} {rhs} = {result}"),
        (_, None) => format!("{lhs} {op} {rhs}"),
    };
    format!(
        "`{text}` overflows `{}`: {shown}, outside {}..={}\nhelp: compute in a wider type and \
         convert the result with `as {}` if it is meant to wrap",
        ty.name(),
        ty.min(),
        ty.max(),
        ty.name()
    )
}

/// A literal that does not fit its type (`0x80070005` in an `i32` table), with the cast that
/// gives the value rustc would wrap it to when the literal fits the unsigned type of the
/// same width (as rustc's `overflowing_literals` suggests), else the type's range.
pub fn literal_out_of_range(
    tokens: &TokenStream,
    value: i128,
    ty: Ty,
    wraps_to: i128,
    fits: Option<Ty>,
) -> Error {
    let t = ty.name();
    let written = tokens.to_string();
    // A hex, octal or binary literal writes bits; the cast keeps them.
    let bits = written.starts_with("0x") || written.starts_with("0o") || written.starts_with("0b");
    let help = match fits.filter(|_| bits) {
        Some(unsigned) => {
            let digits = written.trim_end_matches(t).trim_end_matches('_');
            format!(
                "as `{t}`, the bits of {value} are {wraps_to}: write `{digits}_{} as {t}` for \
                 that value, or declare the table with a wider type after `enum Name:`",
                unsigned.name()
            )
        }
        None => {
            "change the value, or declare the table with a wider type after `enum Name:`".to_owned()
        }
    };
    Error::new_spanned(
        tokens,
        format!(
            "value {value} is out of range for `{t}` ({}..={})\nhelp: {help}",
            ty.min(),
            ty.max()
        ),
    )
}

/// A value that names an entry declared after it.
pub fn name_declared_later(at: &TokenStream, name: &str, later: Span) -> Error {
    conflict(
        Error::new_spanned(at, later_message(name)),
        later,
        format!("note: `{name}` is declared here"),
    )
}

fn later_message(name: &str) -> String {
    format!(
        "`{name}` is declared after this entry\nhelp: a value may name only the entries \
         declared before it; move `{name}` up"
    )
}

/// An entry without a value in a table whose other entries have one.
pub fn value_forgotten(span: Span, name: &str, first_with: &str) -> Error {
    Error::new(
        span,
        format!(
            "`{name}` has no value, but other entries of this table have one (`{first_with}` \
             does)\nhelp: write its value, `{name} = 17 => \"...\"`, or `{name} = _ => \"...\"` \
             if it has none"
        ),
    )
}

pub fn malformed_equals_rule(attr: &syn::Attribute) -> Error {
    Error::new_spanned(
        attr,
        "expected `#[equals(module::PREFIX_*)]` on a table\nhelp: each entry `NAME` must \
         equal the constant `module::PREFIX_NAME`; write `#[equals(module::*)]` when the \
         constants have the entries' names",
    )
}

pub fn malformed_equals(attr: &syn::Attribute) -> Error {
    Error::new_spanned(
        attr,
        "expected `#[equals(path::TO_CONSTANT)]` on an entry\nhelp: name the constant the \
         entry's value must equal, or write `#[equals(_)]` to leave the entry out of the \
         table's `#[equals(...)]`",
    )
}

pub fn equals_without_value(span: Span, name: &str) -> Error {
    Error::new(
        span,
        format!(
            "`{name}` has no value to compare with a constant\nhelp: give `{name}` its value, \
             or remove `#[equals(...)]`"
        ),
    )
}

pub fn equals_on_string_table(span: Span) -> Error {
    Error::new(
        span,
        "`#[equals(...)]` compares integer values, and this is a string table\nhelp: remove \
         it; a string constant cannot be compared at compile time",
    )
}

/// A value outside the range a C type has on every target (`c_char`'s `0..=127`).
pub fn c_char_range(tokens: &TokenStream, value: i128, ty: &str, min: i128, max: i128) -> Error {
    Error::new_spanned(
        tokens,
        format!(
            "value {value} is out of range for `{ty}` on some targets ({min}..={max} on all)\n\
             help: `{ty}` is signed on some targets and unsigned on others; declare the table \
             `c_schar` or `c_uchar` for values outside {min}..={max}"
        ),
    )
}

pub fn malformed_reserved(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "malformed `#[reserved]` item: expected a value (`7`, `-1`, `0x8007_u32 as i32`), a \
         range (`9..=11`, `20..30`), a string table's value (`\"42P99\"`) or a name (`OLD_NAME`)\n\
         help: write `#[reserved(7, 9..=11, OLD_NAME)]`",
    )
}

pub fn empty_reserved_range(tokens: impl ToTokens, text: &str) -> Error {
    Error::new_spanned(
        tokens,
        format!(
            "the reserved range `{text}` holds no value\n\
             help: write the lower bound first, as in `9..=11`"
        ),
    )
}

pub fn reserved_range_in_string_table(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "a string table reserves string values, such as `\"42P99\"`, not numbers\n\
         help: write the reserved value as a string literal",
    )
}

pub fn string_reserved_in_integer_table(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "an integer table reserves numbers and ranges, not strings\n\
         help: write the value as an integer (`7`) or a range (`9..=11`); reserve a name \
         without quotes (`OLD_NAME`)",
    )
}

pub fn reserved_value_taken(
    tokens: &TokenStream,
    name: &str,
    value: impl std::fmt::Display,
    reservation: &crate::ast::ReservedValue,
) -> Error {
    let text = &reservation.text;
    let (by, here) = match &reservation.origin {
        Some(at) => (format!("the row at {at}"), format!(" ({at})")),
        None => (format!("`#[reserved({text})]`"), String::new()),
    };
    let mut error = Error::new_spanned(
        tokens,
        format!(
            "value {value} of `{name}` is reserved by {by}: an earlier release \
             used it, and stored or sent data may still carry it with its old meaning\n\
             help: give `{name}` a value that is not reserved"
        ),
    );
    error.combine(Error::new_spanned(
        &reservation.tokens,
        format!("note: `{text}` is reserved here{here}"),
    ));
    error
}

pub fn reserved_name_taken(ident: &proc_macro2::Ident, name: &str, reservation: Span) -> Error {
    conflict(
        Error::new(
            ident.span(),
            format!(
                "the name `{name}` is reserved by `#[reserved]`: an earlier release used it, and \
                 stored or sent data may still carry it with its old meaning\n\
                 help: give the entry another name"
            ),
        ),
        reservation,
        format!("note: `{name}` is reserved here"),
    )
}

pub fn retired_value_taken(
    tokens: &TokenStream,
    name: &str,
    value: impl std::fmt::Display,
    retired: Span,
    retired_name: &str,
) -> Error {
    conflict(
        Error::new_spanned(
            tokens,
            format!(
                "value {value} of `{name}` belongs to `{retired_name}`, which is retired: a \
                 retired code keeps its value so that stored data still reads back with its \
                 old meaning, and the value is never used again\n\
                 help: give `{name}` a new value"
            ),
        ),
        retired,
        format!("note: `{retired_name}` is retired here"),
    )
}

pub fn malformed_since(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "malformed `#[since]`: expected the version the code was added in, as \
         `#[since = \"1.4\"]`",
    )
}

pub fn malformed_retired(span: Span) -> Error {
    Error::new(
        span,
        "malformed `#[retired]`: expected `#[retired]` or \
         `#[retired(until = \"2.0\", replacement = NEW_NAME)]`, each option at most once",
    )
}

pub fn unknown_replacement(ident: &proc_macro2::Ident, name: &str) -> Error {
    Error::new(
        ident.span(),
        format!(
            "the replacement `{name}` is not a code of this table\n\
             help: name an entry of the table that is not retired"
        ),
    )
}

pub fn retired_replacement(ident: &proc_macro2::Ident, name: &str, retired: Span) -> Error {
    conflict(
        Error::new(
            ident.span(),
            format!(
                "the replacement `{name}` is itself retired\n\
                 help: name the code that replaces both, one that is not retired"
            ),
        ),
        retired,
        format!("note: `{name}` is retired here"),
    )
}

pub fn history_on_alias(span: Span, attr: &str, name: &str) -> Error {
    Error::new(
        span,
        format!(
            "`#[{attr}]` on the alias `{name}`: an alias is another name of a code, and \
             only codes carry `#[since]` and `#[retired]`\n\
             help: put it on the code the alias stands for, or mark an old name \
             `#[deprecated]`"
        ),
    )
}

/// `error` with each of its messages about a row of a data file: the row's place in front
/// of the messages of the row (`codes.csv:14:9: duplicate value ...`), and the place of an
/// entry that a note names (`note: `A` is declared ... here`) after the note, through
/// `note_at`, for the other side of a conflict.
pub fn located(error: Error, at: Option<&str>, note_at: &dyn Fn(&str) -> Option<String>) -> Error {
    let mut out: Option<Error> = None;
    for part in error {
        let text = part.to_string();
        let text = match text.strip_prefix("note: `") {
            Some(rest) => {
                let name = rest.split('`').next().unwrap_or_default();
                match note_at(name) {
                    Some(place) => format!("{text} ({place})"),
                    None => text,
                }
            }
            None => match at {
                Some(at) => format!("{at}: {text}"),
                None => text,
            },
        };
        let part = Error::new(part.span(), text);
        match &mut out {
            Some(out) => out.combine(part),
            None => out = Some(part),
        }
    }
    out.unwrap_or_else(|| Error::new(Span::call_site(), "no message"))
}

pub fn malformed_file_attr(attr: &syn::Attribute) -> Error {
    Error::new_spanned(
        attr,
        "malformed `#[file(...)]`\nhelp: write `#[file(\"codes.csv\")]`, with the path relative \
         to the crate's Cargo.toml, and optionally the header of each column: \
         `#[file(\"codes.csv\", name = \"Name\", value = \"Code\", description = \"Meaning\")]`",
    )
}

pub fn file_option(option: &impl ToTokens) -> Error {
    Error::new_spanned(
        option,
        "unknown or malformed option of `#[file(...)]`\nhelp: the options are `format = csv`, \
         `format = tsv` or `format = errcodes` (PostgreSQL's errcodes.txt), \
         `name_prefix = \"PREFIX_\"` (what each name loses in front), `name`, `value`, \
         `description`, `details`, `deprecated` and `alias_of` (each `= \"Header\"`), \
         `name = upper_snake(\"Header\")` or `upper_camel(\"Header\")` (names made of another \
         column's text), `descriptions(lang = \"Header\", ...)` for the table's languages, \
         `columns(column = \"Header\", ...)` for its columns, and `skip(role = \"text\", ...)` \
         and `reserved(role = \"text\", ...)` (the rows whose cell of that role or column is \
         the text are left out, or their value reserved)",
    )
}

pub fn file_rule_without_column(rule: &TokenStream) -> Error {
    Error::new_spanned(
        rule,
        "this rule reads a column the file does not have\nhelp: name a role or column whose \
         header the file has, or declare its header in `#[file(...)]`",
    )
}

pub fn file_unreadable(span: Span, path: &str, why: &str) -> Error {
    Error::new(
        span,
        format!(
            "cannot read `{path}`: {why}\nhelp: the path is relative to the directory of the \
             crate's Cargo.toml, and the file must be UTF-8"
        ),
    )
}

pub fn file_malformed(span: Span, at: &str, what: &str) -> Error {
    Error::new(span, format!("{at}: malformed file: {what}"))
}

pub fn file_missing_header(span: Span, at: &str, header: &str, found: &[&str]) -> Error {
    Error::new(
        span,
        format!(
            "{at}: the header row has no column `{header}`; it has {}\nhelp: add the column, \
             or name the header the table should read in `#[file(...)]`",
            found
                .iter()
                .map(|h| format!("`{h}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    )
}

pub fn file_row_width(span: Span, at: &str, found: usize, wanted: usize) -> Error {
    Error::new(
        span,
        format!(
            "{at}: malformed file: the row has {found} cells where the header has {wanted}\n\
             help: give every row one cell per column (an empty cell is written as nothing \
             between two separators)"
        ),
    )
}

pub fn file_cell_tokens(span: Span, at: &str, text: &str) -> Error {
    Error::new(
        span,
        format!("{at}: the cell `{text}` is not Rust tokens (an unbalanced bracket or quote?)"),
    )
}

pub fn file_cell_name(span: Span, at: &str, text: &str) -> Error {
    Error::new(
        span,
        format!(
            "{at}: the name `{text}` is not an identifier\nhelp: a name is one word of letters, \
             digits and `_`, as a Rust variant is named"
        ),
    )
}

pub fn file_alias_and_value(span: Span, at: &str) -> Error {
    Error::new(
        span,
        format!(
            "{at}: a row that is an alias takes its value from the entry it names\nhelp: leave \
             its value cell empty"
        ),
    )
}

// `#[classes(...)]` (`class.rs`).

pub fn malformed_classes(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "malformed `#[classes]`: expected classes such as `ClientError = 400..500 => \
         \"...\"`, and the options `enum = Name`, `cover` and `from_file`\n\
         help: write `#[classes(Informational = 100..200 => \"The request was received.\", \
         ClientError = 400..500 => \"The client erred.\")]`",
    )
}

pub fn malformed_class(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "malformed class: expected `Name = RULE => \"description\"`, where the rule is a \
         range (`400..500`, `400..=499`), a value (`0`), a string table's prefix (`\"23\"`) \
         or a list of entries (`[UNAVAILABLE, ABORTED]`); or an option, `enum = Name` or \
         `cover`\n\
         help: write `ClientError = 400..500 => \"The client erred.\"`",
    )
}

pub fn classes_from_file_without_sections(span: Span) -> Error {
    Error::new(
        span,
        "`from_file` takes the classes of the table's file, and this table has no file \
         that declares any\nhelp: only `#[file(\"...\", format = errcodes)]` declares classes (its \
         `Section: Class XX - Title` lines); declare the classes here instead, as \
         `Name = \"XX\" => \"Title\"`",
    )
}

pub fn repeated_classes_option(span: Span, key: &str) -> Error {
    Error::new(
        span,
        format!("`{key}` is given twice in `#[classes]`: keep one"),
    )
}

/// ` (file:line)` for something a data file declares, or nothing.
fn declared_at(origin: Option<&str>) -> String {
    origin.map(|at| format!(" ({at})")).unwrap_or_default()
}

pub fn duplicate_class(span: Span, name: &str, first: Span, origin: Option<&str>) -> Error {
    conflict(
        Error::new(
            span,
            format!("class `{name}` is declared twice: rename one, or merge their codes"),
        ),
        first,
        format!(
            "note: class `{name}` is first declared here{}",
            declared_at(origin)
        ),
    )
}

pub fn range_class_in_string_table(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "a string table's classes are prefixes (`\"23\"`) or lists of entries, not ranges of \
         numbers\n\
         help: write the class as the prefix its values share, such as `Name = \"23\" => \"...\"`",
    )
}

pub fn prefix_class_in_integer_table(tokens: impl ToTokens, ty: &str) -> Error {
    Error::new_spanned(
        tokens,
        format!(
            "a table of `{ty}` has no string prefixes: its classes are ranges (`400..500`), \
             values (`0`) or lists of entries\n\
             help: write the class as a range, such as `Name = 400..500 => \"...\"`"
        ),
    )
}

pub fn empty_class_range(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "this class's range holds no value\n\
         help: write the lower bound first, as in `400..500` or `400..=499`",
    )
}

pub fn empty_class_prefix(tokens: impl ToTokens) -> Error {
    Error::new_spanned(
        tokens,
        "an empty prefix puts every value in this class\n\
         help: write the prefix the class's values share, such as `\"23\"`",
    )
}

pub fn unknown_class_member(ident: &proc_macro2::Ident, name: &str) -> Error {
    Error::new(
        ident.span(),
        format!(
            "the class lists `{name}`, which is no entry of the table\n\
             help: list the name of an entry or an alias, or remove `{name}`"
        ),
    )
}

pub fn overlapping_classes(
    tokens: impl ToTokens,
    problem: &str,
    first: impl ToTokens,
    origin: Option<&str>,
) -> Error {
    let mut error = Error::new_spanned(
        tokens,
        format!(
            "classes overlap: {problem}; a code is in one class at most\n\
             help: narrow one of the classes so that they share no code"
        ),
    );
    error.combine(Error::new_spanned(
        first,
        format!(
            "note: the other class is declared here{}",
            declared_at(origin)
        ),
    ));
    error
}

pub fn unclassified_entry(span: Span, name: &str) -> Error {
    Error::new(
        span,
        format!(
            "`{name}` is in no class, and the table's `#[classes(cover, ...)]` says every \
             entry is in one\n\
             help: widen a class to hold `{name}`, add a class for it, or remove `cover`"
        ),
    )
}

pub fn class_method_clash(span: Span, name: &str) -> Error {
    Error::new(
        span,
        format!(
            "`{name}` is the name of a method that `#[classes]` gives the table\n\
             help: rename `{name}`"
        ),
    )
}

/// The example every URL message shows.
const URL_EXAMPLE: &str = "`url = \"https://example.com/errors#{anchor}\"`";

pub fn malformed_url(span: Span, mistake: codetable_layout::url::TemplateError) -> Error {
    use codetable_layout::url::TemplateError;
    let message = match mistake {
        TemplateError::Empty => format!(
            "the URL template is empty\nhelp: write the address of a code's documentation, \
             such as {URL_EXAMPLE}, or remove `url`"
        ),
        TemplateError::Unknown(name) => format!(
            "unknown placeholder `{{{name}}}` in the URL template\nhelp: the placeholders are \
             `{{name}}`, `{{value}}` and `{{anchor}}`; write `{{{{` and `}}}}` for a brace \
             that is part of the address"
        ),
        TemplateError::Unclosed => "unclosed `{` in the URL template\nhelp: close the \
             placeholder with `}`, or write `{{` for a `{` that is part of the address"
            .to_owned(),
        TemplateError::Unopened => "`}` without a `{` in the URL template\nhelp: write `}}` \
             for a `}` that is part of the address"
            .to_owned(),
        TemplateError::Space => "the URL template has a space or a line break, which no \
             URL has\nhelp: write a space that is part of the address as `%20`"
            .to_owned(),
    };
    Error::new(span, message)
}

pub fn display_url_without_url(span: Span) -> Error {
    Error::new(
        span,
        format!(
            "`display_url` shows each code's URL in `{{:#}}`, and the table has no URL \
             template\nhelp: add one, such as {URL_EXAMPLE}, or remove `display_url`"
        ),
    )
}

pub fn url_without_value(span: Span, name: &str, template: Span) -> Error {
    conflict(
        Error::new(
            span,
            format!(
                "`{name}` has no value, and the URL template uses `{{value}}`\nhelp: give \
                 `{name}` a value, or build the URL from `{{name}}` or `{{anchor}}`"
            ),
        ),
        template,
        "note: the URL template is here".to_owned(),
    )
}

pub fn url_method_clash(span: Span) -> Error {
    Error::new(
        span,
        "`url` is the name of the method that `#[codes(url = \"...\")]` gives the table\n\
         help: rename `url`",
    )
}
