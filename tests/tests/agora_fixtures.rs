//! The Agora tables against the fixtures in `tests/fixtures/`, which `extract_seeds.py`
//! wrote from the seed documentation pages independently of the declarations in
//! `core/src/agora/`. Every entry must match its page row (after the SDK-header
//! corrections of `corrections.tsv`), in the page's order.

#[macro_use]
mod common;

use codetable::agora::native::{NativeError, NativeWarning};
use codetable::agora::rtc::RtcError;
use codetable::agora::signaling::SignalingError;
use codetable::agora::web::{WebError, WebWarning};
use codetable::agora::ALL_TABLES;
use codetable::{Code, IntegerValue, Open, Value};
use common::fixtures::{corrections, deprecated, parse_value, read_tsv, rows};
use proptest::prelude::*;
use std::collections::{BTreeSet, HashMap};

/// The tables, their fixture files and the counts that issue 3 asks for.
const COUNTS: [(&str, &str, usize); 6] = [
    ("SignalingError", "signaling", 42),
    ("NativeError", "native_error", 63),
    ("NativeWarning", "native_warning", 24),
    ("WebError", "web_error", 45),
    ("WebWarning", "web_warning", 6),
    ("RtcError", "rtc_error", 43),
];

/// Checks table `C` against the rows of fixture `stem`: the count, then every entry's
/// name, value and descriptions (one per language), in order.
fn check_against_fixture<C: Code<Value: IntegerValue>>(stem: &str) {
    let (_, _, count) = COUNTS
        .iter()
        .find(|(table, ..)| *table == C::TABLE)
        .expect("known table");
    let rows = rows(stem);
    assert_eq!(rows.len(), *count, "{stem}.tsv rows");
    assert_eq!(C::all().len(), *count, "{} entries", C::TABLE);
    for (code, row) in C::all().iter().copied().zip(&rows) {
        assert_eq!(
            code.name(),
            row.name,
            "{}: entry {}",
            C::TABLE,
            codetable::__private::Layout::position(code)
        );
        assert_eq!(
            code.value().map(IntegerValue::to_i128),
            row.value,
            "{}::{}",
            C::TABLE,
            row.name
        );
        assert_eq!(
            C::LANGS.len(),
            row.descriptions.len(),
            "{}: languages",
            C::TABLE
        );
        for (lang, expected) in C::LANGS.iter().zip(&row.descriptions) {
            assert_eq!(
                code.description_in(lang),
                Some(expected.as_str()),
                "{}::{} in {lang}",
                C::TABLE,
                row.name
            );
        }
        assert_eq!(code.description(), row.descriptions[0]);
    }
}

#[test]
fn signaling_matches_the_pages() {
    check_against_fixture::<SignalingError>("signaling");
    assert_eq!(SignalingError::LANGS, ["en", "zh"]);
}

#[test]
fn native_errors_match_the_page() {
    check_against_fixture::<NativeError>("native_error");
}

#[test]
fn native_warnings_match_the_page() {
    check_against_fixture::<NativeWarning>("native_warning");
}

#[test]
fn web_errors_match_the_page() {
    check_against_fixture::<WebError>("web_error");
    // The page's "/" rows are the entries without a value.
    let without: usize = rows("web_error")
        .iter()
        .filter(|r| r.value.is_none())
        .count();
    assert!(without > 0);
    assert_eq!(
        WebError::all()
            .iter()
            .copied()
            .filter(|c| c.value().is_none())
            .count(),
        without
    );
}

#[test]
fn web_warnings_match_the_page() {
    check_against_fixture::<WebWarning>("web_warning");
}

#[test]
fn rtc_errors_match_the_page() {
    check_against_fixture::<RtcError>("rtc_error");
}

/// The expected `details()` of the RTC errors that have some, by name: (value, details).
fn rtc_details() -> HashMap<String, (String, String)> {
    read_tsv("rtc_error_details.tsv", &["name", "value", "details"])
        .into_iter()
        .map(|cells| {
            let [name, value, details] = <[String; 3]>::try_from(cells).expect("three cells");
            (name, (value, details))
        })
        .collect()
}

