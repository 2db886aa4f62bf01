//! Generic code over any table: functions bounded by `codetable::Code`, and the
//! object-like `codetable::Table` view that puts tables of different types in one list.

mod common;

use codetable::agora::native::{NativeError, NativeWarning};
use codetable::agora::rtc::RtcError;
use codetable::agora::signaling::SignalingError;
use codetable::agora::web::{WebError, WebWarning};
use codetable::agora::ALL_TABLES;
use codetable::{Code, Entry, IntegerValue, Table, Value};
use std::collections::BTreeMap;

codetable::define_codes! {
    /// A small table with an alias and a value-less entry, in two languages.
    #[langs(en, de)]
    pub enum Small: u8 {
        ZERO = 0 => { en: "Zero.", de: "Null." },
        ONE = 1 => { en: "One.", de: "Eins." },
        #[alias]
        UNO = 1 => { en: "One, again.", de: "Nochmals eins." },
        NOTHING = _ => { en: "Nothing.", de: "Nichts." },
        MAX = 255 => { en: "The largest u8.", de: "Das größte u8." },
    }

    /// A table with negative values.
    pub enum Signed: i16 {
        LOW = -300 => "Low.",
        HIGH = 300 => "High.",
    }
}

/// Names a code of any table, as the `Code` documentation shows.
fn describe<C: Code>(value: C::Value) -> String {
    match C::from_value(value) {
        Some(code) => format!(
            "{}::{} ({value}): {}",
            C::TABLE,
            code.name(),
            code.description()
        ),
        None => format!("{value} is not a {} code", C::TABLE),
    }
}

#[test]
fn describe_any_table() {
    assert_eq!(describe::<Small>(1), "Small::ONE (1): One.");
    assert_eq!(describe::<Small>(2), "2 is not a Small code");
    assert_eq!(describe::<Signed>(-300), "Signed::LOW (-300): Low.");
    assert_eq!(
        describe::<RtcError>(17),
        "RtcError::ERR_JOIN_CHANNEL_REJECTED (17): Joining a channel is rejected."
    );
    assert_eq!(
        describe::<SignalingError>(201),
        format!(
            "SignalingError::LOGIN_E_NET (201): {}",
            SignalingError::LOGIN_E_NET.description()
        )
    );
    assert_eq!(
        describe::<NativeWarning>(-1),
        "-1 is not a NativeWarning code"
    );
    assert_eq!(
        describe::<WebError>(i32::MAX),
        format!("{} is not a WebError code", i32::MAX)
    );
}

/// Every code of a table, one `{}` line each, through the trait only.
fn listing<C: Code>() -> Vec<String> {
    C::all()
        .iter()
        .copied()
        .map(|code| code.to_string())
        .collect()
}

/// The same listing through the `Table` view: `Display` writes a description's first line.
fn listing_of(table: &Table) -> Vec<String> {
    table
        .all()
        .map(|entry| {
            let line = entry.description.lines().next().unwrap_or_default();
            match entry.value {
                Some(value) => format!("{} ({value}): {line}", entry.name),
                None => format!("{}: {line}", entry.name),
            }
        })
        .collect()
}

/// Every alias of a table and the code it stands for, through the trait only.
fn aliases<C: Code>() -> Vec<(&'static str, String)> {
    C::ALIASES
        .iter()
        .map(|alias| (alias.name(), format!("{:#}", alias.code())))
        .collect()
}

/// The same through the `Table` view.
fn aliases_of(table: &Table) -> Vec<(&'static str, String)> {
    table
        .aliases()
        .map(|alias| {
            let entry = alias.entry;
            let code = match entry.value {
                Some(value) => format!(
                    "{}::{} ({value}): {}",
                    entry.table, entry.name, entry.description
                ),
                None => format!("{}::{}: {}", entry.table, entry.name, entry.description),
            };
            (alias.name, code)
        })
        .collect()
}

/// How many codes of `C` are deprecated, and how many have no value.
fn tally<C: Code>() -> (usize, usize) {
    let deprecated = C::all()
        .iter()
        .copied()
        .filter(|code| code.is_deprecated())
        .count();
    let valueless = C::all()
        .iter()
        .copied()
        .filter(|code| code.value().is_none())
        .count();
    (deprecated, valueless)
}

/// A generic function applied to every table: the trait and the view agree.
fn trait_and_view_agree<C: common::Generated>(table: &Table) {
    assert_eq!(table.name(), C::TABLE);
    assert_eq!(listing::<C>(), listing_of(table));
    assert_eq!(aliases::<C>(), aliases_of(table));
    let (deprecated, valueless) = tally::<C>();
    assert_eq!(table.all().filter(|e| e.deprecated).count(), deprecated);
    assert_eq!(table.all().filter(|e| e.value.is_none()).count(), valueless);
    common::check_table::<C>();
}

