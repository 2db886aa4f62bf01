//! `define_codes` on random token trees and on random mutations of valid tables: the result
//! always parses as Rust items, and every error points inside the input. Valid tables expand
//! without errors to exactly the entries, values and lookups they declare.

use super::gen::{self, run_time_bits, AliasOf, InvocationModel, Mutation, TableModel, Tok};
use super::lookups::{check_names, check_strings, check_values, OwnedIndex, OwnedNames};
use super::{long_cases, run};
use crate::ast::Repr;
use crate::expand::define_codes;
use codetable_layout::{is_wide, slot_width, Data, Names, DEPRECATED, HAS_VALUE};
use proc_macro2::{Span, TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use std::collections::{HashMap, HashSet};
use syn::{Expr, Item, Lit};

/// One `compile_error!` of the output: its message and the spans it points at.
#[derive(Debug)]
pub struct Diagnostic {
    pub message: String,
    pub spans: Vec<Span>,
}

/// The expansion of a source text.
pub struct Expansion {
    pub items: syn::File,
    pub errors: Vec<Diagnostic>,
}

/// Whether `span` lies inside `whole` (same source, within its bytes).
fn inside(span: Span, whole: Span) -> bool {
    whole
        .join(span)
        .is_some_and(|joined| joined.byte_range() == whole.byte_range())
}

/// The `::core::compile_error! { "..." }` invocations at the top level of `output`.
fn diagnostics(output: &TokenStream) -> Vec<Diagnostic> {
    let trees: Vec<TokenTree> = output.clone().into_iter().collect();
    let mut out = Vec::new();
    for (i, tree) in trees.iter().enumerate() {
        let TokenTree::Ident(ident) = tree else {
            continue;
        };
        if ident != "compile_error" {
            continue;
        }
        let mut spans: Vec<Span> = trees[i.saturating_sub(4)..=i]
            .iter()
            .map(TokenTree::span)
            .collect();
        let mut message = String::new();
        if let Some(TokenTree::Group(group)) = trees.get(i + 2) {
            spans.push(group.span());
            for inner in group.stream() {
                if let TokenTree::Literal(literal) = &inner {
                    if let Ok(Lit::Str(s)) = syn::parse2::<Lit>(inner.clone().into()) {
                        message = s.value();
                    }
                    spans.push(literal.span());
                }
            }
        }
        out.push(Diagnostic { message, spans });
    }
    out
}

/// Expands `source`, checking the property of every input: the output parses as items and
/// each error points inside the input. `Ok(None)` when `source` does not lex (not an input
/// a compiler would pass).
pub fn expand(source: &str) -> Result<Option<Expansion>, TestCaseError> {
    let Ok(input) = source.parse::<TokenStream>() else {
        return Ok(None);
    };
    let trees: Vec<TokenTree> = input.clone().into_iter().collect();
    let whole = match (trees.first(), trees.last()) {
        (Some(first), Some(last)) => first.span().join(last.span()),
        _ => None,
    };
    let output = define_codes(input);
    let items = syn::parse2::<syn::File>(output.clone()).map_err(|e| {
        TestCaseError::fail(format!(
            "the output does not parse as items: {e}\ninput: {source}\noutput: {output}"
        ))
    })?;
    let errors = diagnostics(&output);
    for error in &errors {
        for span in &error.spans {
            prop_assert!(
                whole.is_some_and(|whole| inside(*span, whole)),
                "error {:?} points at {:?}, outside the input {:?}\ninput: {}",
                error.message,
                span,
                whole,
                source
            );
        }
    }
    Ok(Some(Expansion { items, errors }))
}

/// The expansion of `source`, which must lex; panics where [`expand`] finds the property
/// broken.
pub fn expansion(source: &str) -> Expansion {
    match expand(source) {
        Ok(Some(expansion)) => expansion,
        Ok(None) => panic!("{source:?} does not lex"),
        Err(e) => panic!("{e}"),
    }
}

impl Expansion {
    /// The first enum of the expansion.
    pub fn first_enum(&self) -> &syn::ItemEnum {
        self.items
            .items
            .iter()
            .find_map(|item| match item {
                Item::Enum(e) => Some(e),
                _ => None,
            })
            .expect("an enum in the expansion")
    }
}

// ---------------------------------------------------------------------------------------
// Reading the generated items back.

fn int(expr: &Expr) -> Option<i128> {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Int(i) => i.base10_parse().ok(),
            _ => None,
        },
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => int(&u.expr).map(|n| -n),
        Expr::Group(g) => int(&g.expr),
        _ => None,
    }
}

