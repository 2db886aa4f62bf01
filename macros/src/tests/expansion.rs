//! Two facts of the expansion with exact expectations: the enum's inherent associated items
//! are exactly the names of `names::RESERVED`, and the discriminants of entries declared
//! without a value.

use super::fuzz::{expansion, last_segment, Expansion};
use crate::names::RESERVED;
use std::collections::BTreeSet;

/// The names of the associated items of every inherent `impl <table>` of the expansion.
fn inherent_items(items: &syn::File, table: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for item in &items.items {
        let syn::Item::Impl(imp) = item else { continue };
        let syn::Type::Path(ty) = &*imp.self_ty else {
            continue;
        };
        if imp.trait_.is_some() || last_segment(&ty.path) != table {
            continue;
        }
        for inner in &imp.items {
            let name = match inner {
                syn::ImplItem::Const(c) => c.ident.to_string(),
                syn::ImplItem::Fn(f) => f.sig.ident.to_string(),
                syn::ImplItem::Type(t) => t.ident.to_string(),
                other => panic!(
                    "an inherent item of an unknown kind: {}",
                    quote::ToTokens::to_token_stream(other)
                ),
            };
            assert!(names.insert(name.clone()), "`{name}` defined twice");
        }
    }
    names
}

/// A new public method or constant on the enum must be reserved, or an entry of its name
/// would clash with it; a reserved name the enum no longer defines should be freed. The
/// aliases of a table are its own associated constants, and the only other ones.
#[test]
fn the_reserved_names_are_exactly_the_inherent_items() {
    let reserved: BTreeSet<String> = RESERVED.iter().map(|&n| n.to_owned()).collect();
    for (source, aliases) in [
        (
            r#"pub enum Plain: u8 { A = 1 => "a", B = 2 => "b" }"#,
            &[][..],
        ),
        (
            r#"#[langs(en, zh)] enum Everything: i64 {
                A = -1 => { en: "a", zh: "a" },
                /// Details.
                #[deprecated]
                B = _ => { en: "b", zh: "b" },
                #[alias] C = -1,
                D = B => { en: "d", zh: "d" },
            }"#,
            &["C", "D"][..],
        ),
    ] {
        let expansion = expansion(source);
        assert!(expansion.errors.is_empty(), "{:?}", expansion.errors);
        let table = expansion.first_enum().ident.to_string();
        let mut names = inherent_items(&expansion.items, &table);
        for alias in aliases {
            assert!(
                names.remove(*alias),
                "{table}: no constant for the alias {alias}"
            );
        }
        let unreserved: Vec<&String> = names.difference(&reserved).collect();
        let unused: Vec<&String> = reserved.difference(&names).collect();
        assert!(
            unreserved.is_empty(),
            "{table}: associated items missing from names::RESERVED: {unreserved:?}"
        );
        assert!(
            unused.is_empty(),
            "{table}: names::RESERVED names no associated item: {unused:?}"
        );
    }
}

