//! String tables from outside: every behaviour an integer table has, with `&'static str`
//! values (`value`, `const fn from_value`, `TryFrom<&str>` of any lifetime, `FromStr` by
//! name or value, `Display`, the `Code` trait, `Table` and `Entry`, `Open`, serde, aliases,
//! deprecated entries, languages), checked on tables declared here and on the examples'
//! `SqlState` (PostgreSQL, 260 codes) and `OAuthError` (RFC 6749); unknown codes kept inline
//! and flagged when cut short; proptests over any string.

mod common;

use codetable::Value;
use codetable::{Code, CodeValue, InlineStr, Open, Table, UnknownCode, UnknownName, UnknownValue};
use codetable_examples::oauth::OAuthError;
use codetable_examples::sqlstate::SqlState;
use common::{check_unknown_name, swap_ascii_case};
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::error::Error;
use std::str::FromStr;

codetable::define_codes! {
    /// A cloud API's error codes, in two languages, with aliases of both forms, a deprecated
    /// entry and an alias, a value made of digits and values with upper and lower case.
    #[langs(en, fr)]
    #[codes(max_len = 20, chars = "0-9A-Za-z_")]
    pub enum Api: str {
        /// The request was throttled: retry later.
        THROTTLED = "ThrottlingException" => { en: "Rate exceeded.", fr: "Débit dépassé." },
        CARD_DECLINED = "card_declined" => { en: "The card was declined.", fr: "La carte a été refusée." },
        NOT_FOUND = "404" => { en: "Not found.", fr: "Introuvable." },
        #[deprecated]
        OLD_LIMIT = "LimitExceeded" => { en: "The old name of the rate limit.", fr: "L'ancien nom." },
        /// What a proxy in front of the API sends.
        #[alias]
        SLOW_DOWN = "ThrottlingException" => { en: "Slow down.", fr: "Ralentissez." },
        #[deprecated]
        DECLINED = CARD_DECLINED,
    }
}

codetable::define_codes! {
    /// Values without a declared shape, beyond ASCII: `Open` keeps the longest value's
    /// length, 14 bytes (`"größenfehler"`), and cuts a longer one at a character boundary.
    pub enum Words: str {
        SHORT = "a" => "One byte.",
        UMLAUT = "größenfehler" => "Twelve characters, fourteen bytes.",
        MIXED = "Aa" => "Upper and lower case.",
        LOWER = "aa" => "Lower case only: not the same value as Aa.",
    }
}

/// What a generated enum of a string table provides, `Open` keeping `N` bytes of an unknown
/// value: `Code` with `&'static str` values, `FromStr`, `TryFrom` of a `&str` of any
/// lifetime and of an `Open`, `Into<&'static str>`, `Error`, and (with codetable's serde
/// feature) serde's traits.
trait StringTable<const N: usize>:
    Code<Value = &'static str, Raw = InlineStr<N>>
    + FromStr<Err = UnknownName>
    + for<'a> TryFrom<&'a str, Error = UnknownValue<InlineStr<N>>>
    + TryFrom<Open<Self>, Error = UnknownValue<InlineStr<N>>>
    + Into<&'static str>
    + Error
    + Serialize
    + DeserializeOwned
{
}

impl<C, const N: usize> StringTable<N> for C where
    C: Code<Value = &'static str, Raw = InlineStr<N>>
        + FromStr<Err = UnknownName>
        + for<'a> TryFrom<&'a str, Error = UnknownValue<InlineStr<N>>>
        + TryFrom<Open<C>, Error = UnknownValue<InlineStr<N>>>
        + Into<&'static str>
        + Error
        + Serialize
        + DeserializeOwned
{
}