fn string(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Str(s) => Some(s.value()),
            _ => None,
        },
        _ => None,
    }
}

pub fn last_segment(path: &syn::Path) -> String {
    path.segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default()
}

/// The elements of `&[a, b, ...]`, of the static array of `{ static A: [T; N] = [a, b,
/// ...]; &A }`, or of the array an `unsafe { transmute([a, b, ...]) }` reads.
fn elements(expr: &Expr) -> Option<Vec<&Expr>> {
    match expr {
        Expr::Reference(r) => elements(&r.expr),
        Expr::Array(a) => Some(a.elems.iter().collect()),
        Expr::Unsafe(u) => match u.block.stmts.last() {
            Some(syn::Stmt::Expr(inner, None)) => elements(inner),
            _ => None,
        },
        Expr::Call(c) if c.args.len() == 1 => elements(&c.args[0]),
        Expr::Block(b) => b.block.stmts.iter().find_map(|stmt| match stmt {
            syn::Stmt::Item(Item::Static(s)) => elements(&s.expr),
            _ => None,
        }),
        _ => None,
    }
}

/// The fields of `Path { a: ..., b: ... }`, and the path's last segment.
fn fields(expr: &Expr) -> Option<(String, HashMap<String, &Expr>)> {
    let Expr::Struct(s) = expr else { return None };
    let fields = s
        .fields
        .iter()
        .filter_map(|f| match &f.member {
            syn::Member::Named(name) => Some((name.to_string(), &f.expr)),
            syn::Member::Unnamed(_) => None,
        })
        .collect();
    Some((last_segment(&s.path), fields))
}

fn boolean(expr: &Expr) -> Option<bool> {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Bool(b) => Some(b.value),
            _ => None,
        },
        _ => None,
    }
}

/// What the expansion says about one table.
struct Generated<'a> {
    /// The variants, with their discriminants.
    variants: Vec<(String, Option<&'a Expr>)>,
    /// The associated constants of the inherent impls.
    consts: HashMap<String, &'a Expr>,
    /// The array of discriminants that `all()` reads as the codes.
    all: Option<&'a Expr>,
    /// The fields of `Layout::DATA`.
    data: HashMap<String, &'a Expr>,
}

fn generated<'a>(items: &'a syn::File, ident: &str) -> Option<Generated<'a>> {
    let variants = items.items.iter().find_map(|item| match item {
        Item::Enum(e) if e.ident == ident => Some(
            e.variants
                .iter()
                .map(|v| (v.ident.to_string(), v.discriminant.as_ref().map(|(_, d)| d)))
                .collect(),
        ),
        _ => None,
    })?;
    let mut consts = HashMap::new();
    let mut all = None;
    let mut data = None;
    for item in &items.items {
        let Item::Impl(imp) = item else { continue };
        let syn::Type::Path(ty) = &*imp.self_ty else {
            continue;
        };
        if last_segment(&ty.path) != ident {
            continue;
        }
        let layout = match &imp.trait_ {
            None => false,
            Some((path, _)) if last_segment(path) == "Layout" => true,
            Some(_) => continue,
        };
        for inner in &imp.items {
            match inner {
                syn::ImplItem::Const(c) if layout && c.ident == "DATA" => {
                    data = fields(&c.expr).map(|(_, fields)| fields);
                }
                syn::ImplItem::Const(c) if !layout => {
                    consts.insert(c.ident.to_string(), &c.expr);
                }
                syn::ImplItem::Fn(f) if !layout && f.sig.ident == "all" => {
                    all = f.block.stmts.iter().find_map(|stmt| match stmt {
                        syn::Stmt::Item(Item::Static(s)) => Some(&*s.expr),
                        _ => None,
                    });
                }
                _ => {}
            }
        }
    }
    Some(Generated {
        variants,
        consts,
        all,
        data: data?,
    })
}

/// A byte string as emitted.
fn bytes(expr: &Expr) -> Option<Vec<u8>> {
    match expr {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::ByteStr(b),
            ..
        }) => Some(b.value()),
        _ => None,
    }
}

/// The strings of `&[a, b, ...]`.
fn strings(expr: &Expr) -> Option<Vec<String>> {
    elements(expr)?.into_iter().map(string).collect()
}