/// Every reserved name is refused as an entry's name, with one error at the name.
#[test]
fn reserved_names_cannot_name_entries() {
    for name in RESERVED {
        let source = format!(r#"enum E: i32 {{ A = 1 => "a", {name} = 2 => "b" }}"#);
        let expansion = expansion(&source);
        assert_eq!(
            expansion.errors.len(),
            1,
            "{source}: {:?}",
            expansion.errors
        );
        let error = &expansion.errors[0];
        assert!(
            error.message.starts_with(&format!("`{name}` is reserved")),
            "{source}: {:?}",
            error.message
        );
        assert_eq!(error.spans[0].source_text().as_deref(), Some(*name));
    }
}

/// `check` is not reserved: the method exists only with `#[codes(check = ...)]`, and only
/// there does an entry or a column of that name clash with it, with an error at the name.
#[test]
fn check_is_taken_only_by_the_option() {
    let with = r#"#[codes(check = nonzero)]"#;
    let column = r#"#[columns(check: bool = false)]"#;
    for (attrs, body, clash) in [
        ("", r#"check = 1 => "c""#, false),
        (column, r#"A = 1 => "a""#, false),
        (with, r#"check = 1 => "c""#, true),
        (&*format!("{with} {column}"), r#"A = 1 => "a""#, true),
    ] {
        let source = format!("{attrs} enum E: i32 {{ {body} }}");
        let expansion = expansion(&source);
        assert_eq!(
            !expansion.errors.is_empty(),
            clash,
            "{source}: {:?}",
            expansion.errors
        );
        if let Some(error) = expansion.errors.first() {
            assert_eq!(error.spans[0].source_text().as_deref(), Some("check"));
        }
        // The column's method, or the option's when the column clashes; none when an entry
        // is named `check` (a variant, not an inherent item).
        let methods = inherent_items(&expansion.items, "E");
        assert_eq!(methods.contains("check"), body.starts_with('A'), "{source}");
    }
}

/// The variants of the expansion's only enum, with their discriminants.
fn discriminants(expansion: &Expansion) -> Vec<(String, i128)> {
    expansion
        .first_enum()
        .variants
        .iter()
        .map(|v| {
            let Some((_, expr)) = &v.discriminant else {
                panic!("{} has no discriminant", v.ident)
            };
            let number = match expr {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Int(i),
                    ..
                }) => i.base10_parse::<i128>().expect("an integer"),
                syn::Expr::Unary(syn::ExprUnary {
                    op: syn::UnOp::Neg(_),
                    expr,
                    ..
                }) => match &**expr {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Int(i),
                        ..
                    }) => -i.base10_parse::<i128>().expect("an integer"),
                    other => panic!("{}: {}", v.ident, quote::ToTokens::to_token_stream(other)),
                },
                other => panic!("{}: {}", v.ident, quote::ToTokens::to_token_stream(other)),
            };
            (v.ident.to_string(), number)
        })
        .collect()
}

/// `enum E: <ty> { ... }` of `entries`, each `NAME = value` or `NAME`.
fn table(ty: &str, entries: &[(&str, Option<i128>)]) -> String {
    let mut source = format!("enum E: {ty} {{\n");
    for (name, value) in entries {
        match value {
            Some(v) => source.push_str(&format!("{name} = {v} => \"x\",\n")),
            None => source.push_str(&format!("{name} = _ => \"x\",\n")),
        }
    }
    source.push('}');
    source
}

/// The discriminants of a valid table of `entries`.
fn assigned(ty: &str, entries: &[(&str, Option<i128>)]) -> Vec<i128> {
    let source = table(ty, entries);
    let expansion = expansion(&source);
    assert!(
        expansion.errors.is_empty(),
        "{source}: {:?}",
        expansion.errors
    );
    let found = discriminants(&expansion);
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    let expected: Vec<&str> = entries.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, expected, "{source}");
    found.into_iter().map(|(_, d)| d).collect()
}

#[test]
fn entries_without_values_come_after_the_largest_value() {
    let entries = [
        ("A", Some(5)),
        ("B", None),
        ("C", Some(-3)),
        ("D", None),
        ("E", Some(2)),
    ];
    assert_eq!(assigned("i32", &entries), [5, 6, -3, 7, 2]);
    assert_eq!(
        assigned("i16", &[("A", Some(-10)), ("B", None), ("C", Some(-20))]),
        [-10, -9, -20]
    );
    // No value at all: from 0, in every type.
    for ty in ["i8", "u8", "i64", "u64"] {
        assert_eq!(
            assigned(ty, &[("A", None), ("B", None), ("C", None)]),
            [0, 1, 2]
        );
    }
}

#[test]
fn entries_without_values_wrap_to_the_lowest_free_values_after_the_type_max() {
    // `u8`: 255 is taken, so the lowest free values, 0 being taken too.
    let entries = [("A", Some(255)), ("B", None), ("C", Some(0)), ("D", None)];
    assert_eq!(assigned("u8", &entries), [255, 1, 0, 2]);
    let entries = [
        ("A", Some(127)),
        ("B", None),
        ("C", Some(-128)),
        ("D", None),
    ];
    assert_eq!(assigned("i8", &entries), [127, -127, -128, -126]);
    let max = i128::from(u64::MAX);
    assert_eq!(assigned("u64", &[("A", Some(max)), ("B", None)]), [max, 0]);
    let (min, max) = (i128::from(i64::MIN), i128::from(i64::MAX));
    assert_eq!(
        assigned("i64", &[("A", Some(max)), ("B", None)]),
        [max, min]
    );
}

