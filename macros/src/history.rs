//! A table's history: reading `#[reserved(7, 9..=11, OLD_NAME)]` on a table, and
//! `#[since = "1.4"]` and `#[retired(until = "2.0", replacement = NEW)]` on an entry. What
//! needs the whole table (an entry taking a reserved or retired value, a replacement that is
//! no code) is checked in `valid.rs`.

use crate::ast::{Repr, Reserved, ReservedKind, ReservedValue, Retired};
use crate::error::{self, Errors};
use crate::eval::{self, Refused, Scope, Ty};
use crate::syntax::{expression_text, parse_within, split_at_commas};
use proc_macro2::{Spacing, Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitInt, LitStr, Meta, Token};

/// Adds the items of one `#[reserved(...)]` to `out`; each item that cannot be read is
/// reported on its own, and left out.
pub fn reserved(attr: &Attribute, repr: Option<Repr>, out: &mut Reserved, errors: &mut Errors) {
    let Meta::List(list) = &attr.meta else {
        errors.push(error::malformed_reserved(attr));
        return;
    };
    let chunks = split_at_commas(list.tokens.clone());
    if chunks.is_empty() {
        errors.push(error::malformed_reserved(attr));
    }
    for chunk in chunks {
        reserved_item(chunk, repr, out, errors);
    }
}

/// Adds one item of a reservation (`7`, `9..=11`, `"XX000"`, `OLD_NAME`) to `out`, or
/// reports why it cannot be read. Also reads the values a data file's reserved rows give
/// (`file.rs`).
pub fn reserved_item(
    chunk: TokenStream,
    repr: Option<Repr>,
    out: &mut Reserved,
    errors: &mut Errors,
) {
    let is_str = repr.is_some_and(Repr::is_str);
    let text = expression_text(chunk.clone());
    let parsed = match repr.and_then(Repr::ty) {
        Some(ty) if !is_str && !is_name_or_str(&chunk) => match evaluated(&chunk, ty) {
            Ok(item) => Ok(item),
            Err(error) => {
                errors.push_some(error);
                return;
            }
        },
        _ => parse_within(chunk.clone(), item),
    };
    match parsed {
        Ok(Item::Name(ident)) => out.names.push(ident),
        Ok(Item::Str(_)) if !is_str && repr.is_some() => {
            errors.push(error::string_reserved_in_integer_table(&chunk));
        }
        Ok(Item::Str(value)) => out.values.push(ReservedValue {
            kind: ReservedKind::Str(value),
            text,
            tokens: chunk,
            origin: None,
        }),
        Ok(Item::Range(..)) if is_str => {
            errors.push(error::reserved_range_in_string_table(&chunk));
        }
        Ok(Item::Range(low, high)) if low > high => {
            errors.push(error::empty_reserved_range(&chunk, &text));
        }
        Ok(Item::Range(low, high)) => out.values.push(ReservedValue {
            kind: ReservedKind::Range(low, high),
            text,
            tokens: chunk,
            origin: None,
        }),
        Err(_) => errors.push(error::malformed_reserved(&chunk)),
    }
}

/// Whether `chunk` is one identifier or one literal string (a reserved name or string value).
fn is_name_or_str(chunk: &TokenStream) -> bool {
    let mut trees = chunk.clone().into_iter();
    match (trees.next(), trees.next()) {
        (Some(TokenTree::Ident(_)), None) => true,
        (Some(TokenTree::Literal(lit)), None) => lit.to_string().starts_with('"'),
        _ => false,
    }
}

/// A value or a range of an integer table (`7`, `0x80070005_u32 as i32`, `-5..=-1`,
/// `0x10..0x20`), each end evaluated as an entry's value is, in the table's type, so that a
/// reserved value is the value an entry written the same way would have. No names are in
/// scope. `Err` holds the error to report (none when there is nothing more to say).
fn evaluated(chunk: &TokenStream, ty: Ty) -> Result<Item, Option<syn::Error>> {
    match evaluated_range(chunk, ty)? {
        Some((low, high)) => Ok(Item::Range(low, high)),
        None => Err(Some(error::malformed_reserved(chunk))),
    }
}