fn get<'a>(map: &HashMap<String, &'a Expr>, key: &str) -> Result<&'a Expr, TestCaseError> {
    map.get(key)
        .copied()
        .ok_or_else(|| TestCaseError::fail(format!("no `{key}` in the expansion")))
}

fn need<T>(value: Option<T>, what: &str) -> Result<T, TestCaseError> {
    value.ok_or_else(|| TestCaseError::fail(format!("cannot read {what}")))
}

/// The integer field `key` of `map`, as a `T`.
fn number<T: TryFrom<i128>>(map: &HashMap<String, &Expr>, key: &str) -> Result<T, TestCaseError> {
    need(int(get(map, key)?).and_then(|n| T::try_from(n).ok()), key)
}

/// The `Index` of an expansion.
fn read_index(expr: &Expr) -> Result<OwnedIndex, TestCaseError> {
    let (kind, f) = need(fields(expr), "the positions")?;
    let wide = || need(boolean(get(&f, "wide")?), "wide");
    Ok(match kind.as_str() {
        "Offset" => OwnedIndex::Offset {
            min: number(&f, "min")?,
            len: number(&f, "len")?,
        },
        "Dense" => OwnedIndex::Dense {
            min: number(&f, "min")?,
            slots: need(bytes(get(&f, "slots")?), "the slots")?,
            wide: wide()?,
        },
        "Hashed" => OwnedIndex::Hashed {
            seed: number(&f, "seed")?,
            shift: number(&f, "shift")?,
            mask: number(&f, "mask")?,
            records: need(bytes(get(&f, "records")?), "the records")?,
            wide: wide()?,
        },
        other => return Err(TestCaseError::fail(format!("an index {other}"))),
    })
}

/// The `Names` of an expansion.
fn read_names(expr: &Expr) -> Result<OwnedNames, TestCaseError> {
    let (kind, f) = need(fields(expr), "the name table")?;
    Ok(match kind.as_str() {
        "Lengths" => OwnedNames::Lengths {
            starts: need(bytes(get(&f, "starts")?), "the starts")?,
            keys: need(bytes(get(&f, "keys")?), "the keys")?,
        },
        "Hashed" => OwnedNames::Hashed {
            seed: number(&f, "seed")?,
            shift: number(&f, "shift")?,
            mask: number(&f, "mask")?,
            slots: need(bytes(get(&f, "slots")?), "the name slots")?,
            wide: need(boolean(get(&f, "wide")?), "wide")?,
        },
        other => return Err(TestCaseError::fail(format!("a name table {other}"))),
    })
}

