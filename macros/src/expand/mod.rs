//! Writes the enum and its impls: one file per generated item, one function per part of it,
//! all reading one [`Ctx`].
//!
//! - `enum_item.rs`: the enum, and its `PartialOrd`/`Ord`;
//! - `data.rs`: the table's data and descriptor, on the hidden `__private::Layout` trait;
//! - `inherent.rs`: the inherent API (`all()`, the aliases, accessors, lookups);
//! - `columns.rs`: a method per typed column;
//! - `code_impl.rs`: the `Code` impl (its typed part; the rest reads the descriptor);
//! - `fmt.rs`: `Debug`, `Display`, `Error`;
//! - `history.rs`: a code's `since` and retirement (rustdoc, `#[deprecated]`), and the
//!   descriptor's history and reserved values and names;
//! - `convert.rs`: `FromStr`, `TryFrom`, `From`;
//! - `serde.rs`: the call of `codetable`'s serde macro;
//! - `equals.rs`: the compile-time comparison with the constants of `#[equals(...)]`;
//! - `derived.rs`: the compile-time comparison of a derived column's declared values with
//!   its function's;
//! - `target.rs`: for `isize`, `usize` and C's types, the check that each value fits the
//!   type on the target being built;
//! - `check.rs`: `check(ret)` of `#[codes(check = ...)]`, reading a C function's return value;
//! - `class.rs`: the class enum of `#[classes(...)]`, a code's `class()` and a value's;
//! - `url.rs`: each code's URL from `#[codes(url = "...")]`, and `url()`.
//!
//! An integer table's enum is `#[repr(<value type>)]` and each variant's discriminant is its
//! value, so a code is its value (`as`, FFI, ordering). A string table's discriminants are
//! the positions. Per-entry facts are static arrays indexed by the variant's position; the
//! position of a discriminant and the lookups by value and by name are structures computed
//! here by `codetable_layout::build`, and read by the same crate's `const` searches. The
//! generated code has no `match` with an arm per entry and compiles in time linear in the
//! number of entries.

mod check;
mod class;
mod code_impl;
mod columns;
mod convert;
mod data;
mod derived;
mod enum_item;
mod equals;
mod fmt;
mod history;
mod inherent;
mod serde;
mod target;
mod url;

use crate::ast::{Repr, Table};
use crate::error::Errors;
use crate::valid::Checked;
use crate::{parse, valid};
use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{format_ident, quote};

/// The macro: parse, check, expand. Errors come first, followed by every table that could
/// be emitted.
pub fn define_codes(input: TokenStream) -> TokenStream {
    let (krate, input) = parse::crate_prefix(input);
    let krate = krate.unwrap_or_else(|| quote!(::codetable));
    let mut errors = Errors::default();
    let invocation = parse::invocation(input, &mut errors);
    let checked = valid::check(&invocation, &mut errors);
    let mut out = errors.into_compile_errors();
    for table in &checked {
        out.extend(table_tokens(table, &krate));
    }
    for (path, span) in invocation.tables.iter().filter_map(|t| t.file.as_ref()) {
        out.extend(file_dependency(path, *span));
    }
    out
}

/// Makes the crate depend on a table's data file, so that editing the file rebuilds it:
/// cargo tracks the files `include_bytes!` reads. Emitted also when the table has mistakes,
/// so that fixing the file is seen.
fn file_dependency(path: &str, span: proc_macro2::Span) -> TokenStream {
    let path = Literal::string(&format!("/{path}"));
    quote::quote_spanned! {span=>
        const _: &[::core::primitive::u8] = ::core::include_bytes!(::core::concat!(
            ::core::env!("CARGO_MANIFEST_DIR"),
            #path
        ));
    }
}