/// Checks every generated method of string table `C`, whose `Open` keeps `N` bytes, on every
/// entry and alias and on strings close to its values: lookups, conversions, printing, the
/// `Table` view, ordering by value, `Open` and serde.
fn check_string_table<C, const N: usize>()
where
    C: StringTable<N>,
    Open<C>: Serialize + DeserializeOwned,
{
    let table = Table::of::<C>();
    let mut by_value: HashMap<&str, C> = HashMap::new();
    for (index, &code) in C::all().iter().enumerate() {
        let value = code.value().expect("a string table's entries have values");
        assert!(!value.is_empty(), "{}::{}", C::TABLE, code.name());
        assert!(value.len() <= N, "{}: {value} is longer than {N}", C::TABLE);
        assert!(by_value.insert(value, code).is_none(), "{value} twice");
        check_string_entry::<C, N>(code, index, value, &table);
    }
    assert_eq!(table.count(), C::all().len());

    // Aliases: other names of the codes, by name only.
    for alias in C::ALIASES {
        let code = alias.code();
        assert_eq!(C::from_name(alias.name()), Some(code));
        assert_eq!(alias.name().parse::<C>(), Ok(code));
        assert_eq!(
            C::from_name_ignore_ascii_case(&swap_ascii_case(alias.name())),
            Some(code)
        );
        assert_eq!(
            table.from_name(alias.name()).map(|e| e.index),
            Some(codetable::__private::Layout::position(code))
        );
        let value = code.value().expect("a value");
        assert_eq!(C::from_value(value), Some(code));
    }

    // Codes sort by value, as strings.
    let mut sorted = C::all().to_vec();
    sorted.sort();
    let values: Vec<&str> = sorted.iter().map(|c| c.value().expect("a value")).collect();
    let mut expected: Vec<&str> = by_value.keys().copied().collect();
    expected.sort_unstable();
    assert_eq!(values, expected, "{}: codes do not sort by value", C::TABLE);
    let opens: BTreeSet<Open<C>> = C::all().iter().copied().rev().map(Open::from).collect();
    assert_eq!(
        opens
            .into_iter()
            .filter_map(Open::known)
            .collect::<Vec<_>>(),
        sorted
    );

    // Strings close to the values: none is found, each is kept as `Open` keeps it.
    let mut misses: BTreeSet<String> = ["", " ", "\0", "é", "NO_SUCH_CODE"]
        .map(String::from)
        .into();
    for value in by_value.keys() {
        let mut shorter = value.to_string();
        shorter.pop();
        let mut changed = value.to_string();
        let last = changed.pop().expect("not empty");
        changed.push(if last == 'X' { 'Y' } else { 'X' });
        misses.extend([
            shorter,
            changed,
            format!("{value}0"),
            format!(" {value}"),
            format!("{value} "),
            format!("{value}\0"),
            value.to_lowercase(),
            value.to_uppercase(),
            swap_ascii_case(value),
            format!("{value}{}", "é".repeat(N)),
        ]);
    }
    let mut tried = 0;
    for miss in misses.iter().filter(|m| !by_value.contains_key(m.as_str())) {
        tried += 1;
        check_string_miss::<C, N>(miss, &table);
    }
    assert!(tried > by_value.len(), "{}", C::TABLE);
}