/// Checks one generated table against its model: the variants and their discriminants, the
/// aliases, the data (names, descriptions, details, flags), and that the emitted lookups,
/// searched by the layout crate, find every name and value and nothing else.
fn check_table(items: &syn::File, table: &TableModel) -> Result<(), TestCaseError> {
    let gen = need(generated(items, &table.ident), "the enum")?;
    let layout = table.layout();
    let count = layout.variants.len();

    // The variants: the entries that are not aliases, each value its discriminant; those
    // without one get distinct discriminants of the type that are no value. A string
    // table's variants have none written: their discriminants are their positions.
    let idents: Vec<&str> = layout.variants.iter().map(|e| e.ident.as_str()).collect();
    let found: Vec<&str> = gen.variants.iter().map(|(i, _)| i.as_str()).collect();
    prop_assert_eq!(&found, &idents);
    let discriminants: Vec<i128> = if table.is_str() {
        for (name, discriminant) in &gen.variants {
            prop_assert!(discriminant.is_none(), "{} has a discriminant", name);
        }
        (0..count)
            .map(|p| i128::try_from(p).expect("small"))
            .collect()
    } else {
        integer_discriminants(table, &layout, &gen)?
    };
    // `all()` reads every variant, named through the enum (`Self::V` would be resolved by a
    // linear search), as its array of discriminants.
    let all = need(gen.all.and_then(elements), "the variants of all()")?;
    let all: Vec<String> = all
        .into_iter()
        .map(|e| match e {
            Expr::Path(p) if p.path.segments.len() == 2 => {
                format!("{}::{}", p.path.segments[0].ident, last_segment(&p.path))
            }
            _ => String::new(),
        })
        .collect();
    let expected: Vec<String> = idents
        .iter()
        .map(|i| format!("{}::{i}", table.ident))
        .collect();
    prop_assert_eq!(&all, &expected);
    prop_assert_eq!(int(get(&gen.consts, "COUNT")?), i128::try_from(count).ok());

    // The aliases: a constant equal to the variant, and a record in `ALIASES`.
    let target_of = |expr: &Expr| match expr {
        Expr::Path(p) => last_segment(&p.path),
        _ => String::new(),
    };
    let records = need(elements(get(&gen.consts, "ALIASES")?), "ALIASES")?;
    prop_assert_eq!(records.len(), layout.aliases.len());
    for ((alias, target), record) in layout.aliases.iter().zip(records) {
        let target = &layout.variants[*target].ident;
        prop_assert_eq!(&target_of(get(&gen.consts, &alias.ident)?), target);
        let Expr::Call(call) = record else {
            return Err(TestCaseError::fail("an alias record that is not a call"));
        };
        let args: Vec<&Expr> = call.args.iter().collect();
        prop_assert_eq!(args.len(), 5);
        prop_assert_eq!(string(args[0]), Some(alias.name().to_owned()));
        prop_assert_eq!(&target_of(args[1]), target);
        prop_assert_eq!(strings(args[2]), Some(alias.descriptions.clone()));
        prop_assert_eq!(string(args[3]), Some(alias.details()));
        prop_assert_eq!(boolean(args[4]), Some(alias.deprecated));
    }

    // The data, indexed by position.
    let data = &gen.data;
    prop_assert_eq!(number::<usize>(data, "count")?, count);
    prop_assert_eq!(number::<usize>(data, "langs")?, table.lang_count());
    let names = need(strings(get(data, "names")?), "the names")?;
    let expected: Vec<&str> = layout
        .variants
        .iter()
        .map(|e| e.name())
        .chain(layout.aliases.iter().map(|(e, _)| e.name()))
        .collect();
    prop_assert_eq!(&names, &expected);
    let descriptions = need(strings(get(data, "descriptions")?), "the descriptions")?;
    let expected: Vec<&String> = layout
        .variants
        .iter()
        .flat_map(|e| &e.descriptions)
        .collect();
    prop_assert_eq!(descriptions.len(), count * table.lang_count());
    prop_assert_eq!(descriptions.iter().collect::<Vec<_>>(), expected);
    let details = need(strings(get(data, "details")?), "the details")?;
    let mut expected: Vec<String> = layout.variants.iter().map(|e| e.details()).collect();
    // A table without details stores none.
    if expected.iter().all(String::is_empty) {
        expected.clear();
    }
    prop_assert_eq!(&details, &expected);
    let string_values = need(strings(get(data, "strings")?), "the strings")?;
    let expected: Vec<&str> = layout
        .variants
        .iter()
        .filter(|_| table.is_str())
        .map(|e| table.string_of(e).unwrap_or(""))
        .collect();
    prop_assert_eq!(&string_values, &expected);
    let flags = need(bytes(get(data, "flags")?), "the flags")?;
    let expected: Vec<u8> = layout
        .variants
        .iter()
        .map(|e| {
            let deprecated = if e.deprecated { DEPRECATED } else { 0 };
            let value = if e.value.is_some() { HAS_VALUE } else { 0 };
            deprecated | value
        })
        .collect();
    prop_assert_eq!(&flags, &expected);
    let alias_of = need(bytes(get(data, "alias_of")?), "alias_of")?;
    prop_assert_eq!(
        alias_of.len(),
        layout.aliases.len() * slot_width(is_wide(count))
    );

    // The lookups, through the layout crate's searches.
    let by_name = read_names(get(data, "by_name")?)?;
    let by_string = read_names(get(data, "by_string")?)?;
    let positions = read_index(get(data, "positions")?)?;
    let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let description_refs: Vec<&str> = descriptions.iter().map(String::as_str).collect();
    let detail_refs: Vec<&str> = details.iter().map(String::as_str).collect();
    let string_refs: Vec<&str> = string_values.iter().map(String::as_str).collect();
    let data = Data {
        count,
        langs: table.lang_count(),
        names: &name_refs,
        alias_of: &alias_of,
        descriptions: &description_refs,
        details: &detail_refs,
        flags: &flags,
        positions: positions.index(),
        by_name: by_name.names(),
        strings: &string_refs,
        by_string: by_string.names(),
    };
    check_names(&name_refs, &data.by_name)?;
    if table.is_str() {
        check_strings(&data)?;
    } else {
        prop_assert!(
            matches!(data.by_string, Names::Lengths { keys: &[], .. }),
            "an integer table's empty string table"
        );
        prop_assert_eq!(data.position_of_string(""), None);
    }
    let named = layout
        .variants
        .iter()
        .enumerate()
        .map(|(position, e)| (e.name(), position))
        .chain(layout.aliases.iter().map(|(e, target)| (e.name(), *target)));
    for (name, position) in named {
        prop_assert_eq!(
            data.position_of_name(name, false),
            Some(position),
            "{}",
            name
        );
        for other in [name.to_ascii_lowercase(), name.to_ascii_uppercase()] {
            let found = data.position_of_name(&other, true);
            prop_assert_eq!(found, Some(position), "{} ignoring case", other);
        }
    }
    // A string table's positions are read as `u32`s would be: any type that holds them.
    let repr = if table.is_str() {
        Repr::U32
    } else {
        table.repr
    };
    check_values(repr, &discriminants, &data.positions)?;
    for (position, (entry, discriminant)) in layout.variants.iter().zip(&discriminants).enumerate()
    {
        let bits = run_time_bits(*discriminant);
        prop_assert_eq!(data.position(bits), position);
        let by_value = entry.value.map(|_| position);
        prop_assert_eq!(data.position_of_value(bits), by_value, "{}", entry.ident);
    }
    Ok(())
}

