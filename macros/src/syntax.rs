//! Helpers over tokens that know nothing of tables: parsing a part of the input so that an
//! error where it ends points at its last token, splitting at commas, and reading string and
//! integer literals from their text. A leaf: it uses no other module of the crate.

use proc_macro2::{Delimiter, Group, Literal, Span, TokenStream, TokenTree};
use syn::buffer::Cursor;
use syn::parse::{ParseStream, Parser};
use syn::Lit;

/// Parses `tokens` with `parse`. An error raised where the tokens ran out (syn puts those at
/// the call site, which is the whole invocation) is moved to the last token, so that it
/// points at the table, entry or pair that ends too early.
pub fn parse_within<T>(
    tokens: TokenStream,
    parse: impl FnOnce(ParseStream) -> syn::Result<T>,
) -> syn::Result<T> {
    let end = last_span(&tokens);
    parse_ending_at(tokens, end, parse)
}

/// [`parse_within`] for tokens whose last span is known: `end` (a table's entries, from
/// [`split_ending_at_commas`], whose tokens are not walked again to find it).
pub fn parse_ending_at<T>(
    tokens: TokenStream,
    end: Span,
    parse: impl FnOnce(ParseStream) -> syn::Result<T>,
) -> syn::Result<T> {
    (|stream: ParseStream| parse(stream).map_err(|e| at_end(e, stream, end))).parse2(tokens)
}

/// The span of the last token of `tokens` (the call site for no tokens).
pub fn last_span(tokens: &TokenStream) -> Span {
    tokens
        .clone()
        .into_iter()
        .last()
        .map_or_else(Span::call_site, |tt| tt.span())
}

/// `error`, moved to `end` if it was raised with nothing left to parse.
pub fn at_end(error: syn::Error, stream: ParseStream, end: Span) -> syn::Error {
    if stream.is_empty() {
        syn::Error::new(end, error.to_string())
    } else {
        error
    }
}

/// The tokens split at the commas outside any group: a body's entries, or the pairs of a
/// `{ en: "...", zh: "..." }`. Empty chunks (a trailing comma) are dropped.
pub fn split_at_commas(body: TokenStream) -> Vec<TokenStream> {
    split_ending_at_commas(body)
        .into_iter()
        .map(|(chunk, _)| chunk)
        .collect()
}

/// [`split_at_commas`], each chunk with the span of its last token.
pub fn split_ending_at_commas(body: TokenStream) -> Vec<(TokenStream, Span)> {
    let mut chunks = Vec::new();
    let mut chunk = Vec::new();
    for tt in body {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                if let Some(last) = chunk.last() {
                    let end = TokenTree::span(last);
                    chunks.push((std::mem::take(&mut chunk).into_iter().collect(), end));
                }
            }
            _ => chunk.push(tt),
        }
    }
    if let Some(last) = chunk.last() {
        let end = TokenTree::span(last);
        chunks.push((chunk.into_iter().collect(), end));
    }
    chunks
}

/// The tokens up to the first one where `stop` holds, or to the end.
pub fn take_until(stream: ParseStream, stop: impl Fn(ParseStream) -> bool) -> TokenStream {
    take_trees_until(stream, stop).into_iter().collect()
}

/// [`take_until`], as the trees themselves: no stream is made of them (making one, and
/// walking it, crosses the proc-macro bridge).
pub fn take_trees_until(stream: ParseStream, stop: impl Fn(ParseStream) -> bool) -> Vec<TokenTree> {
    let mut tokens = Vec::new();
    while !stream.is_empty() && !stop(stream) {
        match stream.parse::<TokenTree>() {
            Ok(tt) => tokens.push(tt),
            Err(_) => break,
        }
    }
    tokens
}

/// Every token left.
pub fn drain(stream: ParseStream) -> TokenStream {
    take_until(stream, |_| false)
}

/// Whether the tokens at `cursor` begin with `=>`.
pub fn starts_arrow(cursor: Cursor) -> bool {
    cursor.punct().is_some_and(|(eq, next)| {
        eq.as_char() == '='
            && eq.spacing() == proc_macro2::Spacing::Joint
            && next.punct().is_some_and(|(gt, _)| gt.as_char() == '>')
    })
}

/// The next token if it is a string literal (`"..."`, `r"..."`, `r#"..."#`), and the
/// tokens after it. Read from the token's text, not with syn's literal parsing, which
/// unescapes every literal it looks at; the macro runs unoptimized in most builds (cargo's
/// default for proc macros), where that unescaping dominated parsing.
pub fn string_literal<'a>(stream: ParseStream<'a>) -> Option<(Literal, Cursor<'a>)> {
    let (lit, rest) = stream.cursor().literal()?;
    let text = lit.to_string();
    (text.starts_with('"') || text.starts_with("r\"") || text.starts_with("r#"))
        .then_some((lit, rest))
}