/// Checks `details()` of the RTC errors whose expected details `select` picks (every
/// entry without details always); returns how many entries with details were checked.
fn check_rtc_details(select: impl Fn(&str) -> bool) -> usize {
    let details = rtc_details();
    assert!(!details.is_empty());
    for name in details.keys() {
        assert!(
            RtcError::from_name(name).is_some(),
            "details of unknown {name}"
        );
    }
    let mut checked = 0;
    for code in RtcError::all().iter().copied() {
        match details.get(code.name()) {
            Some((value, expected)) if select(expected) => {
                assert_eq!(value, &code.value().to_string(), "{}", code.name());
                assert_eq!(code.details(), Some(expected.as_str()), "{}", code.name());
                checked += 1;
            }
            Some(_) => {}
            None => assert_eq!(code.details(), None, "{}", code.name()),
        }
    }
    checked
}

#[test]
fn rtc_details_match_the_page() {
    let checked = check_rtc_details(|details| !details.contains("\n\n"));
    assert!(checked >= 20, "{checked}");
}

#[test]
fn rtc_details_keep_the_blank_line_before_deprecated() {
    let checked = check_rtc_details(|details| details.contains("\n\n"));
    assert_eq!(checked, 2);
}

#[test]
fn signaling_has_both_languages() {
    let rows = rows("signaling");
    for code in SignalingError::all().iter().copied() {
        let en = code.description_in("en").expect("English");
        let zh = code.description_in("zh").expect("Chinese");
        assert!(!en.is_empty() && !zh.is_empty(), "{}", code.name());
        assert_eq!(en, code.description());
        assert!(!zh.is_ascii(), "{}: {zh:?} is not Chinese", code.name());
    }
    let net = rows
        .iter()
        .find(|r| r.name == "LOGIN_E_NET")
        .expect("LOGIN_E_NET row");
    // The Chinese page's cell for LOGIN_E_NET (201).
    assert_eq!(net.descriptions[1], "网络问题");
    assert_eq!(
        SignalingError::LOGIN_E_NET.description_in("zh"),
        Some(net.descriptions[1].as_str())
    );
    assert_eq!(
        SignalingError::from_name("LOGIN_E_NET").and_then(|c| c.description_in("zh")),
        Some(net.descriptions[1].as_str())
    );
    assert_eq!(SignalingError::LOGIN_E_NET.description_in("fr"), None);
}

#[test]
fn deprecated_entries_are_the_obsolete_ones() {
    let expected = deprecated();
    assert!(!expected.is_empty());
    let mut found = BTreeSet::new();
    for table in ALL_TABLES {
        for entry in table.all() {
            if entry.deprecated {
                found.insert((table.name().to_owned(), entry.name.to_owned()));
            }
        }
    }
    assert_eq!(found, expected);
    // The generated method agrees with the table view.
    #[allow(deprecated)]
    let byuser = SignalingError::QUERYUSERNUM_E_BYUSER;
    assert!(byuser.is_deprecated());
    assert!(!SignalingError::LOGIN_E_NET.is_deprecated());
    for (table, name) in &expected {
        let table = ALL_TABLES
            .iter()
            .find(|t| t.name() == table)
            .expect("known table");
        assert!(table.from_name(name).expect("known name").deprecated);
    }
}