/// The discriminants of an integer table's variants, checked: each value its own, and for
/// the entries without one, distinct discriminants of the type that are no value.
fn integer_discriminants(
    table: &TableModel,
    layout: &gen::Layout<'_>,
    gen: &Generated<'_>,
) -> Result<Vec<i128>, TestCaseError> {
    let discriminants: Vec<i128> = gen
        .variants
        .iter()
        .map(|(name, d)| need(d.and_then(int), &format!("the discriminant of {name}")))
        .collect::<Result<_, _>>()?;
    let values: HashSet<i128> = layout.variants.iter().filter_map(|e| e.value).collect();
    let (min, max) = table.repr.range().expect("an integer type");
    let mut free = HashSet::new();
    for (entry, discriminant) in layout.variants.iter().zip(&discriminants) {
        match entry.value {
            Some(value) => prop_assert_eq!(*discriminant, value, "{}", entry.ident),
            None => {
                prop_assert!(
                    !values.contains(discriminant) && free.insert(*discriminant),
                    "{} = {} is a value or another entry's discriminant",
                    entry.ident,
                    discriminant
                );
                prop_assert!((min..=max).contains(discriminant), "{}", discriminant);
            }
        }
    }
    Ok(discriminants)
}

fn valid_property(model: InvocationModel) -> Result<(), TestCaseError> {
    let source = model.source();
    let expansion = need(expand(&source)?, "a valid table: it does not lex")?;
    prop_assert!(
        expansion.errors.is_empty(),
        "a valid table gives errors: {:?}\ninput: {}",
        expansion.errors,
        source
    );
    for table in &model.tables {
        check_table(&expansion.items, table)
            .map_err(|e| TestCaseError::fail(format!("{e}\ninput: {source}")))?;
    }
    Ok(())
}

fn mutated_property(
    (model, mutations): (InvocationModel, Vec<Mutation>),
) -> Result<(), TestCaseError> {
    let mut trees = gen::from_tokens(model.tokens());
    for mutation in &mutations {
        gen::apply(&mut trees, mutation);
    }
    let source = gen::render(&trees);
    match expand(&source)? {
        Some(_) => Ok(()),
        None => Err(TestCaseError::reject("does not lex")),
    }
}

fn trees_property(trees: Vec<Tok>) -> Result<(), TestCaseError> {
    let source = gen::render(&trees);
    match expand(&source)? {
        Some(_) => Ok(()),
        None => Err(TestCaseError::reject("does not lex")),
    }
}