/// A value or a range of an integer table, each end evaluated in the table's type, both ends
/// included (`a..b` is `(a, b - 1)`, `a..a` empty, for the caller to report): a
/// reservation's, or a class's (`class.rs`). `Ok(None)` when an end is missing (the caller
/// says what it expected); `Err` holds the error to report (none when there is nothing more
/// to say).
pub fn evaluated_range(
    chunk: &TokenStream,
    ty: Ty,
) -> Result<Option<(i128, i128)>, Option<syn::Error>> {
    struct NoNames(Ty);
    impl Scope for NoNames {
        fn ty(&self) -> Ty {
            self.0
        }
        fn value_of(&self, _: &Ident) -> Result<i128, Refused> {
            Err(Refused::Unknown)
        }
    }
    let trees: Vec<TokenTree> = chunk.clone().into_iter().collect();
    let dots = trees.windows(2).position(|pair| {
        matches!(pair, [TokenTree::Punct(a), TokenTree::Punct(b)]
            if a.as_char() == '.' && b.as_char() == '.' && a.spacing() == Spacing::Joint)
    });
    let (low, high, inclusive) = match dots {
        None => (&trees[..], &trees[..], true),
        Some(at) => {
            let inclusive =
                matches!(trees.get(at + 2), Some(TokenTree::Punct(p)) if p.as_char() == '=');
            (
                &trees[..at],
                &trees[at + 2 + usize::from(inclusive)..],
                inclusive,
            )
        }
    };
    if low.is_empty() || high.is_empty() {
        return Ok(None);
    }
    let value = |trees: &[TokenTree]| {
        let tokens: TokenStream = trees.iter().cloned().collect();
        eval::evaluate(tokens.clone(), ty, &NoNames(ty))
            .map_err(|problem| error::expression(&problem, ty, &tokens))
    };
    let (low, high) = (value(low)?, value(high)?);
    Ok(Some((low, if inclusive { high } else { high - 1 })))
}

/// One item of `#[reserved(...)]`.
enum Item {
    Name(Ident),
    Str(String),
    /// Both ends included.
    Range(i128, i128),
}

fn item(input: ParseStream) -> syn::Result<Item> {
    let item = if input.peek(LitStr) {
        Item::Str(input.parse::<LitStr>()?.value())
    } else if input.peek(Ident::peek_any) {
        Item::Name(input.call(Ident::parse_any)?)
    } else {
        let (low, high) = range(input)?;
        Item::Range(low, high)
    };
    if input.is_empty() {
        Ok(item)
    } else {
        Err(input.error("unexpected tokens"))
    }
}

/// `a..=b`, `a..b` or `a`, as both ends included (`a..a` gives `(a, a - 1)`, empty, for
/// the caller to report): a reservation's, or a class's (`class.rs`).
pub fn range(input: ParseStream) -> syn::Result<(i128, i128)> {
    let low = signed(input)?;
    Ok(if input.peek(Token![..=]) {
        input.parse::<Token![..=]>()?;
        (low, signed(input)?)
    } else if input.peek(Token![..]) {
        input.parse::<Token![..]>()?;
        (low, signed(input)? - 1)
    } else {
        (low, low)
    })
}

/// An integer literal with an optional `-`.
fn signed(input: ParseStream) -> syn::Result<i128> {
    let negative = input.parse::<Option<Token![-]>>()?.is_some();
    let int: LitInt = input.parse()?;
    let number = int.base10_parse::<i128>()?;
    Ok(if negative { -number } else { number })
}

/// `#[since = "1.4"]`: the version, with the span of the string.
pub fn since(attr: &Attribute, errors: &mut Errors) -> Option<(String, Span)> {
    if let Meta::NameValue(nv) = &attr.meta {
        if let Expr::Lit(ExprLit {
            lit: Lit::Str(s), ..
        }) = &nv.value
        {
            if !s.value().trim().is_empty() {
                return Some((s.value(), s.span()));
            }
        }
    }
    errors.push(error::malformed_since(attr));
    None
}

/// `#[retired]` or `#[retired(until = "2.0", replacement = NAME)]`, each option at most once.
pub fn retired(attr: &Attribute, errors: &mut Errors) -> Option<Retired> {
    let mut out = Retired {
        span: attr.path().span(),
        until: None,
        replacement: None,
    };
    match &attr.meta {
        Meta::Path(_) => return Some(out),
        Meta::List(_) => {}
        Meta::NameValue(nv) => {
            errors.push(error::malformed_retired(nv.eq_token.span));
            return None;
        }
    }
    let result = attr.parse_nested_meta(|meta| {
        if meta.path.is_ident("until") && out.until.is_none() {
            let version: LitStr = meta.value()?.parse()?;
            if version.value().trim().is_empty() {
                return Err(meta.error("empty version"));
            }
            out.until = Some(version.value());
        } else if meta.path.is_ident("replacement") && out.replacement.is_none() {
            out.replacement = Some(meta.value()?.call(Ident::parse_any)?);
        } else {
            return Err(meta.error("unknown option"));
        }
        Ok(())
    });
    match result {
        Ok(()) => Some(out),
        // At the option syn stopped at, or the attribute when it stopped at its end.
        Err(e) => {
            errors.push(error::malformed_retired(e.span()));
            None
        }
    }
}