#[test]
fn corrections_are_applied_and_explained() {
    let corrections = corrections();
    assert_eq!(corrections.len(), 2);
    for correction in &corrections {
        let (table, ..) = COUNTS
            .iter()
            .find(|(_, stem, _)| *stem == correction.table)
            .expect("known stem");
        let table = ALL_TABLES
            .iter()
            .find(|t| t.name() == *table)
            .expect("known table");
        let entry = table
            .from_name(&correction.sdk_name)
            .expect("corrected entry");
        let sdk_value = parse_value(&correction.sdk_value);
        assert_eq!(
            entry.value,
            sdk_value.map(Value::Int),
            "{}",
            correction.sdk_name
        );
        assert!(!correction.reason.is_empty());
        // The entry's doc comment explains the correction: it names what the page says.
        let details = entry
            .details
            .unwrap_or_else(|| panic!("{} has no details", entry.name));
        assert!(details.contains(&correction.page_value), "{details:?}");
        if correction.page_name != correction.sdk_name {
            assert!(details.contains(&correction.page_name), "{details:?}");
            assert!(details.contains(&correction.sdk_name), "{details:?}");
        }
        if correction.page_value != correction.sdk_value {
            assert!(details.contains(&correction.sdk_value), "{details:?}");
        }
        // The value the entry had on the page still finds what the SDK header says.
        let page_value = parse_value(&correction.page_value).expect("page value");
        let found = table.from_value(page_value).expect("page value is a code");
        if correction.page_value == correction.sdk_value {
            assert_eq!(found.name, correction.sdk_name);
        } else {
            assert_ne!(found.name, correction.sdk_name);
        }
    }

    #[allow(deprecated)]
    let byuser = SignalingError::QUERYUSERNUM_E_BYUSER;
    assert_eq!(byuser.value(), 502);
    assert_eq!(SignalingError::from_value(502), Some(byuser));
    assert_eq!(
        SignalingError::from_value(501),
        Some(SignalingError::QUERYUSERNUM_E_TIMEOUT)
    );
    assert!(byuser.details().is_some_and(|d| d.contains("501")));

    assert_eq!(
        NativeError::from_value(102),
        Some(NativeError::ERR_INVALID_CHANNEL_NAME)
    );
    assert_eq!(
        NativeError::ERR_INVALID_CHANNEL_NAME.name(),
        "ERR_INVALID_CHANNEL_NAME"
    );
    assert_eq!(NativeError::ERR_INVALID_TOKEN.value(), 110);
    assert_eq!(
        NativeError::from_name("ERR_INVALID_TOKEN"),
        Some(NativeError::ERR_INVALID_TOKEN)
    );
    assert!(NativeError::ERR_INVALID_CHANNEL_NAME
        .details()
        .is_some_and(|d| d.contains("ERR_INVALID_TOKEN")));
}

#[test]
fn all_tables_lists_the_six_tables() {
    let listed: Vec<(&str, usize)> = ALL_TABLES.iter().map(|t| (t.name(), t.count())).collect();
    let expected: Vec<(&str, usize)> = COUNTS
        .iter()
        .map(|(name, _, count)| (*name, *count))
        .collect();
    assert_eq!(listed, expected);
    for table in ALL_TABLES {
        let langs: &[&str] = if table.name() == "SignalingError" {
            &["en", "zh"]
        } else {
            &["en"]
        };
        assert_eq!(table.langs(), langs, "{}", table.name());
        assert_eq!(table.all().count(), table.count());
    }
}

/// What `check` returned, with the error's variant spelled out: `Open`'s `==` compares
/// values only, so it cannot tell which variant holds one.
fn checked<C: Code<Value = i32, Raw = i32>>(
    result: Result<i32, Open<C>>,
) -> Result<i32, Result<C, i32>> {
    result.map_err(|error| match error {
        Open::Known(code) => Ok(code),
        Open::Unknown(value) => Err(value.value()),
    })
}

/// `check` of a table with values of type `i32`, given as its function: success (`>= 0`) is
/// returned unchanged, a negative value is the error `-ret` (known where the table has it,
/// `Unknown` with the code otherwise), and `i32::MIN`, which has no negation, is
/// `Unknown(i32::MIN)`.
fn check_returns<C: Code<Value = i32, Raw = i32>>(check: fn(i32) -> Result<i32, Open<C>>) {
    let check = |ret| checked(check(ret));
    // Every code of the table, returned negated, is that code; 0 (Native's ERR_OK) is
    // success, as for the SDK.
    let mut known = 0;
    for code in C::all().iter().copied() {
        let value = code.value().expect("numeric code");
        assert!(value >= 0, "{}", code.name());
        if value == 0 {
            assert_eq!(check(0), Ok(0), "{}", code.name());
        } else {
            assert_eq!(check(-value), Err(Ok(code)), "{}", code.name());
            known += 1;
        }
        // A code's own (positive) value is a success: a count or an id.
        assert_eq!(check(value), Ok(value), "{}", code.name());
    }
    assert!(known >= C::all().len() - 1);
    // Every unknown code near the table's, negated, is `Unknown` with the code.
    let mut unknown = 0;
    for value in 1..5000 {
        if C::from_value(value).is_none() {
            unknown += 1;
            assert_eq!(check(-value), Err(Err(value)), "{value}");
        }
    }
    assert!(unknown > 0);
    for ret in [0, 1, 2, 1005, i32::MAX] {
        assert_eq!(check(ret), Ok(ret));
    }
    assert_eq!(check(i32::MIN), Err(Err(i32::MIN)));
    assert_eq!(check(-i32::MAX), Err(Err(i32::MAX)));
    assert_eq!(check(i32::MIN + 1), Err(Err(i32::MAX)));
}