/// The text of a string literal: a plain `"..."` without escapes is its own text; any other
/// goes through syn (see [`string_literal`]).
pub fn literal_text(lit: &Literal) -> String {
    let written = lit.to_string();
    match written.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        Some(text) if !text.contains('\\') => text.to_owned(),
        _ => match Lit::new(lit.clone()) {
            Lit::Str(lit) => lit.value(),
            _ => String::new(),
        },
    }
}

/// The number of a plain decimal literal (digits, no suffix, no `_`, no leading zero), read
/// without syn, whose big-integer parsing dominated parsing in unoptimized builds. Any other
/// literal is left to the general path, and its checks.
pub fn plain_integer(literal: &proc_macro2::Literal) -> Option<i128> {
    let text = literal.to_string();
    let bytes = text.as_bytes();
    if bytes.is_empty() || bytes.len() > 38 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if bytes.len() > 1 && bytes[0] == b'0' {
        return None;
    }
    text.parse().ok()
}

/// The trees with the invisible groups that `macro_rules!` wraps around `$x:literal` and
/// `$x:expr` fragments opened up (the trees themselves when there is none).
pub fn flatten_invisible(trees: Vec<TokenTree>) -> Vec<TokenTree> {
    let is_invisible =
        |tt: &TokenTree| matches!(tt, TokenTree::Group(g) if g.delimiter() == Delimiter::None);
    if !trees.iter().any(is_invisible) {
        return trees;
    }
    let mut out = Vec::new();
    for tt in trees {
        match tt {
            TokenTree::Group(g) if g.delimiter() == Delimiter::None => {
                out.extend(flatten_invisible(g.stream().into_iter().collect()));
            }
            tt => out.push(tt),
        }
    }
    out
}

/// The text of an expression as Rust code is spaced: a space around a binary operator and
/// after a comma, none around `::` or a range's `..`, after a unary operator, before `(` or inside brackets
/// (`ffi::SQLITE_IOERR | (1 << 8)`, `f(-X) as i32`), whatever the spacing of the tokens.
pub fn expression_text(tokens: TokenStream) -> String {
    let mut out = String::new();
    write_expression(tokens, &mut out);
    // An operator alone (a token an error is about) has no sides to space.
    match out.trim() {
        trimmed if trimmed.len() == out.len() => out,
        trimmed => trimmed.to_owned(),
    }
}

/// What the text written so far ends with, for the spacing of what follows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum After {
    /// Nothing, an opening bracket, an operator or `::`: no space follows.
    Nothing,
    /// A name, a literal or a group: a name or a literal after it is spaced.
    Operand,
}

/// The operators of more than one character, which are written as one.
const JOINED: &[&str] = &[
    "<<=", ">>=", "...", "..=", "::", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=",
    "*=", "/=", "%=", "^=", "&=", "|=", "->", "=>", "..",
];

fn write_expression(tokens: TokenStream, out: &mut String) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut after = After::Nothing;
    let mut at = 0;
    while at < trees.len() {
        match &trees[at] {
            TokenTree::Ident(_) | TokenTree::Literal(_) => {
                if after == After::Operand {
                    out.push(' ');
                }
                out.push_str(&trees[at].to_string());
                after = After::Operand;
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{ ", " }"),
                    Delimiter::None => ("", ""),
                };
                if group.delimiter() == Delimiter::None && after == After::Operand {
                    out.push(' ');
                }
                out.push_str(open);
                write_expression(group.stream(), out);
                out.push_str(close);
                after = After::Operand;
            }
            TokenTree::Punct(first) => {
                let mut op = first.as_char().to_string();
                while let (proc_macro2::Spacing::Joint, Some(TokenTree::Punct(next))) =
                    (op_spacing(&trees, at), trees.get(at + 1))
                {
                    let longer = format!("{op}{}", next.as_char());
                    if !JOINED.iter().any(|joined| joined.starts_with(&longer)) {
                        break;
                    }
                    op = longer;
                    at += 1;
                }
                match op.as_str() {
                    // Ranges unspaced, as rustfmt writes them (`9..=11`, `-16..-8`).
                    "::" | "." | ".." | "..=" => out.push_str(&op),
                    "," | ";" => {
                        out.push_str(&op);
                        out.push(' ');
                    }
                    "-" | "!" | "&" | "*" if after == After::Nothing => out.push_str(&op),
                    _ => {
                        out.push(' ');
                        out.push_str(&op);
                        out.push(' ');
                    }
                }
                after = After::Nothing;
            }
        }
        at += 1;
    }
}

/// The spacing of the punctuation at `at`.
fn op_spacing(trees: &[TokenTree], at: usize) -> proc_macro2::Spacing {
    match &trees[at] {
        TokenTree::Punct(punct) => punct.spacing(),
        _ => proc_macro2::Spacing::Alone,
    }
}

/// `tokens` with every span, the groups' and their contents' too, set to `span`: for tokens
/// the macro writes that rustc should report at one place of the invocation (a data file's
/// path, a derived column's declared value).
pub fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tt| {
            if let TokenTree::Group(group) = &tt {
                let mut inner = Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                tt = TokenTree::Group(inner);
            } else {
                tt.set_span(span);
            }
            tt
        })
        .collect()
}