/// Random trees inside a valid header, so that the entry parser sees them.
fn body_property((header, body): (usize, Vec<Tok>)) -> Result<(), TestCaseError> {
    let header = [
        "pub enum E: i32",
        "#[langs(en, zh)] enum E: u8",
        "enum E: u64",
        "#[codes(crate = ::x)] enum E: i8",
        "pub enum S: str",
        "#[codes(len = 5, chars = \"0-9A-Z\")] enum S: str",
    ][header % 6];
    let source = format!("{header} {{ {} }}", gen::render(&body));
    match expand(&source)? {
        Some(_) => Ok(()),
        None => Err(TestCaseError::reject("does not lex")),
    }
}

fn mutated_case(max_entries: usize) -> impl Strategy<Value = (InvocationModel, Vec<Mutation>)> {
    (
        gen::invocation(max_entries),
        proptest::collection::vec(gen::mutation(), 1..5),
    )
}

fn body_case() -> impl Strategy<Value = (usize, Vec<Tok>)> {
    (0..6usize, gen::trees(24))
}

#[test]
fn valid_tables_expand_to_their_entries_and_lookups() {
    run("valid", 64, gen::invocation(40), valid_property);
}

#[test]
fn mutated_tables_give_items_or_errors_inside_the_input() {
    run("mutated", 256, mutated_case(8), mutated_property);
}

#[test]
fn random_trees_give_items_or_errors_inside_the_input() {
    run("trees", 384, gen::trees(32), trees_property);
}

#[test]
fn random_bodies_give_items_or_errors_inside_the_input() {
    run("bodies", 384, body_case(), body_property);
}

// The long run: `CODETABLE_FUZZ_CASES` (default 1,000,000) inputs in all, split between
// mutated tables (15%; small ones, as expanding and re-parsing a table is the slow part,
// about 10 ms a case in release against 1.5 ms for the others), random trees (42.5%) and
// random bodies (42.5%); plus 1/500 as many valid tables of up to 200 entries.

#[test]
#[ignore = "long run: CODETABLE_FUZZ_CASES cases"]
fn long_mutated() {
    let cases = long_cases() / 20 * 3;
    run("long mutated", cases, mutated_case(4), mutated_property);
}

#[test]
#[ignore = "long run: CODETABLE_FUZZ_CASES cases"]
fn long_trees() {
    let cases = long_cases() / 40 * 17;
    run("long trees", cases, gen::trees(32), trees_property);
}

#[test]
#[ignore = "long run: CODETABLE_FUZZ_CASES cases"]
fn long_bodies() {
    let cases = long_cases() - long_cases() / 20 * 3 - long_cases() / 40 * 17;
    run("long bodies", cases, body_case(), body_property);
}

#[test]
#[ignore = "long run: CODETABLE_FUZZ_CASES cases"]
fn long_valid() {
    let cases = long_cases() / 500;
    run("long valid", cases, gen::invocation(200), valid_property);
}

/// A table of `n` entries with names that share a long prefix and sparse values.
pub fn big_table_source(n: usize) -> String {
    let mut source = String::from("pub enum Big: i64 {\n");
    for i in 0..n {
        let value = (i as i64).wrapping_mul(0x9E37_79B9_7F4A_7C15_u64 as i64) >> 3;
        source.push_str(&format!(
            "ERR_CONNECTION_REJECTED_BY_THE_REMOTE_SERVER_{i} = {value} => \"Entry {i}.\",\n"
        ));
    }
    source.push('}');
    source
}

/// A table at the largest size the issue asks for, through the whole macro: names with a
/// long shared prefix, sparse values at the limits of `i64`.
#[test]
fn a_table_of_20_000_entries() {
    let n = 20_000;
    let names = gen::names_for(gen::NameKind::SharedPrefix, n, &[1]);
    let values = gen::values_for(crate::ast::Repr::I64, gen::Spread::Limits, n, &[0x5EED, 7]);
    let mut seen = HashSet::new();
    let entries = names
        .into_iter()
        .zip(values)
        .map(|(ident, value)| gen::EntryModel {
            docs: Vec::new(),
            deprecated: false,
            alias: None,
            ident,
            value: seen.insert(value).then_some(value),
            style: (10, false, false),
            descriptions: vec!["An entry.".to_owned()],
        })
        .collect();
    let model = InvocationModel {
        tables: vec![TableModel {
            docs: Vec::new(),
            langs: None,
            reversed: false,
            vis: "pub",
            ident: "Big".to_owned(),
            repr: crate::ast::Repr::I64,
            strings: Vec::new(),
            shape: gen::ShapeModel::default(),
            entries,
        }],
    };
    if let Err(e) = valid_property(model) {
        panic!("{}", e.to_string().chars().take(2_000).collect::<String>());
    }
}