#[test]
fn check_reads_return_values_like_the_sdk() {
    check_returns(RtcError::check);
    check_returns(NativeError::check);
    assert_eq!(
        checked(RtcError::check(-2)),
        Err(Ok(RtcError::ERR_INVALID_ARGUMENT))
    );
    assert_eq!(RtcError::check(2), Ok(2));
    assert_eq!(
        checked(NativeError::check(-102)),
        Err(Ok(NativeError::ERR_INVALID_CHANNEL_NAME))
    );
    // Native 0 is ERR_OK, a value of the table, but as a return value it means success.
    assert_eq!(NativeError::from_value(0), Some(NativeError::ERR_OK));
    assert_eq!(NativeError::check(0), Ok(0));
    assert_eq!(RtcError::check(0), Ok(0));
    // Native has no 8 (RTC v4 has), RTC v4 no 11 (Native has), neither has 23.
    assert_eq!(checked(NativeError::check(-8)), Err(Err(8)));
    assert_eq!(
        checked(RtcError::check(-8)),
        Err(Ok(RtcError::ERR_INVALID_STATE))
    );
    assert_eq!(checked(RtcError::check(-11)), Err(Err(11)));
    assert_eq!(
        checked(NativeError::check(-11)),
        Err(Ok(NativeError::ERR_CANCELED))
    );
    assert_eq!(checked(NativeError::check(-23)), Err(Err(23)));
    assert_eq!(checked(RtcError::check(-23)), Err(Err(23)));
    let error = RtcError::check(-11).unwrap_err();
    assert_eq!(error.to_string(), "RtcError 11 (not in the table)");
    assert_eq!(error.or(RtcError::ERR_FAILED), RtcError::ERR_FAILED);
    let min = NativeError::check(i32::MIN).unwrap_err();
    assert_eq!(min.value(), Some(i32::MIN));
    assert_eq!(
        min.to_string(),
        "NativeError -2147483648 (not in the table)"
    );
    // `?` takes the error into a `Box<dyn Error>`, which prints it.
    let join = || -> Result<i32, Box<dyn std::error::Error>> { Ok(RtcError::check(-17)?) };
    assert_eq!(
        join().unwrap_err().to_string(),
        RtcError::ERR_JOIN_CHANNEL_REJECTED.to_string()
    );
    let join = || -> Result<i32, Box<dyn std::error::Error>> { Ok(RtcError::check(-11)?) };
    assert_eq!(
        join().unwrap_err().to_string(),
        "RtcError 11 (not in the table)"
    );
}