#[test]
fn generic_functions_over_every_table() {
    trait_and_view_agree::<SignalingError>(&ALL_TABLES[0]);
    trait_and_view_agree::<NativeError>(&ALL_TABLES[1]);
    trait_and_view_agree::<NativeWarning>(&ALL_TABLES[2]);
    trait_and_view_agree::<WebError>(&ALL_TABLES[3]);
    trait_and_view_agree::<WebWarning>(&ALL_TABLES[4]);
    trait_and_view_agree::<RtcError>(&ALL_TABLES[5]);
    trait_and_view_agree::<Small>(&Table::of::<Small>());
    trait_and_view_agree::<Signed>(&Table::of::<Signed>());
    assert_eq!(tally::<Small>(), (0, 1));
    assert_eq!(tally::<WebError>().1, 22);
    assert_eq!(
        listing::<Signed>(),
        ["LOW (-300): Low.", "HIGH (300): High."]
    );
    assert_eq!(
        aliases::<Small>(),
        [("UNO", "Small::ONE (1): One.".to_owned())]
    );
    assert_eq!(aliases::<WebError>().len(), 2);
}

/// Tables of different types in one list, built at compile time.
const TABLES: &[Table] = &[
    Table::of::<Small>(),
    Table::of::<Signed>(),
    Table::of::<RtcError>(),
];

#[test]
fn table_entries_and_lookups() {
    let small = &TABLES[0];
    assert_eq!(small.name(), "Small");
    // The alias UNO is not an entry.
    assert_eq!(small.count(), 4);
    assert_eq!(small.langs(), ["en", "de"]);
    let names: Vec<&str> = small.all().map(|e| e.name).collect();
    assert_eq!(names, ["ZERO", "ONE", "NOTHING", "MAX"]);
    let values: Vec<Option<Value>> = small.all().map(|e| e.value).collect();
    assert_eq!(
        values,
        [
            Some(Value::Int(0)),
            Some(Value::Int(1)),
            None,
            Some(Value::Int(255))
        ]
    );
    assert!(small.get(4).is_none());

    let max = small.from_value(255).expect("255");
    assert_eq!((max.table, max.index, max.name), ("Small", 3, "MAX"));
    assert_eq!(max.description, "The largest u8.");
    assert_eq!(max.description_in("de"), Some("Das größte u8."));
    assert_eq!(max.description_in("fr"), None);
    assert_eq!(max.langs, ["en", "de"]);
    assert!(!max.deprecated);
    assert_eq!(max.details, None);

    let nothing = small.from_name("NOTHING").expect("NOTHING");
    assert_eq!(nothing.value, None);
    assert_eq!(nothing.description_in("de"), Some("Nichts."));
    assert!(small.from_name("nothing").is_none());
    assert_eq!(
        small
            .from_name_ignore_ascii_case("nothing")
            .map(|e| e.index),
        Some(2)
    );
    assert!(small.from_name("").is_none());
    assert!(small.from_name_ignore_ascii_case("").is_none());

    let signed = &TABLES[1];
    assert_eq!(signed.from_value(-300).map(|e| e.name), Some("LOW"));
    assert!(signed.from_value(-301).is_none());
}

#[test]
fn find_value_rejects_values_out_of_the_type() {
    let small = &TABLES[0];
    // 256 and -1 are not u8 values; their low bits (0 and 255) are codes of the table.
    assert!(small.from_value(256).is_none());
    assert!(small.from_value(257).is_none());
    assert!(small.from_value(-1).is_none());
    assert!(small.from_value(-256).is_none());
    assert!(small.from_value(i128::MAX).is_none());
    assert!(small.from_value(i128::MIN).is_none());
    let signed = &TABLES[1];
    // -300 is a code; 65_236 has its low 16 bits.
    assert_eq!(i128::from(-300_i16 as u16), 65_236);
    assert!(signed.from_value(65_236).is_none());
    assert!(signed.from_value(i128::from(i16::MAX) + 1).is_none());
    let rtc = &TABLES[2];
    assert!(rtc.from_value(17).is_some());
    assert!(rtc.from_value((1_i128 << 32) + 17).is_none());
    assert!(rtc.from_value(-(1_i128 << 32) + 17).is_none());
    assert!(rtc.from_value(i128::from(u64::MAX)).is_none());
}