/// The checks of one entry of string table `C`, whose value is `value`.
fn check_string_entry<C, const N: usize>(code: C, index: usize, value: &'static str, table: &Table)
where
    C: StringTable<N>,
    Open<C>: Serialize + DeserializeOwned,
{
    let name = code.name();
    assert_eq!(codetable::__private::Layout::position(code), index);
    let into: &'static str = code.into();
    assert_eq!(into, value);
    // By value: the `Code` trait (a `&'static str`), `TryFrom` of a string that is not
    // `'static`, `FromStr` (a value, when it is no name), `decode` and `Table::decode`.
    let owned = String::from(value);
    assert_eq!(C::from_value(value), Some(code), "{}::{name}", C::TABLE);
    assert_eq!(C::try_from(owned.as_str()), Ok(code));
    if C::from_name(value).is_none() {
        assert_eq!(owned.parse::<C>(), Ok(code), "{}::{name}", C::TABLE);
    }
    assert!(matches!(C::decode(value), Open::Known(c) if c == code));
    let decoded = table.decode(Value::Str(&owned)).and_then(Result::ok);
    assert_eq!(decoded.map(|e| e.name), Some(name));
    assert!(table.decode(Value::Int(0)).is_none());
    assert_eq!(value.as_value().unwrap(), Value::Str(value));
    // By name.
    assert_eq!(C::from_name(name), Some(code));
    assert_eq!(name.parse::<C>(), Ok(code));
    assert_eq!(
        C::from_name_ignore_ascii_case(&swap_ascii_case(name)),
        Some(code)
    );

    // Printing: the value in parentheses, as for an integer table.
    let description = code.description();
    let plain = format!("{name} ({value}): {description}");
    assert_eq!(code.to_string(), plain);
    assert_eq!(format!("{code:#}"), format!("{}::{plain}", C::TABLE));
    let width = plain.chars().count() + 4;
    assert_eq!(format!("{code:>width$}"), format!("{plain:>width$}"));
    assert_eq!(format!("{code:?}"), format!("{name} = {value:?}"));
    assert_eq!(code.short().to_string(), format!("{name} ({value})"));

    // The `Table` view: the value as `Value::Str`, found by any `&str`.
    let entry = table.get(index).expect("an entry");
    assert_eq!(entry.value, Some(Value::Str(value)));
    assert_eq!(entry.name, name);
    assert_eq!(entry.description, description);
    assert_eq!(entry.deprecated, code.is_deprecated());
    assert_eq!(entry.details, code.details());
    assert_eq!(
        table.from_value(owned.as_str()).map(|e| e.index),
        Some(index)
    );
    assert_eq!(
        table.from_value(Value::Str(value)).map(|e| e.name),
        Some(name)
    );
    let with: Vec<usize> = table
        .from_value(value)
        .into_iter()
        .map(|e| e.index)
        .collect();
    assert_eq!(with, [index]);
    for lang in C::LANGS {
        assert_eq!(entry.description_in(lang), code.description_in(lang));
        assert!(code.description_in(lang).is_some());
    }

    // `Open`: known, holding the value as `Raw`; no `Unknown` holds it.
    let open = Open::from(code);
    let raw = open.value().expect("a value");
    assert_eq!((raw.as_str(), raw.is_truncated()), (value, false));
    assert_eq!(raw.as_value(), Some(Value::Str(value)));
    assert_eq!(raw, InlineStr::new(value));
    assert_eq!(UnknownCode::<C>::new(InlineStr::new(value)), None);
    assert_eq!(C::decode(code.value().expect("a value")), open);
    assert_eq!(open, code);
    assert_eq!(open.known(), Some(code));
    assert_eq!(open.to_string(), plain);
    assert_eq!(C::try_from(open), Ok(code));

    // serde: the value as a string, in JSON and postcard; `Open` too.
    let json = serde_json::to_string(&code).expect("to JSON");
    assert_eq!(json, serde_json::to_string(value).expect("a string"));
    assert_eq!(serde_json::from_str::<C>(&json).ok(), Some(code));
    assert_eq!(serde_json::to_string(&open).ok(), Some(json.clone()));
    assert!(matches!(serde_json::from_str::<Open<C>>(&json), Ok(Open::Known(c)) if c == code));
    let mut buffer = [0_u8; 64];
    let bytes = postcard::to_slice(&code, &mut buffer).expect("to postcard");
    assert_eq!(postcard::from_bytes::<C>(bytes).ok(), Some(code));
    let bytes = postcard::to_slice(&open, &mut buffer).expect("to postcard");
    assert!(matches!(postcard::from_bytes::<Open<C>>(bytes), Ok(Open::Known(c)) if c == code));
}

/// The checks of a string that is no value of table `C`.
fn check_string_miss<C, const N: usize>(miss: &str, table: &Table)
where
    C: StringTable<N>,
    Open<C>: Serialize + DeserializeOwned,
{
    assert!(table.from_value(miss).is_none(), "{}: {miss:?}", C::TABLE);
    assert_eq!(table.from_value(miss).into_iter().count(), 0);
    let error = C::try_from(miss).expect_err("not a value");
    assert_eq!(error.table(), C::TABLE);
    let kept = InlineStr::<N>::new(miss);
    assert_eq!(error.value(), kept);
    if C::from_name(miss).is_none() {
        check_unknown_name(&miss.parse::<C>().expect_err("no name"), C::TABLE, miss);
    }
    // Kept inline: in full up to `N` bytes, else cut at a character boundary and flagged.
    let unknown = Open::<C>::Unknown(UnknownCode::new(kept).expect("not a known value"));
    let erased = table.decode(miss).expect("a string").expect_err("no value");
    assert_eq!(
        (erased.table().name(), erased.value()),
        (C::TABLE, Value::Str(miss))
    );
    assert_eq!(erased.to_string(), unknown.to_string());
    let raw = kept;
    assert_eq!(raw, kept);
    assert_eq!(raw.is_truncated(), miss.len() > N, "{miss:?}");
    assert!(raw.as_str().len() <= N && miss.starts_with(raw.as_str()));
    let more = if raw.is_truncated() { "..." } else { "" };
    assert_eq!(
        unknown.to_string(),
        format!("{} {}{more} (not in the table)", C::TABLE, raw.as_str())
    );
    assert_eq!(
        error.to_string(),
        format!("{} has no code with value {raw}", C::TABLE)
    );
    // Never a known code, even when what is kept is a known value.
    assert!(!unknown.is_known() && unknown.known().is_none());
    assert!(C::all()
        .iter()
        .copied()
        .all(|code| unknown != Open::Known(code)));
    assert!(C::try_from(unknown).is_err());
    assert_eq!(raw.as_value().is_some(), !raw.is_truncated());
    // serde: an unknown string is an error for the table and a value for `Open`.
    let json = serde_json::to_string(miss).expect("a string");
    let error = serde_json::from_str::<C>(&json).expect_err("not a value");
    assert!(error
        .to_string()
        .starts_with(&format!("{} has no code with value ", C::TABLE)));
    match serde_json::from_str::<Open<C>>(&json) {
        Ok(Open::Unknown(back)) => assert_eq!(back.value(), raw),
        other => panic!("{miss:?}: {other:?}"),
    }
    if !raw.is_truncated() {
        assert_eq!(serde_json::to_string(&unknown).ok(), Some(json));
    }
}

#[test]
fn declared_string_tables_behave_like_integer_tables() {
    check_string_table::<Api, 20>();
    check_string_table::<Words, 14>();
}

#[test]
fn sqlstate_and_oauth_behave_like_integer_tables() {
    // The lengths are the declared one (`len = 5`) and the longest value's.
    check_string_table::<SqlState, 5>();
    check_string_table::<OAuthError, 22>();
    assert_eq!(
        OAuthError::all()
            .iter()
            .copied()
            .map(|c| c.value().len())
            .max(),
        Some(22)
    );
}

#[test]
fn values_are_const() {
    const UNIQUE: Option<SqlState> = SqlState::from_value("23505");
    const VALUE: &str = SqlState::UNDEFINED_TABLE.value();
    const THROTTLED: Option<Api> = Api::from_value("ThrottlingException");
    const MISSING: Option<Api> = Api::from_value("throttlingexception");
    const DECODED: Open<SqlState> = SqlState::decode("42P01");
    assert_eq!(UNIQUE, Some(SqlState::UNIQUE_VIOLATION));
    assert_eq!(VALUE, "42P01");
    assert_eq!(THROTTLED, Some(Api::THROTTLED));
    assert_eq!(MISSING, None);
    assert!(matches!(DECODED, Open::Known(SqlState::UNDEFINED_TABLE)));
    // Codes and aliases are patterns.
    let state = SqlState::from_value("2202E").expect("a code");
    let class = match state {
        SqlState::ARRAY_ELEMENT_ERROR => "the alias's pattern matches the code",
        _ => "another code",
    };
    assert_eq!(class, "the alias's pattern matches the code");
}

#[test]
fn lookups_take_strings_of_any_lifetime() {
    let line = String::from("ERROR 23505 duplicate key");
    let code = &line[6..11];
    assert_eq!(SqlState::from_value(code), Some(SqlState::UNIQUE_VIOLATION));
    assert_eq!(SqlState::try_from(code), Ok(SqlState::UNIQUE_VIOLATION));
    assert_eq!(code.parse::<SqlState>(), Ok(SqlState::UNIQUE_VIOLATION));
    assert_eq!(
        SqlState::decode(code),
        Open::Known(SqlState::UNIQUE_VIOLATION)
    );
    let body = String::from(r#"{"error":"invalid_grant"}"#);
    let value: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    let error = value["error"].as_str().expect("a string");
    assert_eq!(OAuthError::try_from(error), Ok(OAuthError::INVALID_GRANT));
}

#[test]
fn parse_takes_a_name_an_alias_or_a_value() {
    assert_eq!("THROTTLED".parse::<Api>(), Ok(Api::THROTTLED));
    assert_eq!("ThrottlingException".parse::<Api>(), Ok(Api::THROTTLED));
    assert_eq!("SLOW_DOWN".parse::<Api>(), Ok(Api::THROTTLED));
    assert_eq!("404".parse::<Api>(), Ok(Api::NOT_FOUND));
    // Names are exact (from_name_ignore_ascii_case folds), values too.
    assert!("throttled".parse::<Api>().is_err());
    assert!("throttlingexception".parse::<Api>().is_err());
    let error = "Throttling".parse::<Api>().unwrap_err();
    assert_eq!(error.to_string(), "Api has no code named \"Throttling\"");
    assert_eq!(
        Api::from_name_ignore_ascii_case("throttled"),
        Some(Api::THROTTLED)
    );
    // Values are not names: from_name does not take them.
    assert_eq!(Api::from_name("ThrottlingException"), None);
    assert_eq!(Words::from_value("aa"), Some(Words::LOWER));
    assert_eq!(Words::from_value("Aa"), Some(Words::MIXED));
    assert_eq!(Words::from_value("AA"), None);
}

#[test]
fn printing_keeps_the_code() {
    assert_eq!(
        SqlState::UNIQUE_VIOLATION.to_string(),
        "UNIQUE_VIOLATION (23505): unique_violation"
    );
    assert_eq!(
        format!("{:#}", OAuthError::INVALID_SCOPE),
        format!(
            "OAuthError::INVALID_SCOPE (invalid_scope): {}",
            OAuthError::INVALID_SCOPE.description()
        )
    );
    assert_eq!(
        format!("{:*<40.20}|", SqlState::UNDEFINED_TABLE),
        format!("{:*<40}|", "UNDEFINED_TABLE (42P")
    );
    assert_eq!(
        format!("{:>20?}", SqlState::WARNING),
        format!("{:>20}", "WARNING = \"01000\"")
    );
    let boxed: Box<dyn Error> = Box::new(SqlState::UNIQUE_VIOLATION);
    assert_eq!(
        boxed.to_string(),
        "UNIQUE_VIOLATION (23505): unique_violation"
    );
}

/// A table seen through `Table` only: what generic code can do with a borrowed string.
fn describe<C: Code>(text: &str) -> String {
    match Table::of::<C>().decode(text) {
        Some(Ok(entry)) => format!("{}::{}", entry.table, entry.name),
        Some(Err(unknown)) => unknown.to_string(),
        None => format!("{} has no string values", C::TABLE),
    }
}

/// The table's values, through the trait: `Code::Value` is `&'static str`.
fn values<C: Code<Value = &'static str>>() -> Vec<&'static str> {
    C::all().iter().copied().filter_map(Code::value).collect()
}

#[test]
fn generic_code_handles_string_tables() {
    assert_eq!(describe::<SqlState>("42P01"), "SqlState::UNDEFINED_TABLE");
    assert_eq!(
        describe::<OAuthError>("invalid_grant"),
        "OAuthError::INVALID_GRANT"
    );
    assert_eq!(
        describe::<SqlState>("XX999"),
        "SqlState XX999 (not in the table)"
    );
    assert_eq!(
        describe::<codetable::agora::rtc::RtcError>("17"),
        "RtcError has no string values"
    );
    assert_eq!(values::<SqlState>().len(), 260);
    assert_eq!(
        values::<Api>(),
        [
            "ThrottlingException",
            "card_declined",
            "404",
            "LimitExceeded"
        ]
    );
    assert_eq!(
        <SqlState as Code>::from_value("00000"),
        Some(SqlState::SUCCESSFUL_COMPLETION)
    );
    assert_eq!(SqlState::TABLE, "SqlState");
    assert_eq!(SqlState::LANGS, ["en"]);
    // Tables of both kinds in one list.
    let tables = [
        Table::of::<codetable::agora::rtc::RtcError>(),
        Table::of::<SqlState>(),
        Table::of::<OAuthError>(),
    ];
    let found: Vec<(&str, &str)> = tables
        .iter()
        .filter_map(|t| t.from_value("invalid_grant").or_else(|| t.from_value(17)))
        .map(|e| (e.table, e.name))
        .collect();
    assert_eq!(
        found,
        [
            ("RtcError", "ERR_JOIN_CHANNEL_REJECTED"),
            ("OAuthError", "INVALID_GRANT")
        ]
    );
    assert!(tables[1].from_value(23505).is_none());
    assert!(tables[0].from_value("17").is_none());
}

#[test]
fn open_keeps_unknown_codes_inline() {
    // Up to the declared length: no allocation, no lifetime.
    let unknown = SqlState::decode(&String::from("XX999"));
    assert!(matches!(unknown, Open::Unknown(v) if v.value() == InlineStr::new("XX999")));
    let raw = unknown.value().expect("a value");
    assert_eq!((raw.as_str(), raw.is_truncated()), ("XX999", false));
    assert_eq!(raw, "XX999");
    assert_eq!(unknown.to_string(), "SqlState XX999 (not in the table)");
    assert_eq!(
        format!("{unknown:>40}"),
        format!("{:>40}", "SqlState XX999 (not in the table)")
    );
    assert_eq!(format!("{unknown:?}"), "Unknown(SqlState \"XX999\")");
    assert_eq!(
        format!("{:?}", SqlState::decode("23505")),
        "Known(UNIQUE_VIOLATION = \"23505\")"
    );
    assert_eq!(
        format!("{:#}", SqlState::UNIQUE_VIOLATION.short()),
        "SqlState::UNIQUE_VIOLATION (23505)"
    );
    assert_eq!(unknown.short().to_string(), "SqlState XX999");
    assert_eq!(
        unknown.or(SqlState::INTERNAL_ERROR),
        SqlState::INTERNAL_ERROR
    );
    assert_eq!(unknown.name(), None);
    let error = SqlState::try_from(unknown).unwrap_err();
    assert_eq!(error.to_string(), "SqlState has no code with value XX999");
    // Ordered by value among the codes: XX999 sorts after XX000 and before the end.
    assert!(Open::Known(SqlState::INTERNAL_ERROR) < unknown);
    assert!(Open::Known(SqlState::UNIQUE_VIOLATION) < unknown);
    assert!(unknown < SqlState::decode("XX9999"));
}

#[test]
fn a_longer_unknown_code_is_cut_and_flagged_and_never_a_known_code() {
    // The first five bytes of 235050 are UNIQUE_VIOLATION's value.
    let long = SqlState::decode("235050");
    let raw = long.value().expect("a value");
    assert_eq!((raw.as_str(), raw.is_truncated()), ("23505", true));
    assert_ne!(raw, "23505");
    assert_eq!(raw.as_value(), None);
    assert!(!long.is_known());
    assert_eq!(long.known(), None);
    assert_ne!(long, Open::Known(SqlState::UNIQUE_VIOLATION));
    assert_ne!(long, SqlState::decode("23505"));
    assert_ne!(long.value(), Some(InlineStr::new("23505")));
    assert_eq!(long, SqlState::decode("2350500000"));
    let set: HashSet<Open<SqlState>> = [long, Open::Known(SqlState::UNIQUE_VIOLATION)].into();
    assert_eq!(set.len(), 2);
    assert!(Open::Known(SqlState::UNIQUE_VIOLATION) < long);
    assert_eq!(long.to_string(), "SqlState 23505... (not in the table)");
    assert_eq!(format!("{long:?}"), "Unknown(SqlState \"23505\"...)");
    let error = SqlState::try_from(long).unwrap_err();
    assert_eq!(
        error.to_string(),
        "SqlState has no code with value 23505..."
    );
    assert!(SqlState::try_from("235050").is_err());
    // Cut at a character boundary: Words keeps 14 bytes ("größenfehler"), and the 14th
    // byte of "aööööööö" is in the middle of an ö.
    let cut = Words::decode("aööööööö");
    let raw = cut.value().expect("a value");
    assert_eq!((raw.as_str(), raw.is_truncated()), ("aöööööö", true));
    assert_eq!(Words::decode("größenfehler"), Open::Known(Words::UMLAUT));
    let cut = Words::decode("größenfehler!");
    assert!(
        matches!(cut, Open::Unknown(raw) if raw.value().as_str() == "größenfehler" && raw.value().is_truncated())
    );
    assert_ne!(cut, Open::Known(Words::UMLAUT));
    // serde cannot write what was cut: it would read back as another value, here a code.
    let error = serde_json::to_string(&long).expect_err("cut short");
    assert!(error.to_string().contains("SqlState 23505..."), "{error}");
    let mut buffer = [0_u8; 16];
    assert!(postcard::to_slice(&long, &mut buffer).is_err());
    // Read from serde, a long string is kept flagged.
    let read: Open<SqlState> = serde_json::from_str("\"235050\"").expect("a string");
    assert_eq!(read, long);
}

#[test]
fn serde_writes_strings() {
    assert_eq!(
        serde_json::to_string(&SqlState::UNIQUE_VIOLATION).unwrap(),
        "\"23505\""
    );
    assert_eq!(
        serde_json::to_string(&OAuthError::INVALID_GRANT).unwrap(),
        "\"invalid_grant\""
    );
    assert_eq!(
        serde_json::to_string(&[Api::THROTTLED, Api::SLOW_DOWN]).unwrap(),
        "[\"ThrottlingException\",\"ThrottlingException\"]"
    );
    // Open, known or not, as the value; an unknown code reads back as itself.
    let opens = [SqlState::decode("42P01"), SqlState::decode("XX999")];
    let json = serde_json::to_string(&opens).unwrap();
    assert_eq!(json, "[\"42P01\",\"XX999\"]");
    let back: Vec<Open<SqlState>> = serde_json::from_str(&json).unwrap();
    assert!(
        matches!(back[..], [Open::Known(SqlState::UNDEFINED_TABLE), Open::Unknown(raw)] if raw.value() == "XX999")
    );
    let mut buffer = [0_u8; 32];
    let bytes = postcard::to_slice(&opens, &mut buffer).unwrap();
    assert_eq!(bytes, b"\x0542P01\x05XX999");
    let back: [Open<SqlState>; 2] = postcard::from_bytes(bytes).unwrap();
    assert_eq!(back, opens);
    assert!(matches!(back[1], Open::Unknown(raw) if raw.value() == "XX999"));
    // Errors name the table and the value; a number is no string value.
    let error = serde_json::from_str::<SqlState>("\"XX999\"").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("SqlState has no code with value XX999"),
        "{error}"
    );
    let error = serde_json::from_str::<SqlState>("23505").unwrap_err();
    assert!(error.to_string().contains("SqlState"), "{error}");
    assert!(serde_json::from_str::<Open<SqlState>>("23505").is_err());
    // A struct field, as a peer's JSON has it.
    #[derive(serde::Deserialize)]
    struct Body {
        error: Open<OAuthError>,
    }
    let body: Body = serde_json::from_str(r#"{"error":"access_denied"}"#).unwrap();
    assert_eq!(
        body.error.to_string(),
        "OAuthError access_denied (not in the table)"
    );
    let body: Body = serde_json::from_str(r#"{"error":"invalid_scope"}"#).unwrap();
    assert_eq!(body.error.known(), Some(OAuthError::INVALID_SCOPE));
}

#[test]
fn aliases_deprecated_entries_and_languages() {
    // Both forms of alias: another name of the same code, in patterns too.
    assert_eq!(Api::SLOW_DOWN, Api::THROTTLED);
    #[allow(deprecated)]
    let declined = Api::DECLINED;
    assert_eq!(declined, Api::CARD_DECLINED);
    assert_eq!(Api::from_name("SLOW_DOWN"), Some(Api::THROTTLED));
    assert_eq!(
        Api::from_name_ignore_ascii_case("declined"),
        Some(Api::CARD_DECLINED)
    );
    let aliases: Vec<(&str, Api, bool, Option<&str>)> = Api::ALIASES
        .iter()
        .map(|a| {
            (
                a.name(),
                a.code(),
                a.is_deprecated(),
                a.description_in("fr"),
            )
        })
        .collect();
    assert_eq!(
        aliases,
        [
            ("SLOW_DOWN", Api::THROTTLED, false, Some("Ralentissez.")),
            ("DECLINED", Api::CARD_DECLINED, true, None),
        ]
    );
    assert_eq!(
        Api::ALIASES[0].details(),
        Some("What a proxy in front of the API sends.")
    );
    assert_eq!(SqlState::ALIASES.len(), 6);
    assert_eq!(
        SqlState::ARRAY_ELEMENT_ERROR,
        SqlState::ARRAY_SUBSCRIPT_ERROR
    );
    let table = Table::of::<Api>();
    let slow = table.alias("SLOW_DOWN").expect("an alias");
    assert_eq!(slow.entry.value, Some(Value::Str("ThrottlingException")));
    assert_eq!(slow.description, Some("Slow down."));
    assert!(table.alias("DECLINED").expect("an alias").deprecated);

    // A deprecated entry is still a code, found and marked.
    #[allow(deprecated)]
    let old = Api::OLD_LIMIT;
    assert!(old.is_deprecated());
    assert_eq!(Api::from_value("LimitExceeded"), Some(old));
    assert!(
        table
            .from_value("LimitExceeded")
            .expect("an entry")
            .deprecated
    );
    assert!(!Api::THROTTLED.is_deprecated());

    // Languages.
    assert_eq!(Api::LANGS, ["en", "fr"]);
    assert_eq!(Api::THROTTLED.description(), "Rate exceeded.");
    assert_eq!(Api::THROTTLED.description_in("fr"), Some("Débit dépassé."));
    assert_eq!(Api::THROTTLED.description_in("de"), None);
    assert_eq!(
        Api::THROTTLED.details(),
        Some("The request was throttled: retry later.")
    );
    let entry = table.from_value("404").expect("an entry");
    assert_eq!(entry.description_in("fr"), Some("Introuvable."));
    assert_eq!(entry.langs, ["en", "fr"]);
}

/// Strings close to the values of `values`: each value, and each with one byte changed,
/// one byte dropped or one added, or in another ASCII case.
fn near(values: &'static [&'static str]) -> impl Strategy<Value = String> {
    (
        0..values.len(),
        0..8_usize,
        any::<prop::sample::Index>(),
        prop::char::any(),
    )
        .prop_map(move |(which, how, at, c)| {
            let value = values[which];
            let mut chars: Vec<char> = value.chars().collect();
            let at = at.index(chars.len() + 1);
            match how {
                0 | 1 => {}
                2 if at < chars.len() => chars[at] = c,
                3 if at < chars.len() => {
                    chars.remove(at);
                }
                4 => chars.insert(at, c),
                5 => return value.to_ascii_lowercase(),
                6 => return swap_ascii_case(value),
                _ => chars.push(c),
            }
            chars.into_iter().collect()
        })
}

/// The values of table `C`, leaked once so strategies can hold them.
fn leaked_values<C: Code<Value = &'static str>>() -> &'static [&'static str] {
    values::<C>().leak()
}

/// `from_value` finds exactly the code whose value `text` is (found here by walking the
/// table), and `decode` is `Known` exactly then, `Unknown` of `text` otherwise.
fn finds_exactly<C, const N: usize>(text: &str) -> Result<(), TestCaseError>
where
    C: Code<Value = &'static str, Raw = InlineStr<N>> + for<'a> TryFrom<&'a str>,
{
    let walked = C::all()
        .iter()
        .copied()
        .find(|code| code.value() == Some(text));
    prop_assert_eq!(C::try_from(text).ok(), walked);
    prop_assert_eq!(
        Table::of::<C>().from_value(text).map(|e| e.index),
        walked.map(codetable::__private::Layout::position)
    );
    match (Table::of::<C>().decode(text), walked) {
        (Some(Ok(entry)), Some(expected)) => prop_assert_eq!(entry.name, expected.name()),
        (Some(Err(unknown)), None) => {
            prop_assert_eq!(unknown.value(), Value::Str(text));
            let typed = Open::<C>::Unknown(UnknownCode::new(InlineStr::<N>::new(text)).unwrap());
            prop_assert_eq!(unknown.to_string(), typed.to_string());
        }
        (other, _) => prop_assert!(false, "{}: {text:?} gave {other:?}", C::TABLE),
    }
    Ok(())
}

proptest! {
    #[test]
    fn from_value_finds_exactly_the_code_of_any_string(
        text in prop_oneof![
            any::<String>(),
            "[0-9A-Z]{5}",
            near(leaked_values::<SqlState>()),
            near(leaked_values::<OAuthError>()),
            near(leaked_values::<Api>()),
            near(leaked_values::<Words>()),
        ]
    ) {
        prop_assert_eq!(
            SqlState::from_value(&text),
            SqlState::all().iter().copied().find(|c| c.value() == text)
        );
        finds_exactly::<SqlState, 5>(&text)?;
        finds_exactly::<OAuthError, 22>(&text)?;
        finds_exactly::<Api, 20>(&text)?;
        finds_exactly::<Words, 14>(&text)?;
    }

    #[test]
    fn decode_is_never_unknown_for_a_known_value(at in any::<prop::sample::Index>()) {
        let code = SqlState::all()[at.index(SqlState::all().len())];
        let value = String::from(code.value());
        prop_assert!(matches!(SqlState::decode(&value), Open::Known(c) if c == code));
        prop_assert!(matches!(<SqlState as Code>::decode(code.value()), Open::Known(c) if c == code));
        let api = Api::all()[at.index(Api::all().len())];
        prop_assert!(matches!(Api::decode(api.value()), Open::Known(c) if c == api));
        let oauth = OAuthError::all()[at.index(OAuthError::all().len())];
        prop_assert!(matches!(OAuthError::decode(oauth.value()), Open::Known(c) if c == oauth));
    }
}

codetable::define_codes! {
    /// Some codes have no value yet.
    pub enum Partial: str {
        A = "a" => "Has one.",
        PENDING = _ => "None yet.",
        OTHER = _ => "None either.",
        B = "b" => "Has one too.",
    }
}

#[test]
fn entries_without_a_value() {
    assert_eq!(Partial::PENDING.value(), None);
    assert_eq!(Partial::A.value(), Some("a"));
    assert_eq!(Partial::from_value(""), None);
    assert_eq!(Partial::from_value("a"), Some(Partial::A));
    assert_eq!(Partial::PENDING.to_string(), "PENDING: None yet.");
    let entry = Table::of::<Partial>()
        .from_name("PENDING")
        .expect("an entry");
    assert_eq!(entry.value, None);
    assert!(Table::of::<Partial>().from_value("").is_none());
    // By name in serde, as every table with entries without a value.
    assert_eq!(
        serde_json::to_string(&Partial::PENDING).unwrap(),
        "\"PENDING\""
    );
    // Ordered by value, the entries without one after every value, in table order; `Ord`
    // agrees with `==` (two entries without a value are not equal).
    let mut sorted = Partial::all().to_vec();
    sorted.sort();
    assert_eq!(
        sorted,
        [Partial::A, Partial::B, Partial::PENDING, Partial::OTHER]
    );
    assert_ne!(
        Partial::PENDING.cmp(&Partial::OTHER),
        std::cmp::Ordering::Equal
    );
    let set: BTreeSet<Partial> = Partial::all().iter().copied().collect();
    assert_eq!(set.len(), 4);
    let opens: Vec<Open<Partial>> = sorted.iter().copied().map(Open::from).collect();
    let mut open_sorted = opens.clone();
    open_sorted.sort();
    assert_eq!(open_sorted, opens);
}