/// The path of an integer type by its name: `::core::primitive::i32`, or for one of C's
/// types, `::core::ffi::c_int`.
fn integer_type(name: &str) -> TokenStream {
    let ident = format_ident!("{name}");
    if name.starts_with("c_") {
        quote!(::core::ffi::#ident)
    } else {
        quote!(::core::primitive::#ident)
    }
}

/// What every generated item needs to know about its table.
struct Ctx<'a> {
    checked: &'a Checked<'a>,
    table: &'a Table,
    ident: &'a Ident,
    /// The path to the `codetable` crate.
    krate: TokenStream,
    repr: Repr,
    /// The value type: `::core::primitive::T`, `::core::ffi::c_T`, or
    /// `&'static ::core::primitive::str`.
    ty: TokenStream,
    /// What `Open::Unknown` keeps: the value type, or an `InlineStr` for a string table.
    raw: TokenStream,
    /// The table's data: `<Self as Layout>::DATA`.
    data: TokenStream,
}

impl Ctx<'_> {
    fn is_str(&self) -> bool {
        self.repr.is_str()
    }

    /// An integer value as the table prints it: in decimal, or for a hex table `0x` and the
    /// digits of its bit pattern, as many as the type's width takes (as core's `ValueText`).
    fn value_text(&self, value: i128) -> String {
        let bits = self.repr.ty().map_or(64, crate::eval::Ty::bits);
        if !self.is_hex() {
            return value.to_string();
        }
        #[allow(clippy::cast_sign_loss)]
        let pattern = value as u128 & ((1_u128 << bits) - 1);
        format!("0x{pattern:0width$X}", width = (bits / 4) as usize)
    }

    /// Whether values print in hex: `#[codes(hex)]` on an integer table (on a string table
    /// it is an error, already reported).
    fn is_hex(&self) -> bool {
        self.table.hex.is_some() && !self.is_str()
    }

    /// `value`, an expression of an integer value type, as the bits the layout's searches
    /// take: sign-extended or zero-extended to 64 bits.
    fn bits(&self, value: &TokenStream) -> TokenStream {
        match self.repr {
            Repr::I8 | Repr::I16 | Repr::I32 => {
                quote!((#value as ::core::primitive::i64 as ::core::primitive::u64))
            }
            _ => quote!((#value as ::core::primitive::u64)),
        }
    }

    /// The position of `self` in the table: found from the discriminant, which is the value,
    /// in an integer table; the discriminant itself in a string table.
    fn position(&self) -> TokenStream {
        if self.is_str() {
            return quote!((self as ::core::primitive::usize));
        }
        let ty = &self.ty;
        let data = &self.data;
        let bits = self.bits(&quote!((self as #ty)));
        quote!(#data.position(#bits))
    }

    /// The names of the variants, then those of the aliases.
    fn names(&self) -> Vec<&str> {
        let variants = self.checked.variants.iter().map(|v| v.entry.name.as_str());
        let aliases = self.checked.aliases.iter().map(|a| a.entry.name.as_str());
        variants.chain(aliases).collect()
    }

    /// The table's name as its users read it: a raw identifier without its `r#`.
    fn table_name(&self) -> String {
        syn::ext::IdentExt::unraw(self.ident).to_string()
    }

    fn langs(&self) -> Vec<&str> {
        self.table.langs.iter().map(|l| l.name.as_str()).collect()
    }

    /// `Some(Self::value(code))`, or that call itself when `value()` is already an `Option`.
    fn optional_value(&self, code: &TokenStream) -> TokenStream {
        if self.checked.has_missing_value {
            quote!(Self::value(#code))
        } else {
            quote!(::core::option::Option::Some(Self::value(#code)))
        }
    }

    /// The enum's discriminants' type: an integer table's value type; for a string table
    /// the smallest unsigned type that holds its positions. `all()` reads the discriminants
    /// as codes, which needs the enum's layout to be this type's.
    fn repr_type(&self) -> TokenStream {
        if !self.is_str() {
            return self.ty.clone();
        }
        let count = self.checked.variants.len();
        let ty = if count <= usize::from(u8::MAX) + 1 {
            "u8"
        } else if count <= usize::from(u16::MAX) + 1 {
            "u16"
        } else {
            "u32"
        };
        integer_type(ty)
    }

    /// The enum's `#[repr]`: the value type's, or for one of C's types, the Rust type it is
    /// on each target (as `core::ffi` defines it), chosen by `cfg`. Were the choice wrong for
    /// a target, `all()`'s size assertion would fail there: it compares with the C type.
    fn repr_attrs(&self) -> TokenStream {
        let Repr::C(c) = self.repr else {
            // The last segment of `::core::primitive::T`.
            let repr = self.repr_type().into_iter().last();
            return quote!(#[repr(#repr)]);
        };
        match c.reprs() {
            (Some(condition), narrow, wide) => {
                let condition: TokenStream = condition.parse().unwrap_or_default();
                let (narrow, wide) = (format_ident!("{narrow}"), format_ident!("{wide}"));
                quote! {
                    #[cfg_attr(#condition, repr(#narrow))]
                    #[cfg_attr(not(#condition), repr(#wide))]
                }
            }
            (None, ty, _) => {
                let ty = format_ident!("{ty}");
                quote!(#[repr(#ty)])
            }
        }
    }
}

fn table_tokens(checked: &Checked, krate: &TokenStream) -> TokenStream {
    let table = checked.table;
    if checked.variants.is_empty() {
        // Already reported; the bare type keeps uses of it from failing too. The user's
        // derives are left out: they may need variants or a `repr`.
        let attrs = &table.plain_attrs;
        let (vis, ident) = (&table.vis, &table.ident);
        return quote! { #(#attrs)* #vis enum #ident {} };
    }
    let krate = table
        .krate
        .as_ref()
        .map_or_else(|| krate.clone(), |path| quote!(#path));
    let (ty, raw) = if checked.repr.is_str() {
        let capacity = checked.capacity;
        (
            quote!(&'static ::core::primitive::str),
            quote!(#krate::InlineStr<#capacity>),
        )
    } else {
        let ty = integer_type(checked.repr.name());
        (ty.clone(), ty)
    };
    let data = quote!(<Self as #krate::__private::Layout>::DATA);
    let ctx = Ctx {
        checked,
        table,
        ident: &table.ident,
        krate,
        repr: checked.repr,
        ty,
        raw,
        data,
    };
    let mut out = enum_item::tokens(&ctx);
    out.extend(data::tokens(&ctx));
    out.extend(inherent::tokens(&ctx));
    out.extend(columns::tokens(&ctx));
    out.extend(code_impl::tokens(&ctx));
    out.extend(fmt::tokens(&ctx));
    out.extend(convert::tokens(&ctx));
    out.extend(serde::tokens(&ctx));
    out.extend(equals::tokens(&ctx));
    out.extend(derived::tokens(&ctx));
    out.extend(target::tokens(&ctx));
    out.extend(check::tokens(&ctx));
    out.extend(class::tokens(&ctx));
    out.extend(url::tokens(&ctx));
    out
}

/// Escapes text for rustdoc's Markdown, so a description shows as written and never
/// reads as a link, an HTML tag or emphasis.
fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("  \n"),
            _ => out.push(c),
        }
    }
    out
}

/// The text of the expression `entry`'s value was written as, if it was one (an integer
/// table's `BASE | (1 << 8)`, not a literal or an alias's name).
fn expression(entry: &crate::ast::Entry) -> Option<String> {
    let value = entry.value.as_ref().filter(|v| v.expr)?;
    Some(crate::syntax::expression_text(value.tokens.clone()))
}

/// An integer as a token or two: a negative number is `-` and its absolute value.
fn integer(n: i128) -> TokenStream {
    let mut out = TokenStream::new();
    integer_into(&mut out, n);
    out
}

/// [`integer`], appended to `out` tree by tree.
fn integer_into(out: &mut TokenStream, n: i128) {
    if n < 0 {
        out.extend([TokenTree::Punct(Punct::new('-', Spacing::Alone))]);
    }
    out.extend([TokenTree::Literal(Literal::u128_unsuffixed(
        n.unsigned_abs(),
    ))]);
}

/// The rustdoc of a variant or an alias, appended to `out`: the value and the descriptions,
/// then the doc comment.
fn entry_docs(
    out: &mut TokenStream,
    langs: &[&str],
    head: &str,
    descriptions: &[String],
    docs: &[String],
) {
    let mut doc = head.to_owned();
    for (at, (lang, text)) in langs.iter().zip(descriptions).enumerate() {
        if at == 0 {
            doc.push_str(&markdown(text));
        } else {
            doc.push_str(&format!("\n\n*{lang}*: {}", markdown(text)));
        }
    }
    doc_attr(out, &doc);
    if !docs.is_empty() {
        doc_attr(out, "");
        for line in docs {
            doc_attr(out, &format!(" {line}"));
        }
    }
}

/// `#[doc = "text"]`, appended to `out` tree by tree. Inside rustc a stream appended to
/// another, like each `quote!`'s, crosses the proc-macro bridge: this makes one stream, the
/// attribute's brackets, where `quote!` made three.
fn doc_attr(out: &mut TokenStream, text: &str) {
    let inner = [
        TokenTree::Ident(Ident::new("doc", Span::call_site())),
        TokenTree::Punct(Punct::new('=', Spacing::Alone)),
        TokenTree::Literal(Literal::string(text)),
    ];
    out.extend([
        TokenTree::Punct(Punct::new('#', Spacing::Alone)),
        TokenTree::Group(Group::new(Delimiter::Bracket, inner.into_iter().collect())),
    ]);
}

/// The doc comment as `details()` returns it: blank lines at either end dropped, `""` for
/// none.
fn details(lines: &[String]) -> String {
    let start = lines.iter().position(|l| !l.trim().is_empty());
    let end = lines.iter().rposition(|l| !l.trim().is_empty());
    match (start, end) {
        (Some(start), Some(end)) => lines[start..=end].join("\n"),
        _ => String::new(),
    }
}