/// What `check` must give for `ret`, whatever it is.
fn check_any<C: Code<Value = i32, Raw = i32>>(
    check: fn(i32) -> Result<i32, Open<C>>,
    ret: i32,
) -> Result<(), TestCaseError> {
    match check(ret) {
        Ok(value) => {
            prop_assert!(ret >= 0, "{} {ret}", C::TABLE);
            prop_assert_eq!(value, ret);
        }
        Err(error) => {
            prop_assert!(ret < 0, "{} {ret}", C::TABLE);
            // The error's value is the code, `-ret`, or `ret` itself for `i32::MIN`.
            let code = ret.checked_neg().unwrap_or(ret);
            prop_assert_eq!(error.value(), Some(code));
            prop_assert_eq!(error.known(), C::from_value(code));
            prop_assert_eq!(error.is_known(), C::from_value(code).is_some());
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn check_never_panics_and_keeps_every_return_value(ret in prop_oneof![
        any::<i32>(),
        (0_i32..8).prop_map(|d| i32::MIN + d),
        (0_i32..8).prop_map(|d| i32::MAX - d),
        -2000_i32..2000,
        Just(0),
        Just(-1),
    ]) {
        check_any(RtcError::check, ret)?;
        check_any(NativeError::check, ret)?;
    }
}

#[test]
fn every_agora_table_round_trips() {
    common::check_table::<SignalingError>();
    common::check_table::<NativeError>();
    common::check_table::<NativeWarning>();
    common::check_table::<WebError>();
    common::check_table::<WebWarning>();
    common::check_table::<RtcError>();
}

#[test]
fn every_agora_code_casts_to_its_value() {
    assert_casts_give_values!(
        SignalingError: i32,
        NativeError: i32,
        NativeWarning: i32,
        RtcError: i32,
        WebWarning: i32,
    );
    assert_eq!(SignalingError::LOGIN_E_NET as i32, 201);
    assert_eq!(NativeWarning::WARN_INVALID_VIEW as i32, 8);
    // The Web SDK's string codes have no value: their discriminants are not values.
    let mut valueless = 0;
    for &code in WebError::all() {
        let discriminant = code as i32;
        match code.value() {
            Some(value) => assert_eq!(discriminant, value, "{}", code.name()),
            None => {
                valueless += 1;
                assert_eq!(WebError::from_value(discriminant), None, "{}", code.name());
            }
        }
    }
    assert_eq!(valueless, 22);
    assert_eq!(WebError::ERR_JOIN_CHANNEL_TIMEOUT as i32, 2002);
}

#[test]
fn agora_codes_order_by_value() {
    // The Web SDK's page lists 2002 before 1, and string codes first.
    assert!(WebError::ERR_FAILED < WebError::ERR_JOIN_CHANNEL_TIMEOUT);
    let mut sorted = WebError::all().to_vec();
    sorted.sort();
    let values: Vec<Option<i32>> = sorted.iter().map(|c| c.value()).collect();
    let with_value = values.iter().take_while(|v| v.is_some()).count();
    assert_eq!(with_value, WebError::COUNT - 22);
    assert!(values[..with_value].windows(2).all(|w| w[0] < w[1]));
    assert!(values[with_value..].iter().all(Option::is_none));
    fn sorts_by_value<C: Code>() -> bool {
        let mut sorted = C::all().to_vec();
        sorted.sort();
        sorted.windows(2).all(|w| w[0].value() < w[1].value())
    }
    assert!(sorts_by_value::<SignalingError>());
    assert!(sorts_by_value::<NativeError>());
    assert!(sorts_by_value::<NativeWarning>());
    assert!(sorts_by_value::<RtcError>());
    assert!(sorts_by_value::<WebWarning>());
}

#[test]
fn the_web_sdk_spellings_are_aliases() {
    // Not among the page's 45 codes, and found by name as the page's code.
    let aliases: Vec<(&str, WebError)> = WebError::ALIASES
        .iter()
        .map(|a| (a.name(), a.code()))
        .collect();
    assert_eq!(
        aliases,
        [
            (
                "ERR_STATIC_USE_DYANMIC_KE",
                WebError::ERR_STATIC_USE_DYNAMIC_KEY
            ),
            (
                "ERR_DYNAMIC_USE_STATIC_KE",
                WebError::ERR_DYNAMIC_USE_STATIC_KEY
            ),
        ]
    );
    assert_eq!(
        WebError::ERR_STATIC_USE_DYANMIC_KE,
        WebError::ERR_STATIC_USE_DYNAMIC_KEY
    );
    assert_eq!(WebError::ERR_STATIC_USE_DYANMIC_KE as i32, 119);
    assert_eq!(WebError::ERR_DYNAMIC_USE_STATIC_KE.value(), Some(120));
    assert_eq!(
        "ERR_DYNAMIC_USE_STATIC_KE".parse(),
        Ok(WebError::ERR_DYNAMIC_USE_STATIC_KEY)
    );
    let page: Vec<String> = rows("web_error").into_iter().map(|r| r.name).collect();
    for alias in WebError::ALIASES {
        assert!(!page.contains(&alias.name().to_owned()), "{}", alias.name());
        assert!(page.contains(&alias.code().name().to_owned()));
        let details = alias.details().expect("the alias says where it comes from");
        assert!(details.contains(alias.code().name()), "{details}");
        assert_eq!(alias.description(), None);
    }
    // The other tables have none; the table view lists the same.
    for table in ALL_TABLES {
        let listed: Vec<(&str, &str)> = table.aliases().map(|a| (a.name, a.entry.name)).collect();
        let expected: Vec<(&str, &str)> = if table.name() == "WebError" {
            WebError::ALIASES
                .iter()
                .map(|a| (a.name(), a.code().name()))
                .collect()
        } else {
            Vec::new()
        };
        assert_eq!(listed, expected, "{}", table.name());
    }
}
