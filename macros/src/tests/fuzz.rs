//! `define_codes` on random token trees and on random mutations of valid tables: the result
//! always parses as Rust items, and every error points inside the input. Valid tables expand
//! without errors to exactly the entries, values and lookups they declare.

use super::gen::{self, InvocationModel, Mutation, TableModel, Tok};
use super::lookups::{check_names, check_values};
use super::{long_cases, run};
use crate::expand::define_codes;
use crate::lookup::{Hashed, Values};
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

fn last_segment(path: &syn::Path) -> String {
    path.segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default()
}

/// The elements of `&[a, b, ...]`.
fn elements(expr: &Expr) -> Option<Vec<&Expr>> {
    match expr {
        Expr::Reference(r) => elements(&r.expr),
        Expr::Array(a) => Some(a.elems.iter().collect()),
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

/// What the expansion says about one table.
struct Generated<'a> {
    variants: Vec<String>,
    consts: HashMap<String, &'a Expr>,
}

fn generated<'a>(items: &'a syn::File, ident: &str) -> Option<Generated<'a>> {
    let variants = items.items.iter().find_map(|item| match item {
        Item::Enum(e) if e.ident == ident => {
            Some(e.variants.iter().map(|v| v.ident.to_string()).collect())
        }
        _ => None,
    })?;
    let mut consts = HashMap::new();
    for item in &items.items {
        let Item::Impl(imp) = item else { continue };
        let syn::Type::Path(ty) = &*imp.self_ty else {
            continue;
        };
        if imp.trait_.is_some() || last_segment(&ty.path) != ident {
            continue;
        }
        for inner in &imp.items {
            if let syn::ImplItem::Const(c) = inner {
                consts.insert(c.ident.to_string(), &c.expr);
            }
        }
    }
    Some(Generated { variants, consts })
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

/// How many bytes a position takes in the lookup tables of a table of `count` entries.
fn slot_width(count: usize) -> usize {
    if count < usize::from(u16::MAX) {
        2
    } else {
        4
    }
}

/// A lookup slot as emitted: a little-endian position below `count`, or the empty marker
/// (the largest value of its width).
fn slot(raw: &[u8], count: usize) -> Result<Option<usize>, TestCaseError> {
    let (n, empty) = match raw {
        [a, b] => (u64::from(u16::from_le_bytes([*a, *b])), u64::from(u16::MAX)),
        [a, b, c, d] => (
            u64::from(u32::from_le_bytes([*a, *b, *c, *d])),
            u64::from(u32::MAX),
        ),
        _ => return Err(TestCaseError::fail("a slot of an odd width")),
    };
    if n == empty {
        return Ok(None);
    }
    let position = usize::try_from(n).map_err(|_| TestCaseError::fail("a huge slot"))?;
    prop_assert!(
        position < count,
        "slot {} of a table of {} entries",
        position,
        count
    );
    Ok(Some(position))
}

/// Every slot of a byte string of positions.
fn slots(expr: &Expr, count: usize) -> Result<Vec<Option<usize>>, TestCaseError> {
    let raw = need(bytes(expr), "the slots")?;
    let width = slot_width(count);
    prop_assert_eq!(raw.len() % width, 0);
    raw.chunks(width).map(|s| slot(s, count)).collect()
}

fn get<'a>(map: &HashMap<String, &'a Expr>, key: &str) -> Result<&'a Expr, TestCaseError> {
    map.get(key)
        .copied()
        .ok_or_else(|| TestCaseError::fail(format!("no `{key}` in the expansion")))
}

fn need<T>(value: Option<T>, what: &str) -> Result<T, TestCaseError> {
    value.ok_or_else(|| TestCaseError::fail(format!("cannot read {what}")))
}