/// The names `A0`, `A1`, ... of `values`, then the entries without a value `extra`.
fn full_u8(values: impl Iterator<Item = i128>, extra: &[&str]) -> Vec<(String, Option<i128>)> {
    values
        .map(|v| (format!("A{v}"), Some(v)))
        .chain(extra.iter().map(|name| ((*name).to_owned(), None)))
        .collect()
}

fn borrowed(entries: &[(String, Option<i128>)]) -> Vec<(&str, Option<i128>)> {
    entries.iter().map(|(n, v)| (n.as_str(), *v)).collect()
}

#[test]
fn the_last_free_value_of_a_type_is_used() {
    let entries = full_u8(0..255, &["X"]);
    let found = assigned("u8", &borrowed(&entries));
    assert_eq!(found.last(), Some(&255));
    let entries = full_u8(1..256, &["X"]);
    let found = assigned("u8", &borrowed(&entries));
    assert_eq!(found.last(), Some(&0));
}

/// A `u8` table of 256 values has no discriminant left for an entry without a value: one
/// error at that entry's name, and the other entries are still emitted.
#[test]
fn no_room_for_an_entry_without_a_value() {
    for (values, extra, late) in [(0..256, &["X"][..], "X"), (0..255, &["X", "Y"][..], "Y")] {
        let entries = full_u8(values.clone(), extra);
        let source = table("u8", &borrowed(&entries));
        let expansion = expansion(&source);
        assert_eq!(expansion.errors.len(), 1, "{:?}", expansion.errors);
        let error = &expansion.errors[0];
        assert!(
            error.message.starts_with("no `u8` is left for this entry"),
            "{:?}",
            error.message
        );
        assert_eq!(error.spans[0].source_text().as_deref(), Some(late));
        let found = discriminants(&expansion);
        assert_eq!(found.len(), 256, "the entries that fit");
        let distinct: BTreeSet<i128> = found.iter().map(|(_, d)| *d).collect();
        assert_eq!(distinct, (0..256).collect(), "every u8 once");
        assert!(found.iter().all(|(name, _)| name != late), "{late} emitted");
    }
}

/// The aliases of an entry dropped for want of room go too (no error of their own); those of
/// the other entries stand for the same entries as before.
#[test]
fn no_room_drops_the_aliases_of_the_entry() {
    let mut source = table("u8", &borrowed(&full_u8(0..256, &["X"])));
    source.truncate(source.len() - 1);
    source.push_str("OF_X = X, OF_LAST = A255, #[alias] OF_FIRST = 0 }");
    let expansion = expansion(&source);
    assert_eq!(expansion.errors.len(), 1, "{:?}", expansion.errors);
    let consts: Vec<String> = expansion
        .items
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() => Some(&imp.items),
            _ => None,
        })
        .flatten()
        .filter_map(|inner| match inner {
            syn::ImplItem::Const(c) if c.ident.to_string().starts_with("OF_") => Some(format!(
                "{} = {}",
                c.ident,
                quote::ToTokens::to_token_stream(&c.expr)
            )),
            _ => None,
        })
        .collect();
    assert_eq!(consts, ["OF_LAST = E :: A255", "OF_FIRST = E :: A0"]);
}

/// The text of a value's expression is spaced as Rust code is, whatever the input's spacing.
#[test]
fn expressions_are_written_as_rust_spaces_them() {
    let text = |source: &str| crate::syntax::expression_text(source.parse().expect("tokens"));
    assert_eq!(text("SQLITE_IOERR|(1<<8)"), "SQLITE_IOERR | (1 << 8)");
    assert_eq!(text("ffi :: X | ( 1 << 8 )"), "ffi::X | (1 << 8)");
    assert_eq!(text("0x8000_4005_u32 as i32"), "0x8000_4005_u32 as i32");
    assert_eq!(text("- ( 3 * 4 )"), "-(3 * 4)");
    assert_eq!(text("!0u8 as i8 - -1"), "!0u8 as i8 - -1");
    assert_eq!(text("A>>=B"), "A >>= B");
    assert_eq!(text("f (1,2)"), "f(1, 2)");
    assert_eq!(text("A << -B"), "A << -B");
    assert_eq!(
        text("::core::primitive::i32::MAX"),
        "::core::primitive::i32::MAX"
    );
}
