//! Inputs found by the fuzz tests, or picked by hand at the edges, with exact expectations.
//! The `regression_*` tests are the minimal inputs of bugs the fuzz tests found, kept so
//! they stay fixed.

use super::fuzz::{expansion, Diagnostic};

/// The errors of `source`, checking strictly that the output parses as items and that every
/// error points inside the input.
fn errors(source: &str) -> Vec<Diagnostic> {
    expansion(source).errors
}

/// `source` expands without errors.
fn valid(source: &str) {
    let errors = errors(source);
    assert!(errors.is_empty(), "{source}: {errors:?}");
}

/// `source` gives one error, starting with `message`, whose first span covers `at`.
fn one_error(source: &str, message: &str, at: &str) {
    let errors = errors(source);
    assert_eq!(errors.len(), 1, "{source}: {errors:?}");
    let error = &errors[0];
    assert!(
        error.message.starts_with(message),
        "{source}: {:?}",
        error.message
    );
    assert_eq!(
        error.spans[0].source_text().as_deref(),
        Some(at),
        "{source}: {error:?}"
    );
}

#[test]
fn extreme_values_at_the_limits_of_their_types() {
    valid(
        r#"enum E: i64 { MIN = -9223372036854775808 => "i64::MIN", MAX = 0x7FFF_FFFF_FFFF_FFFF => "max" }"#,
    );
    valid(r#"enum E: u64 { MAX = 18446744073709551615 => "u64::MAX", ZERO = -0 => "zero" }"#);
    valid(r#"enum E: i32 { MIN = -0x8000_0000 => "i32::MIN", MAX = 2147483647i32 => "max" }"#);
    valid(r#"enum E: i8 { MIN = -128 => "min", MAX = 0b0111_1111 => "max" }"#);
    valid(r#"enum E: u8 { MAX = 0o377u8 => "max" }"#);
}

#[test]
fn values_just_past_the_limits_of_their_types() {
    let range = "value ";
    one_error(
        r#"enum E: i32 { A = 0x8000_0000 => "x" }"#,
        range,
        "0x8000_0000",
    );
    one_error(
        r#"enum E: i64 { A = -9223372036854775809 => "x" }"#,
        range,
        "-",
    );
    one_error(
        r#"enum E: u64 { A = 18446744073709551616 => "x" }"#,
        range,
        "18446744073709551616",
    );
    one_error(r#"enum E: u8 { A = -1 => "x" }"#, range, "-");
    // A C type whose range is its evaluation type's says so, not `c_char`'s message.
    one_error(
        r#"enum E: c_int { A = 0x8000_0000 => "x" }"#,
        "value 2147483648 is out of range for `i32` (",
        "0x8000_0000",
    );
    one_error(
        r#"enum E: c_char { A = 200 => "x" }"#,
        "value 200 is out of range for `c_char` on some targets",
        "200",
    );
    one_error(r#"enum E: i8 { A = 128i8 => "x" }"#, range, "128i8");
}

#[test]
fn values_beyond_128_bits() {
    let huge = "value too large";
    one_error(
        r#"enum E: u64 { A = 340282366920938463463374607431768211456 => "x" }"#,
        huge,
        "340282366920938463463374607431768211456",
    );
    one_error(
        r#"enum E: i64 { A = -170141183460469231731687303715884105728 => "x" }"#,
        huge,
        "-",
    );
}

#[test]
fn values_that_are_not_integers() {
    one_error(
        r#"enum E: i32 { A = 1.5 => "x" }"#,
        "expected an integer value of type `i32`",
        "1.5",
    );
    one_error(
        r#"enum E: u8 { A = "1" => "x" }"#,
        "expected an integer value of type `u8`, found a string",
        "\"1\"",
    );
    one_error(
        r#"enum E: i32 { A = 42P01 => "x" }"#,
        "not an integer",
        "42P01",
    );
    one_error(
        r#"enum E: i32 { A = 010 => "x" }"#,
        "a decimal value cannot start",
        "010",
    );
    one_error(
        r#"enum E: i32 { A = 1 == 1 => "x" }"#,
        "`=` is not part of an integer constant expression",
        "=",
    );
    one_error(
        r#"enum E: i32 { A = 1u128 => "x" }"#,
        "the suffix `u128`",
        "1u128",
    );
}

/// Each input ends where the parser still expects something; its error must point at the
/// input (its last tokens), not at the call site.
fn end_of_input(source: &str) {
    let errors = errors(source);
    assert!(!errors.is_empty(), "{source}: no error");
}

#[test]
fn regression_expected_enum_at_the_end() {
    end_of_input("pub");
}

#[test]
fn regression_attribute_at_the_end() {
    end_of_input("#");
}

#[test]
fn regression_enum_name_at_the_end() {
    end_of_input("enum");
}

#[test]
fn regression_missing_body_at_the_end() {
    end_of_input("enum E: i32");
}

#[test]
fn regression_entry_without_a_name() {
    end_of_input("enum E: i32 { A = 1 => \"a\", #[deprecated] }");
}

#[test]
fn regression_entry_of_a_lone_hash() {
    end_of_input("enum E: i32 { A = 1 => \"a\", # }");
}

#[test]
fn regression_language_without_colon() {
    end_of_input("#[langs(en, zh)] enum E: i32 { A = 1 => { en: \"x\", zh } }");
}

#[test]
fn regression_language_without_text() {
    end_of_input("enum E: i32 { A = 1 => { en: } }");
}

/// The rustdoc of the variants (what `cargo doc` shows for each code): the value and the
/// description, the other languages, then the entry's own doc comment.
#[test]
fn variants_are_documented_with_value_and_description() {
    let source = r#"#[langs(en, zh)] enum E: i32 {
        /// Why it happens.
        A = -17 => { en: "Rejected [twice] <b>.", zh: "拒绝" },
        B = _ => { en: "No value.", zh: "无值" },
    }"#;
    let expansion = expansion(source);
    assert!(expansion.errors.is_empty(), "{:?}", expansion.errors);
    let docs: Vec<Vec<String>> = expansion
        .first_enum()
        .variants
        .iter()
        .map(|variant| {
            variant
                .attrs
                .iter()
                .filter_map(|attr| match &attr.meta {
                    syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                        syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        }) => Some(s.value()),
                        _ => None,
                    },
                    _ => None,
                })
                .collect()
        })
        .collect();
    assert_eq!(
        docs,
        [
            vec![
                "`-17`: Rejected \\[twice\\] &lt;b&gt;.\n\n*zh*: 拒绝".to_owned(),
                String::new(),
                " Why it happens.".to_owned(),
            ],
            vec!["No value.\n\n*zh*: 无值".to_owned()],
        ]
    );
}

/// An alias may name a raw identifier: `ALIAS = r#type` stands for `r#type = 1`. (It was
/// reported as naming no entry, the name being compared with its `r#`.)
#[test]
fn regression_alias_of_a_raw_identifier() {
    valid(r#"enum E: i32 { r#type = 1 => "x", ALIAS = r#type, OTHER = ALIAS => "y" }"#);
    one_error(
        r#"enum E: i32 { A = 1 => "x", ALIAS = r#typo }"#,
        "no entry of this table is named `typo`",
        "r#typo",
    );
}

/// The fast readings of literals (`syntax::literal_text`, `syntax::plain_integer`) agree
/// with syn's on every literal they accept, and decline the rest.
#[test]
fn fast_literal_readings_agree_with_syn() {
    use proc_macro2::{Literal, TokenStream, TokenTree};
    use std::str::FromStr;
    let literal = |text: &str| -> Literal {
        match TokenStream::from_str(text)
            .expect("a literal")
            .into_iter()
            .next()
        {
            Some(TokenTree::Literal(l)) => l,
            other => panic!("{text}: {other:?}"),
        }
    };
    for text in [
        r#""plain""#,
        r#""""#,
        r#""with \"quotes\"""#,
        r#""tab\there""#,
        r#""line\
             continued""#,
        r#""\u{4e2d}文""#,
        r#""错误码""#,
        r##"r#"raw "quoted""#"##,
        r#"r"raw\n""#,
        r#""back\\slash""#,
    ] {
        let syn::Lit::Str(lit) = syn::Lit::new(literal(text)) else {
            panic!("{text} is a string literal");
        };
        assert_eq!(
            crate::syntax::literal_text(&literal(text)),
            lit.value(),
            "{text}"
        );
    }
    // Plain decimals are read, and agree with syn.
    for (text, number) in [
        ("0", 0),
        ("7", 7),
        ("42", 42),
        ("501", 501),
        ("2147483647", 2_147_483_647),
        ("4294967296", 4_294_967_296),
        (
            "99999999999999999999999999999999999999",
            99_999_999_999_999_999_999_999_999_999_999_999_999,
        ),
    ] {
        let syn::Lit::Int(int) = syn::Lit::new(literal(text)) else {
            panic!("{text} is an integer literal");
        };
        assert_eq!(int.base10_parse::<i128>().ok(), Some(number), "{text}");
        assert_eq!(
            crate::syntax::plain_integer(&literal(text)),
            Some(number),
            "{text}"
        );
    }
    // Any other literal is left to syn's path and its checks.
    for text in [
        "010",
        "00",
        "1_000",
        "0x1F",
        "0o17",
        "0b101",
        "42u16",
        "42i32",
        "1e3",
        "1.5",
        "42P01",
        "999999999999999999999999999999999999999",
    ] {
        assert_eq!(crate::syntax::plain_integer(&literal(text)), None, "{text}");
    }
}

/// A table that derives serde's traits itself gets no `serde_impls!` call, however its
/// derive is written: `#[r#derive(...)]` once went unnoticed, and the traits would have
/// been implemented twice.
#[test]
fn a_table_that_derives_serde_gets_no_serde_impls() {
    let calls_serde_impls = |attr: &str| {
        let source = format!(r#"{attr} enum E: i32 {{ A = 1 => "a" }}"#);
        let expansion = expansion(&source);
        assert!(
            expansion.errors.is_empty(),
            "{source}: {:?}",
            expansion.errors
        );
        expansion.items.items.iter().any(|item| {
            matches!(item, syn::Item::Macro(m)
                if super::fuzz::last_segment(&m.mac.path) == "serde_impls")
        })
    };
    for attr in [
        "#[derive(serde::Serialize)]",
        "#[r#derive(serde::Serialize)]",
        "#[derive(Hash2, DeserializeFromStr)]",
        "#[cfg_attr(feature = \"serde\", derive(Deserialize))]",
        "#[r#cfg_attr(feature = \"serde\", derive(Deserialize))]",
    ] {
        assert!(!calls_serde_impls(attr), "{attr}");
    }
    for attr in [
        "",
        "#[derive(Hash2)]",
        "#[cfg_attr(feature = \"x\", derive(Hash2))]",
    ] {
        assert!(calls_serde_impls(attr), "{attr}");
    }
}

#[test]
fn every_own_table_attribute_is_read_and_listed_in_the_unknown_attribute_help() {
    for option in crate::names::TABLE_OPTIONS {
        let source = format!(r#"#[{option}] enum E: u8 {{ A = 1 => "a" }}"#);
        let errors = errors(&source);
        assert!(
            errors
                .iter()
                .all(|e| !e.message.starts_with("unknown attribute")),
            "{source}: {errors:?}"
        );
    }
    let errors = errors(r#"#[reserve(3)] enum E: u8 { A = 1 => "a" }"#);
    assert!(errors[0].message.starts_with("unknown attribute `reserve`"));
    for option in crate::names::TABLE_OPTIONS {
        assert!(errors[0].message.contains(&format!("`#[{option}(...)]`")));
    }
}