/// Prints the errors of the input in `CODETABLE_FUZZ_INPUT`, with their spans: a tool to
/// minimise a failing case by hand.
#[test]
#[ignore = "tool: CODETABLE_FUZZ_INPUT='...' cargo test -p codetable-macros explain -- --ignored --nocapture"]
fn explain() {
    let source = std::env::var("CODETABLE_FUZZ_INPUT").unwrap_or_default();
    let input: TokenStream = source.parse().expect("the input lexes");
    for error in diagnostics(&define_codes(input)) {
        let spans: Vec<_> = error
            .spans
            .iter()
            .map(|s| (s.byte_range(), s.source_text()))
            .collect();
        println!("{:?} at {spans:?}", error.message);
    }
}

/// Wraps the values and the plain descriptions of every entry in invisible groups, as
/// `macro_rules!` does with `$value:expr` or `$text:literal` fragments.
fn wrap_fragments(invocation: TokenStream) -> TokenStream {
    use proc_macro2::{Delimiter, Group, Spacing};
    let invisible = |tokens: Vec<TokenTree>| {
        TokenTree::Group(Group::new(Delimiter::None, tokens.into_iter().collect()))
    };
    invocation
        .into_iter()
        .map(|tree| {
            let TokenTree::Group(body) = &tree else { return tree };
            if body.delimiter() != proc_macro2::Delimiter::Brace {
                return tree;
            }
            let trees: Vec<TokenTree> = body.stream().into_iter().collect();
            let mut out = Vec::new();
            let mut i = 0;
            while i < trees.len() {
                let is = |t: Option<&TokenTree>, c: char, spacing: Spacing| {
                    matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == c && p.spacing() == spacing)
                };
                if is(trees.get(i), '=', Spacing::Alone) {
                    // `= value =>`: the value up to the arrow.
                    out.push(trees[i].clone());
                    let start = i + 1;
                    let mut end = start;
                    // `= value =>`, or `= value,` (an alias without a description).
                    while end < trees.len()
                        && !is(trees.get(end), '=', Spacing::Joint)
                        && !is(trees.get(end), ',', Spacing::Alone)
                    {
                        end += 1;
                    }
                    out.push(invisible(trees[start..end].to_vec()));
                    i = end;
                } else if is(trees.get(i), '>', Spacing::Alone) && matches!(trees.get(i + 1), Some(TokenTree::Literal(_))) {
                    out.push(trees[i].clone());
                    out.push(invisible(vec![trees[i + 1].clone()]));
                    i += 2;
                } else {
                    out.push(trees[i].clone());
                    i += 1;
                }
            }
            let mut group = Group::new(proc_macro2::Delimiter::Brace, out.into_iter().collect());
            group.set_span(body.span());
            TokenTree::Group(group)
        })
        .collect()
}

/// A table written through `macro_rules!` fragments expands like the table itself.
#[test]
fn values_and_descriptions_in_invisible_groups() {
    run("invisible groups", 64, gen::invocation(12), |model| {
        let wrapped = wrap_fragments(model.tokens());
        let invisible = wrapped
            .clone()
            .into_iter()
            .filter_map(|t| match t {
                TokenTree::Group(g) => Some(g.stream().into_iter().filter(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == proc_macro2::Delimiter::None)).count()),
                _ => None,
            })
            .sum::<usize>();
        let expected: usize = model
            .tables
            .iter()
            .flat_map(|t| {
                t.entries.iter().map(move |e| {
                    let written = e.value.is_some()
                        || matches!(e.alias, Some(AliasOf::Name { .. }))
                        || t.writes_no_value(e);
                    let plain = t.langs.is_none() && !e.descriptions.is_empty();
                    usize::from(written) + usize::from(plain)
                })
            })
            .sum();
        prop_assert_eq!(invisible, expected, "fragments wrapped");
        let output = define_codes(wrapped);
        let items = syn::parse2::<syn::File>(output.clone())
            .map_err(|e| TestCaseError::fail(format!("the output does not parse: {e}")))?;
        let errors = diagnostics(&output);
        prop_assert!(
            errors.is_empty(),
            "errors: {:?}\ninput: {}",
            errors,
            model.source()
        );
        for table in &model.tables {
            check_table(&items, table)?;
        }
        Ok(())
    });
}