#[test]
fn aliases_are_listed_apart_from_the_entries() {
    let small = &TABLES[0];
    // A value belongs to one entry; the alias is another name of it.
    let ones: Vec<(usize, &str)> = small
        .from_value(1)
        .into_iter()
        .map(|e| (e.index, e.name))
        .collect();
    assert_eq!(ones, [(1, "ONE")]);
    assert_eq!(small.from_value(1).map(|e| e.name), Some("ONE"));
    assert_eq!(small.from_value(2).into_iter().count(), 0);
    assert_eq!(small.from_value(256).into_iter().count(), 0);
    let listed: Vec<(&str, &str)> = small.aliases().map(|a| (a.name, a.entry.name)).collect();
    assert_eq!(listed, [("UNO", "ONE")]);
    let uno = small.alias("UNO").expect("UNO");
    assert_eq!(uno.description, Some("One, again."));
    assert_eq!(uno.description_in("de"), Some("Nochmals eins."));
    assert_eq!(uno.entry.description_in("de"), Some("Eins."));
    assert_eq!(small.from_name("UNO").map(|e| e.name), Some("ONE"));
    assert_eq!(Small::from_value(1), Some(Small::ONE));
    assert_eq!(Small::UNO, Small::ONE);
    assert!(TABLES[1].aliases().next().is_none());
}

/// Every name a table answers to, the aliases' included, with the entry it gives: what a
/// tool that completes or explains names lists.
fn every_name(table: &Table) -> Vec<(&'static str, &'static str)> {
    table
        .all()
        .map(|entry| (entry.name, entry.name))
        .chain(table.aliases().map(|alias| (alias.name, alias.entry.name)))
        .collect()
}

#[test]
fn every_name_of_every_table_finds_its_entry() {
    let mut aliases = 0;
    for table in ALL_TABLES.iter().chain(TABLES) {
        for (name, entry) in every_name(table) {
            assert_eq!(table.from_name(name).map(|e| e.name), Some(entry), "{name}");
            aliases += usize::from(name != entry);
        }
    }
    // Small's UNO and the Web SDK's two spellings.
    assert_eq!(aliases, 3);
}

/// Every table that has `value`, and the name it gives it: what a tool that explains a
/// bare number does.
fn explain(tables: &[Table], value: i128) -> Vec<(&'static str, &'static str)> {
    tables
        .iter()
        .flat_map(|table| table.from_value(value).into_iter())
        .map(|entry: Entry| (entry.table, entry.name))
        .collect()
}

/// The same, table by table through the trait.
fn explain_typed<C: Code<Value: IntegerValue>>(
    value: i128,
    out: &mut Vec<(&'static str, &'static str)>,
) {
    let Some(value) = C::Value::from_i128(value) else {
        return;
    };
    out.extend(
        C::all()
            .iter()
            .copied()
            .filter(|c| c.value() == Some(value))
            .map(|c| (C::TABLE, c.name())),
    );
}

#[test]
fn explain_a_number_across_the_agora_tables() {
    let mut tables_by_value: BTreeMap<i128, usize> = BTreeMap::new();
    for table in ALL_TABLES {
        for entry in table.all() {
            if let Some(Value::Int(value)) = entry.value {
                *tables_by_value.entry(value).or_default() += 1;
            }
        }
    }
    // Some values are shared by several tables (17 by the Native and RTC errors).
    assert!(tables_by_value[&17] >= 2);
    for value in tables_by_value
        .keys()
        .copied()
        .chain([-1, 8, 99_999, i128::MAX])
    {
        let mut expected = Vec::new();
        explain_typed::<SignalingError>(value, &mut expected);
        explain_typed::<NativeError>(value, &mut expected);
        explain_typed::<NativeWarning>(value, &mut expected);
        explain_typed::<WebError>(value, &mut expected);
        explain_typed::<WebWarning>(value, &mut expected);
        explain_typed::<RtcError>(value, &mut expected);
        assert_eq!(explain(ALL_TABLES, value), expected, "{value}");
        assert_eq!(
            expected.len(),
            tables_by_value.get(&value).copied().unwrap_or(0)
        );
    }
    let seventeen = explain(ALL_TABLES, 17);
    assert!(seventeen.contains(&("RtcError", "ERR_JOIN_CHANNEL_REJECTED")));
    assert!(seventeen.contains(&("NativeError", "ERR_JOIN_CHANNEL_REJECTED")));
}

#[test]
fn tables_format_for_debugging() {
    let debug = format!("{:?}", TABLES[0]);
    assert!(
        debug.contains("\"Small\"") && debug.contains("count: 4") && debug.contains("aliases: 1"),
        "{debug}"
    );
    let entry = format!("{:?}", TABLES[0].from_name("MAX").expect("MAX"));
    assert!(
        entry.contains("\"MAX\"") && entry.contains("Some(Int(255))"),
        "{entry}"
    );
}