/// Checks one generated table against its model: entries, names, values, descriptions,
/// deprecation, and that the emitted lookups find every name and value and nothing else.
fn check_table(items: &syn::File, table: &TableModel) -> Result<(), TestCaseError> {
    let gen = need(generated(items, &table.ident), "the enum")?;
    let count = table.entries.len();
    let idents: Vec<&str> = table.entries.iter().map(|e| e.ident.as_str()).collect();
    prop_assert_eq!(&gen.variants, &idents);

    let names: Vec<String> = need(
        elements(get(&gen.consts, "__CODETABLE_NAMES")?)
            .and_then(|e| e.into_iter().map(string).collect()),
        "the names",
    )?;
    let expected: Vec<&str> = table.entries.iter().map(gen::EntryModel::name).collect();
    prop_assert_eq!(&names, &expected);

    let flags = need(bytes(get(&gen.consts, "__CODETABLE_FLAGS")?), "the flags")?;
    prop_assert_eq!(flags.len(), count);
    let numbers: Vec<i128> = need(
        elements(get(&gen.consts, "__CODETABLE_VALUES")?)
            .and_then(|e| e.into_iter().map(int).collect()),
        "the values",
    )?;
    let values: Vec<Option<i128>> = numbers
        .iter()
        .zip(&flags)
        .map(|(n, f)| (f & 2 != 0).then_some(*n))
        .collect();
    let expected_values: Vec<Option<i128>> = table.entries.iter().map(|e| e.value).collect();
    prop_assert_eq!(&values, &expected_values);

    let descriptions: Vec<String> = need(
        elements(get(&gen.consts, "__CODETABLE_DESCRIPTIONS")?)
            .and_then(|e| e.into_iter().map(string).collect()),
        "the descriptions",
    )?;
    let expected: Vec<String> = table
        .entries
        .iter()
        .flat_map(|e| e.descriptions.iter().cloned())
        .collect();
    prop_assert_eq!(descriptions.len(), count * table.lang_count());
    prop_assert_eq!(&descriptions, &expected);

    let deprecated: Vec<bool> = flags.iter().map(|f| f & 1 != 0).collect();
    let expected: Vec<bool> = table.entries.iter().map(|e| e.deprecated).collect();
    prop_assert_eq!(&deprecated, &expected);

    // from_name and from_value: rebuild the structures from the emitted literals and
    // search them as the run time does.
    let (_, by_name) = need(
        fields(get(&gen.consts, "__CODETABLE_BY_NAME")?),
        "the name table",
    )?;
    let by_name = Hashed {
        seed: need(
            int(get(&by_name, "seed")?).and_then(|n| u64::try_from(n).ok()),
            "the seed",
        )?,
        shift: need(
            int(get(&by_name, "shift")?).and_then(|n| u32::try_from(n).ok()),
            "the shift",
        )?,
        slots: slots(get(&by_name, "slots")?, count)?,
    };
    let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
    check_names(&name_refs, &by_name)?;

    let (kind, by_value) = need(
        fields(get(&gen.consts, "__CODETABLE_BY_VALUE")?),
        "the value table",
    )?;
    let by_value = match kind.as_str() {
        "DenseValues" => Values::Dense {
            min: need(
                int(get(&by_value, "min")?).and_then(|n| u64::try_from(n).ok()),
                "min",
            )?,
            slots: slots(get(&by_value, "slots")?, count)?,
        },
        "HashedValues" => {
            // Records of the key's 64 bits and the position, little-endian.
            let records = need(bytes(get(&by_value, "slots")?), "the value records")?;
            let width = 8 + slot_width(count);
            prop_assert_eq!(records.len() % width, 0);
            let mut keys = Vec::new();
            let mut slots = Vec::new();
            for record in records.chunks(width) {
                let mut key = [0; 8];
                key.copy_from_slice(&record[..8]);
                let bits = u64::from_le_bytes(key);
                let key = match table.repr {
                    crate::ast::Repr::I8
                    | crate::ast::Repr::I16
                    | crate::ast::Repr::I32
                    | crate::ast::Repr::I64 => i128::from(bits.cast_signed()),
                    _ => i128::from(bits),
                };
                keys.push(key);
                slots.push(slot(&record[8..], count)?);
            }
            Values::Hashed {
                hashed: Hashed {
                    seed: need(
                        int(get(&by_value, "seed")?).and_then(|n| u64::try_from(n).ok()),
                        "the seed",
                    )?,
                    shift: need(
                        int(get(&by_value, "shift")?).and_then(|n| u32::try_from(n).ok()),
                        "the shift",
                    )?,
                    slots,
                },
                keys,
            }
        }
        other => return Err(TestCaseError::fail(format!("unknown value table {other}"))),
    };
    check_values(table.repr, &expected_values, &by_value)
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
    ][header % 4];
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
    (0..4usize, gen::trees(24))
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
            alias: false,
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
                    while end < trees.len() && !is(trees.get(end), '=', Spacing::Joint) {
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
                t.entries
                    .iter()
                    .map(move |e| usize::from(e.value.is_some()) + usize::from(t.langs.is_none()))
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
