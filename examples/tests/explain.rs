//! Runs the built `explain` binary and checks each behaviour its help promises: what it
//! prints, the exit codes, and JSON that parses. Expected entries come from the tables
//! themselves (through `codetable::Table`), not from copies of their text.
//!
//! `ALL_TABLES` are the Agora tables, whose values are integers; `TABLES` are every table
//! `explain` searches: those, then the string tables `SqlState` and `OAuthError`.

use assert_cmd::prelude::*;
use assert_cmd::Command;
use codetable::agora::native::{NativeError, NativeWarning};
use codetable::agora::rtc::RtcError;
use codetable::agora::signaling::SignalingError;
use codetable::agora::web::{WebError, WebWarning};
use codetable::agora::ALL_TABLES;
use codetable::{AliasEntry, Code, Entry, Open, Table};
use codetable_examples::oauth::OAuthError;
use codetable_examples::sqlstate::SqlState;
use codetable_examples::TABLES;
use predicates::prelude::*;
use serde_json::Value;

fn explain() -> Command {
    Command::new(env!("CARGO_BIN_EXE_explain"))
}

/// Runs `explain` with `args`, expects success, and returns stdout.
fn answer(args: &[&str]) -> String {
    let output = explain().args(args).assert().success().get_output().clone();
    assert!(
        output.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

/// Runs `explain --json` with `args`, expects success, and returns the parsed array.
fn json(args: &[&str]) -> Vec<Value> {
    let stdout = answer(&[&["--json"], args].concat());
    match serde_json::from_str(&stdout) {
        Ok(Value::Array(items)) => items,
        other => panic!("not a JSON array: {other:?}\n{stdout}"),
    }
}

/// The `(table, name)` of each JSON object (the name is its entry's).
fn ids(items: &[Value]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|item| (text(&item["table"]), text(&item["entry"]["name"])))
        .collect()
}

fn text(value: &Value) -> String {
    value.as_str().expect("a JSON string").to_owned()
}

fn table(name: &str) -> Table {
    *TABLES.iter().find(|t| t.name() == name).expect(name)
}

fn entry(table_name: &str, name: &str) -> Entry {
    table(table_name).from_name(name).expect(name)
}

/// Every entry of every integer table whose value is one of `values`, as `(table, name)`.
fn with_values(values: &[i128]) -> Vec<(String, String)> {
    TABLES
        .iter()
        .flat_map(Table::all)
        .filter(|e| {
            e.value
                .and_then(codetable::Value::as_i128)
                .is_some_and(|v| values.contains(&v))
        })
        .map(|e| (e.table.to_owned(), e.name.to_owned()))
        .collect()
}

/// Every entry of every string table whose value is `value`, as `(table, name)`.
fn with_string_value(value: &str) -> Vec<(String, String)> {
    TABLES
        .iter()
        .flat_map(Table::all)
        .filter(|e| e.value == Some(codetable::Value::Str(value)))
        .map(|e| (e.table.to_owned(), e.name.to_owned()))
        .collect()
}

/// The rows of `stdout` that list entries (indented by two spaces), without the headings,
/// the notes and the continuation lines of long descriptions (indented further).
fn rows(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter(|line| line.starts_with("  ") && !line.starts_with("   "))
        .collect()
}

/// Every alias of every table.
fn every_alias() -> Vec<AliasEntry> {
    TABLES.iter().flat_map(Table::aliases).collect()
}

/// The line that says `alias` is another name of its code.
fn alias_line(alias: &AliasEntry) -> String {
    format!("{}: alias of {}", alias.name, alias.entry.name)
}

/// The names of the aliases in a JSON object.
fn alias_names(item: &Value) -> Vec<String> {
    item["aliases"]
        .as_array()
        .expect("an aliases array")
        .iter()
        .map(|alias| text(&alias["name"]))
        .collect()
}

/// Runs `explain --json` with `args`, expects exit status 1 and nothing on stderr (a value
/// no table knows), and returns the parsed answer.
fn json_of_unknown(args: &[&str]) -> Value {
    let output = explain()
        .arg("--json")
        .args(args)
        .assert()
        .code(1)
        .stderr("")
        .get_output()
        .clone();
    serde_json::from_slice(&output.stdout).expect("JSON")
}

/// The JSON object of a value that `table` does not know: the keys of a code's object,
/// `known` false, `code` as serde writes the value, no entry.
fn unknown_object(name: &str, value: Value, code: Value) -> Value {
    // The class the table's ranges or prefixes give the value, found through the table.
    let decoded = match &value {
        Value::String(text) => table(name).decode(text.as_str()),
        number => table(name).decode(number.as_i64().expect("a number")),
    };
    let unknown = decoded.expect("of the table's type").expect_err("unknown");
    let table = name;
    serde_json::json!({
        "table": table,
        "known": false,
        "value": value,
        "code": code,
        "lang": null,
        "description": null,
        "entry": null,
        "aliases": [],
        "class": unknown.class().map(|class| class.name),
    })
}

/// The distinct tables of `items`, in order.
fn tables_of(items: &[Value]) -> Vec<String> {
    let mut tables: Vec<String> = items.iter().map(|i| text(&i["table"])).collect();
    tables.dedup();
    tables
}

// --- By value ---------------------------------------------------------------------------

#[test]
fn readme_command_explains_501() {
    let timeout = entry("SignalingError", "QUERYUSERNUM_E_TIMEOUT");
    let stdout = answer(&["501"]);
    assert_eq!(stdout.lines().next(), Some("Codes with value 501:"));
    let rows = rows(&stdout);
    assert_eq!(rows.len(), with_values(&[501]).len());
    let row = format!(
        "  SignalingError  QUERYUSERNUM_E_TIMEOUT  501  {}",
        timeout.description
    );
    assert!(rows.contains(&row.as_str()), "{stdout}");
}

#[test]
fn every_entry_with_the_value_in_every_table() {
    // 110 is in three tables; 17 in two.
    for value in [110, 17, 0] {
        let expected = with_values(&[value]);
        assert!(!expected.is_empty());
        assert_eq!(ids(&json(&[&value.to_string()])), expected, "{value}");
    }
    let stdout = answer(&["110"]);
    for (table, name) in with_values(&[110]) {
        let line = rows(&stdout)
            .into_iter()
            .find(|row| row.contains(&table) && row.contains(&name));
        assert!(
            line.is_some_and(|l| l.contains(" 110 ")),
            "{table} {name}: {stdout}"
        );
    }
}

#[test]
fn negative_values_find_their_absolute_value() {
    let expected = with_values(&[-17, 17]);
    assert!(expected.len() >= 2);
    let stdout = answer(&["--", "-17"]);
    assert_eq!(stdout.lines().next(), Some("Codes with value -17 or 17:"));
    assert_eq!(rows(&stdout).len(), expected.len());
    assert!(
        rows(&stdout)
            .iter()
            .any(|row| row.starts_with("  RtcError ")
                && row.contains(" ERR_JOIN_CHANNEL_REJECTED  17  ")),
        "{stdout}"
    );
    // Without `--` too, and in hexadecimal.
    assert_eq!(answer(&["-17"]), stdout);
    assert_eq!(ids(&json(&["--", "-0x11"])), expected);
    assert_eq!(ids(&json(&["0x1F5"])), with_values(&[501]));
}

#[test]
fn deprecated_entries_are_marked() {
    let obsolete = entry("SignalingError", "LOGOUT_E_PACKET");
    assert!(obsolete.deprecated);
    let value = obsolete.value.unwrap().to_string();
    let stdout = answer(&["--table", "signaling", &value]);
    assert!(
        stdout.contains(&format!(
            "LOGOUT_E_PACKET  {value}  (deprecated) {}",
            obsolete.description
        )),
        "{stdout}"
    );
    let current = entry("SignalingError", "LOGIN_E_NET");
    assert!(!answer(&["LOGIN_E_NET"]).contains("(deprecated)"));
    assert!(!current.deprecated);
    let items = json(&["--table", "signaling", &value]);
    assert_eq!(items[0]["entry"]["deprecated"], Value::Bool(true));
}

// --- By name and by words ---------------------------------------------------------------

#[test]
fn names_ignore_case() {
    let net = entry("SignalingError", "LOGIN_E_NET");
    for query in ["LOGIN_E_NET", "login_e_net", "Login_E_Net"] {
        let stdout = answer(&[query]);
        assert_eq!(stdout.lines().next(), Some("Codes named LOGIN_E_NET:"));
        assert_eq!(
            rows(&stdout),
            [format!(
                "  SignalingError  LOGIN_E_NET  201  {}",
                net.description
            )]
        );
    }
}

#[test]
fn a_name_in_several_tables_lists_each() {
    let expected: Vec<(String, String)> = TABLES
        .iter()
        .filter_map(|t| t.from_name("ERR_INVALID_TOKEN"))
        .map(|e| (e.table.to_owned(), e.name.to_owned()))
        .collect();
    assert!(expected.len() >= 2);
    assert_eq!(ids(&json(&["err_invalid_token"])), expected);
}

#[test]
fn an_alias_gives_the_code_it_stands_for() {
    let aliases = every_alias();
    assert!(!aliases.is_empty());
    for alias in &aliases {
        let entry = alias.entry;
        let value = entry.value.map_or("-".to_owned(), |v| v.to_string());
        for query in [alias.name.to_owned(), alias.name.to_lowercase()] {
            let stdout = answer(&[&query]);
            assert_eq!(
                stdout.lines().next(),
                Some(format!("Codes named {}:", alias.name).as_str()),
                "{stdout}"
            );
            // The code's own row, then the line that names the alias.
            let row = format!(
                "  {}  {}  {value}  {}",
                entry.table, entry.name, entry.description
            );
            assert_eq!(rows(&stdout), [row.as_str()], "{stdout}");
            let line = stdout
                .lines()
                .find(|line| line.trim_start() == alias_line(alias))
                .unwrap_or_else(|| panic!("no alias line in {stdout}"));
            assert_eq!(line.find(alias.name), row.find(entry.description));
            let items = json(&[&query]);
            assert_eq!(ids(&items), [(entry.table.into(), entry.name.into())]);
            assert_eq!(alias_names(&items[0]), [alias.name]);
            let object = &items[0]["aliases"][0];
            assert_eq!(object["alias_of"], entry.name);
            assert_eq!(object["details"].as_str(), alias.details);
            assert_eq!(object["deprecated"], alias.deprecated);
        }
        // Its code's name finds the same code, with the alias under it.
        let stdout = answer(&[entry.name]);
        assert!(stdout.contains(&alias_line(alias)), "{stdout}");
    }
}

#[test]
fn values_list_the_aliases_of_their_codes() {
    for alias in every_alias() {
        let value = alias
            .entry
            .value
            .expect("the Web SDK's and SqlState's aliases have values");
        let stdout = answer(&["--table", alias.table, &value.to_string()]);
        assert!(stdout.contains(&alias_line(&alias)), "{stdout}");
        let items = json(&["--table", alias.table, &value.to_string()]);
        assert_eq!(alias_names(&items[0]), [alias.name]);
    }
    // Codes without aliases have an empty list.
    let items = json(&["501"]);
    assert!(items.iter().all(|item| alias_names(item).is_empty()));
}

#[test]
fn words_search_alias_names() {
    // Only the aliases are spelled DYANMIC; the codes' names and descriptions are not.
    let expected: Vec<(String, String)> = every_alias()
        .iter()
        .filter(|alias| alias.name.contains("DYANMIC"))
        .map(|alias| (alias.table.to_owned(), alias.entry.name.to_owned()))
        .collect();
    assert!(!expected.is_empty());
    assert!(expected.iter().all(|(_, name)| !name.contains("DYANMIC")));
    let items = json(&["dyanmic"]);
    assert_eq!(ids(&items), expected);
    let stdout = answer(&["dyanmic"]);
    assert_eq!(
        stdout.lines().next(),
        Some("Codes whose name, description or value contains \"dyanmic\":")
    );
}

/// Every entry whose name, description (in any language) or string value contains `word`
/// (lower case), as `(table, name)`. (No alias of these tables has a description or a
/// name that its code's name lacks the word of.)
fn mentioning(word: &str) -> Vec<(String, String)> {
    TABLES
        .iter()
        .flat_map(Table::all)
        .filter(|e| {
            e.name.to_lowercase().contains(word)
                || e.value
                    .and_then(codetable::Value::as_str)
                    .is_some_and(|v| v.to_lowercase().contains(word))
                || e.langs
                    .iter()
                    .any(|l| e.description_in(l).unwrap().to_lowercase().contains(word))
        })
        .map(|e| (e.table.to_owned(), e.name.to_owned()))
        .collect()
}

#[test]
fn words_search_names_and_descriptions() {
    let items = json(&["token"]);
    let expected = mentioning("token");
    // OAuth's INVALID_GRANT mentions a refresh token.
    assert!(expected.contains(&("OAuthError".into(), "INVALID_GRANT".into())));
    assert_eq!(ids(&items), expected);
    // Some match by name only, some by description only.
    assert!(items
        .iter()
        .any(|i| !text(&i["entry"]["name"]).contains("TOKEN")));
    assert!(items
        .iter()
        .any(|i| !text(&i["description"]).to_lowercase().contains("token")));
    let stdout = answer(&["TOKEN"]);
    assert_eq!(
        stdout.lines().next(),
        Some("Codes whose name, description or value contains \"TOKEN\":")
    );
    assert_eq!(rows(&stdout).len(), expected.len());
}

#[test]
fn words_search_every_language() {
    let net = entry("SignalingError", "LOGIN_E_NET");
    let chinese = net.description_in("zh").unwrap();
    let items = json(&[chinese]);
    assert!(ids(&items).contains(&("SignalingError".into(), "LOGIN_E_NET".into())));
    assert!(items.iter().all(|i| i["entry"]["descriptions"]["zh"]
        .as_str()
        .unwrap()
        .contains(chinese)));
}

// --- String tables ----------------------------------------------------------------------

/// The row `explain` prints for a code of a string table, found on its own.
fn string_row<C: Code<Value = &'static str>>(code: C) -> String {
    format!(
        "  {}  {}  {}  {}",
        C::TABLE,
        code.name(),
        code.value().expect("a value"),
        code.description()
    )
}

#[test]
fn a_sqlstate_by_its_value() {
    for value in ["23505", "42P01", "2202E", "HV00B", "P0001"] {
        let code = SqlState::from_value(value).expect(value);
        // 23505 is a number too, which no integer table has.
        assert!(with_values(&[value.parse().unwrap_or(-1)]).is_empty());
        let stdout = answer(&[value]);
        assert_eq!(
            stdout.lines().next(),
            Some(format!("Codes with value {value}:").as_str())
        );
        assert_eq!(rows(&stdout), [string_row(code)], "{stdout}");
        // In JSON, the value and the code (as serde writes SqlState) are the string.
        let items = json(&[value]);
        assert_eq!(ids(&items), [("SqlState".into(), code.name().into())]);
        assert_eq!(items[0]["value"], value);
        assert_eq!(items[0]["entry"]["value"], value);
        assert_eq!(items[0]["code"], serde_json::to_value(code).unwrap());
        assert_eq!(items[0]["code"], value);
        assert_eq!(items[0]["known"], true);
    }
    // 2202E has a second name, listed under the code.
    let stdout = answer(&["2202E"]);
    assert!(stdout.contains("ARRAY_ELEMENT_ERROR: alias of ARRAY_SUBSCRIPT_ERROR"));
    // A value is matched as written: 42p01 is no SQLSTATE, but the words search finds the
    // code whose value contains it, ignoring case.
    let stdout = answer(&["42p01"]);
    assert_eq!(
        stdout.lines().next(),
        Some("Codes whose name, description or value contains \"42p01\":")
    );
    assert_eq!(rows(&stdout), [string_row(SqlState::UNDEFINED_TABLE)]);
}

#[test]
fn a_number_that_is_also_a_sqlstate_finds_both() {
    // 01000 is the number 1000 to the integer tables and SQLSTATE 01000 (warning).
    let mut expected = with_values(&[1000]);
    assert!(!expected.is_empty());
    expected.extend(with_string_value("01000"));
    assert_eq!(expected.last().unwrap().1, "WARNING");
    assert_eq!(ids(&json(&["01000"])), expected);
    let stdout = answer(&["01000"]);
    assert_eq!(
        stdout.lines().next(),
        Some("Codes with value 1000 or 01000:")
    );
    // The value column is as wide as the widest value: the row is SqlState's, padded.
    let row = rows(&stdout)
        .into_iter()
        .find(|row| row.starts_with("  SqlState "))
        .expect("SqlState's row");
    let words: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        words,
        ["SqlState", "WARNING", "01000", "warning"],
        "{stdout}"
    );
    // 00000 is successful completion, and 0 to the integer tables.
    let ids = ids(&json(&["00000"]));
    assert!(ids.contains(&("SqlState".into(), "SUCCESSFUL_COMPLETION".into())));
    assert_eq!(ids.len(), with_values(&[0]).len() + 1);
}

#[test]
fn a_sqlstate_by_its_name() {
    for query in ["UNIQUE_VIOLATION", "unique_violation"] {
        let stdout = answer(&[query]);
        assert_eq!(stdout.lines().next(), Some("Codes named UNIQUE_VIOLATION:"));
        assert_eq!(rows(&stdout), [string_row(SqlState::UNIQUE_VIOLATION)]);
    }
    // An alias gives the code it stands for.
    let stdout = answer(&["array_element_error"]);
    assert_eq!(
        stdout.lines().next(),
        Some("Codes named ARRAY_ELEMENT_ERROR:")
    );
    assert_eq!(rows(&stdout), [string_row(SqlState::ARRAY_SUBSCRIPT_ERROR)]);
}

#[test]
fn an_oauth_error_by_its_value_or_its_name() {
    let stdout = answer(&["invalid_grant"]);
    assert_eq!(
        stdout.lines().next(),
        Some("Codes with value invalid_grant:")
    );
    assert_eq!(rows(&stdout), [string_row(OAuthError::INVALID_GRANT)]);
    let items = json(&["invalid_grant"]);
    assert_eq!(ids(&items), [("OAuthError".into(), "INVALID_GRANT".into())]);
    assert_eq!(items[0]["value"], "invalid_grant");
    assert_eq!(items[0]["code"], "invalid_grant");
    // The name, in any case but the value's, is a name.
    let stdout = answer(&["INVALID_GRANT"]);
    assert_eq!(stdout.lines().next(), Some("Codes named INVALID_GRANT:"));
    assert_eq!(rows(&stdout), [string_row(OAuthError::INVALID_GRANT)]);
    // Every code of the table, by value.
    for &code in OAuthError::all() {
        let value = code.value();
        assert_eq!(
            ids(&json(&[value])),
            [("OAuthError".into(), code.name().into())]
        );
    }
}

#[test]
fn words_search_string_values() {
    // Class 42's codes that PostgreSQL adds (42P01 to 42P22): by value, in any case.
    let expected = mentioning("42p");
    assert!(expected.len() > 10);
    for (table, name) in &expected {
        assert_eq!(table, "SqlState");
        let code = SqlState::from_name(name).unwrap();
        assert!(code.value().starts_with("42P"), "{name}");
    }
    assert_eq!(ids(&json(&["42P"])), expected);
    assert_eq!(ids(&json(&["42p"])), expected);
}

#[test]
fn a_string_the_table_lacks_is_printed_as_open_prints_it() {
    let unknown = SqlState::decode("XX999");
    assert!(!unknown.is_known());
    explain()
        .args(["--table", "sqlstate", "XX999"])
        .assert()
        .code(1)
        .stdout(format!(
            "No table knows the value XX999:\n  {unknown}\n    \
             class InternalError: Internal Error\n"
        ))
        .stderr("");
    assert_eq!(unknown.to_string(), "SqlState XX999 (not in the table)");
    let items = json_of_unknown(&["-t", "sqlstate", "XX999"]);
    let code = serde_json::to_value(unknown).unwrap();
    assert_eq!(
        items,
        Value::Array(vec![unknown_object("SqlState", "XX999".into(), code)])
    );
    assert_eq!(items[0]["code"], "XX999");
    // Longer than a SQLSTATE: Open keeps five bytes and says it cut it; the JSON has it all.
    let long = SqlState::decode("XX9990");
    assert_eq!(long.to_string(), "SqlState XX999... (not in the table)");
    explain()
        .args(["-t", "sqlstate", "XX9990"])
        .assert()
        .code(1)
        .stdout(format!(
            "No table knows the value XX9990:\n  {long}\n    class InternalError: Internal Error\n"
        ));
    let items = json_of_unknown(&["-t", "sqlstate", "XX9990"]);
    assert_eq!(
        (&items[0]["value"], &items[0]["code"]),
        (&"XX9990".into(), &"XX9990".into())
    );
    // A number, to a string table named with --table, is a code as written.
    explain()
        .args(["-t", "sqlstate", "99999"])
        .assert()
        .code(1)
        .stdout("No table knows the value 99999:\n  SqlState 99999 (not in the table)\n");
    // OAuthError keeps its longest value's length, 22 bytes.
    explain()
        .args(["-t", "oauth", "access_denied"])
        .assert()
        .code(1)
        .stdout(format!(
            "No table knows the value access_denied:\n  {}\n",
            OAuthError::decode("access_denied")
        ));
    // Without --table, a word that matches nothing is not a code of every string table.
    explain()
        .arg("XX999")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "explain: no code is named \"XX999\"",
        ));
}

#[test]
fn list_a_string_table() {
    let stdout = answer(&["--list", "sqlstate"]);
    let mut lines = stdout.lines();
    assert_eq!(
        lines.next(),
        Some("SqlState: 260 codes and 6 aliases, descriptions in en")
    );
    let rows: Vec<&str> = lines.filter(|l| !l.starts_with("   ")).collect();
    assert_eq!(rows.len(), SqlState::all().len());
    for (row, &code) in rows.iter().zip(SqlState::all()) {
        assert!(
            row.starts_with(&format!("  {} ", code.name()))
                && row.ends_with(&format!("  {}  {}", code.value(), code.description())),
            "{row}"
        );
    }
    let items = json(&["--list", "oauth"]);
    let values: Vec<&str> = items.iter().map(|i| i["value"].as_str().unwrap()).collect();
    let expected: Vec<&str> = OAuthError::all()
        .iter()
        .copied()
        .map(OAuthError::value)
        .collect();
    assert_eq!(values, expected);
}

// --- Options ----------------------------------------------------------------------------

#[test]
fn table_narrows_the_search() {
    // Case-insensitive, a prefix is enough, and a prefix may name several tables.
    for name in ["signaling", "SIGNALINGERROR", "Sig"] {
        assert_eq!(
            tables_of(&json(&["--table", name, "token"])),
            ["SignalingError"]
        );
    }
    // `native` names NativeError and NativeWarning: take a value both have.
    let in_both = table("NativeError")
        .all()
        .filter_map(|e| e.value)
        .find(|v| table("NativeWarning").from_value(*v).is_some())
        .expect("a value in both Native tables")
        .to_string();
    assert_eq!(
        tables_of(&json(&["-t", "native", &in_both])),
        ["NativeError", "NativeWarning"]
    );
    // 17 is only in the Native and RTC tables: Signaling does not know it.
    explain()
        .args(["--table", "signaling", "17"])
        .assert()
        .code(1)
        .stdout(format!(
            "No table knows the value 17:\n  {}\n",
            SignalingError::decode(17)
        ))
        .stderr("");
    assert_eq!(
        ids(&json(&["--table", "rtc", "17"])),
        [("RtcError".into(), "ERR_JOIN_CHANNEL_REJECTED".into())]
    );
}

#[test]
fn unknown_table_is_a_usage_error() {
    explain()
        .args(["--table", "nope", "17"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no table is named \"nope\""))
        .stderr(predicate::str::contains("SignalingError, NativeError"));
}

#[test]
fn lang_prints_the_translation_or_says_there_is_none() {
    let net = entry("SignalingError", "LOGIN_E_NET");
    let stdout = answer(&["--lang", "zh", "LOGIN_E_NET"]);
    assert_eq!(
        rows(&stdout),
        [format!(
            "  SignalingError  LOGIN_E_NET  201  {}",
            net.description_in("zh").unwrap()
        )]
    );
    assert!(!stdout.contains("no zh description"));

    let stdout = answer(&["--lang", "zh", "17"]);
    let rejected = entry("RtcError", "ERR_JOIN_CHANNEL_REJECTED");
    assert!(stdout.contains(rejected.description), "{stdout}");
    assert!(
        stdout.contains(
            "(no zh description in NativeError, RtcError: shown in the table's default language)"
        ),
        "{stdout}"
    );

    let items = json(&["--lang", "zh", "LOGIN_E_NET"]);
    assert_eq!(
        text(&items[0]["description"]),
        net.description_in("zh").unwrap()
    );
    assert_eq!(items[0]["lang"], "zh");
    let items = json(&["--lang", "zh", "17"]);
    assert!(items.iter().all(|i| i["lang"] == "en"));
}

#[test]
fn details_add_the_long_explanation() {
    let with_details = TABLES
        .iter()
        .flat_map(Table::all)
        .find(|e| e.details.is_some() && e.value.is_some())
        .expect("some entry has details");
    let details = with_details.details.unwrap();
    let first_line = details.lines().next().unwrap();
    let value = with_details.value.unwrap().to_string();
    let plain = answer(&["--table", with_details.table, &value]);
    assert!(!plain.contains(first_line), "{plain}");
    let detailed = answer(&["--details", "--table", with_details.table, &value]);
    for line in details.lines() {
        assert!(
            detailed.contains(&format!("| {line}")),
            "{line:?}: {detailed}"
        );
    }
    let items = json(&["--table", with_details.table, &value]);
    assert_eq!(text(&items[0]["entry"]["details"]), details);
}

// --- Listing tables ---------------------------------------------------------------------

#[test]
fn list_prints_every_table() {
    let stdout = answer(&["--list"]);
    for table in TABLES {
        let aliases = match table.aliases().count() {
            0 => String::new(),
            1 => " and 1 alias".to_owned(),
            n => format!(" and {n} aliases"),
        };
        let heading = format!(
            "{}: {} codes{aliases}, descriptions in {}",
            table.name(),
            table.count(),
            table.langs().join(", ")
        );
        assert!(stdout.lines().any(|l| l == heading), "{heading}");
        for alias in table.aliases() {
            assert!(stdout.contains(&alias_line(&alias)), "{}", alias.name);
        }
    }
    assert!(stdout.contains("WebError: 45 codes and 2 aliases, descriptions in en"));
    assert!(stdout.contains("SqlState: 260 codes and 6 aliases, descriptions in en"));
    assert!(stdout.contains("OAuthError: 6 codes, descriptions in en"));
    let items = json(&["--list"]);
    let total: usize = TABLES.iter().map(Table::count).sum();
    assert_eq!(items.len(), total);
    let listed: usize = items.iter().map(|item| alias_names(item).len()).sum();
    assert_eq!(listed, every_alias().len());
}

#[test]
fn list_one_table_as_aligned_text() {
    let signaling = table("SignalingError");
    let stdout = answer(&["--list", "SIGNAL"]);
    let mut lines = stdout.lines();
    assert_eq!(
        lines.next(),
        Some("SignalingError: 42 codes, descriptions in en, zh")
    );
    // One page documents every code: it is said once, under the heading.
    let page = signaling.all().next().and_then(|e| e.url).expect("a URL");
    assert!(signaling.all().all(|e| e.url == Some(page)));
    assert_eq!(lines.next(), Some(format!("  see {page}").as_str()));
    // A retired code has a line of its own under its row: `retired` (the table gives no
    // version or replacement); every code one with its class.
    let (classes, lines): (Vec<&str>, Vec<&str>) =
        lines.partition(|l| l.trim_start().starts_with("class "));
    assert_eq!(classes.len(), signaling.count());
    for (line, entry) in classes.iter().zip(signaling.all()) {
        let class = entry.class().expect("every Signaling code has a class");
        assert_eq!(
            line.trim(),
            format!("class {}: {}", class.name, class.description)
        );
    }
    let (history, rows): (Vec<&str>, Vec<&str>) =
        lines.into_iter().partition(|l| l.trim() == "retired");
    let retired = signaling.all().filter(|e| e.retired().is_some()).count();
    assert_eq!((history.len(), retired), (6, 6));
    assert_eq!(rows.len(), signaling.count());
    // Every row starts with the name and ends with the description; the value column is
    // right-aligned and the descriptions start in one column.
    let mut columns = Vec::new();
    for (row, entry) in rows.iter().zip(signaling.all()) {
        let mark = if entry.deprecated {
            "(deprecated) "
        } else {
            ""
        };
        let description = format!("{mark}{}", entry.description);
        assert!(row.starts_with(&format!("  {} ", entry.name)), "{row}");
        assert!(
            row.ends_with(&format!("{}  {description}", entry.value.unwrap())),
            "{row}"
        );
        columns.push(row.len() - description.len());
    }
    columns.dedup();
    assert_eq!(columns.len(), 1, "{stdout}");
    // In Chinese, with the same layout.
    let zh = answer(&["--list", "signalingerror", "--lang", "zh"]);
    let net = entry("SignalingError", "LOGIN_E_NET");
    assert!(zh.contains(net.description_in("zh").unwrap()));
    assert_eq!(zh.lines().count(), stdout.lines().count());
}

#[test]
fn list_entries_without_value() {
    let items = json(&["--list", "weberror"]);
    assert_eq!(items.len(), table("WebError").count());
    let valueless = items.iter().filter(|i| i["value"].is_null()).count();
    let expected = table("WebError")
        .all()
        .filter(|e| e.value.is_none())
        .count();
    assert!(expected > 0);
    assert_eq!(valueless, expected);
    let stdout = answer(&["INVALID_OPERATION"]);
    assert!(
        stdout.contains("  WebError  INVALID_OPERATION  -  "),
        "{stdout}"
    );
}

#[test]
fn list_a_prefix_of_several_tables_and_with_table() {
    let stdout = answer(&["--list", "web"]);
    assert!(stdout.contains("WebError: ") && stdout.contains("WebWarning: "));
    assert!(!stdout.contains("NativeError: "));
    let stdout = answer(&["--list", "--table", "webw"]);
    assert!(stdout.starts_with("WebWarning: ") && !stdout.contains("WebError: "));
    explain().args(["--list", "nope"]).assert().code(2);
    explain()
        .args(["--list", "web", "--table", "native"])
        .assert()
        .code(1)
        .stdout("");
}

// --- JSON -------------------------------------------------------------------------------

#[test]
fn json_objects_have_every_field() {
    let items = json(&["501"]);
    let timeout = entry("SignalingError", "QUERYUSERNUM_E_TIMEOUT");
    let expected = serde_json::json!({
        "table": "SignalingError",
        "known": true,
        "value": 501,
        "code": 501,
        "lang": "en",
        "description": timeout.description,
        "entry": {
            "name": "QUERYUSERNUM_E_TIMEOUT",
            "value": 501,
            "descriptions": {
                "en": timeout.description,
                "zh": timeout.description_in("zh"),
            },
            "details": timeout.details,
            "deprecated": false,
            "url": timeout.url,
            "class": "QueryUserNum",
            "columns": {},
        },
        "aliases": [],
    });
    assert_eq!(items.first(), Some(&expected));
    // The keys in this order.
    let keys: Vec<&str> = items[0]
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "table",
            "known",
            "value",
            "code",
            "lang",
            "description",
            "entry",
            "aliases"
        ]
    );
    // Entries without a value have a null one; WebError is written by name.
    let items = json(&["STREAM_ALREADY_PUBLISHED"]);
    assert_eq!(items[0]["value"], Value::Null);
    assert_eq!(items[0]["code"], "STREAM_ALREADY_PUBLISHED");
    assert_eq!(items[0]["known"], true);
}

/// Every code of table `$t`, as serde writes it.
macro_rules! serialized {
    ($t:ty) => {
        <$t>::all()
            .iter()
            .copied()
            .map(|code| serde_json::to_value(code).expect("serializes"))
            .collect::<Vec<Value>>()
    };
}

#[test]
fn json_codes_are_what_serde_writes() {
    let listed = |table: &str| -> Vec<Value> {
        json(&["--list", table])
            .iter()
            .map(|item| item["code"].clone())
            .collect()
    };
    assert_eq!(listed("SignalingError"), serialized!(SignalingError));
    assert_eq!(listed("NativeError"), serialized!(NativeError));
    assert_eq!(listed("NativeWarning"), serialized!(NativeWarning));
    assert_eq!(listed("WebError"), serialized!(WebError));
    assert_eq!(listed("WebWarning"), serialized!(WebWarning));
    assert_eq!(listed("RtcError"), serialized!(RtcError));
    assert_eq!(listed("SqlState"), serialized!(SqlState));
    assert_eq!(listed("OAuthError"), serialized!(OAuthError));
    // By value, as integers or strings, except WebError, whose value-less entries make it
    // by name.
    for item in json(&["--list"]) {
        if item["table"] == "WebError" {
            assert_eq!(item["code"], item["entry"]["name"]);
        } else if item["table"] == "SqlState" || item["table"] == "OAuthError" {
            assert_eq!(item["code"], item["value"]);
            assert!(item["code"].is_string());
        } else {
            assert_eq!(item["code"], item["value"]);
            assert!(item["code"].is_i64());
        }
    }
}

/// `value` as compact JSON text: equal texts are equal values with their keys in the same
/// order (serde_json keeps the order of the keys read).
fn compact(value: &Value) -> String {
    serde_json::to_string(value).expect("serializes")
}

/// Checks that `item`, an object of `explain --json`, holds what `document`, the
/// `codetable/1` export of every table in every language, holds of its entry and aliases.
fn check_against_export(item: &Value, document: &Value) {
    let table = document["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .find(|table| table["name"] == item["table"])
        .expect("the item's table is exported");
    let exported = table["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .find(|entry| entry["name"] == item["entry"]["name"])
        .expect("the item's entry is exported");
    assert_eq!(compact(&item["entry"]), compact(exported));
    assert_eq!(item["value"], exported["value"]);
    let aliases: Vec<String> = table["aliases"]
        .as_array()
        .expect("aliases")
        .iter()
        .filter(|alias| alias["alias_of"] == exported["name"])
        .map(compact)
        .collect();
    let listed: Vec<String> = item["aliases"]
        .as_array()
        .expect("aliases")
        .iter()
        .map(compact)
        .collect();
    assert_eq!(listed, aliases, "{}", exported["name"]);
}

#[test]
fn json_entries_are_the_objects_of_the_export() {
    let document: Value =
        serde_json::from_str(&answer(&["--export", "json"])).expect("a JSON document");
    assert_eq!(document["schema"], "codetable/1");
    // Every entry of every table, in the document's order.
    let items = json(&["--list"]);
    let exported: Vec<(&Value, &Value)> = document["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .flat_map(|table| {
            let entries = table["entries"].as_array().expect("entries");
            entries
                .iter()
                .map(move |entry| (&table["name"], &entry["name"]))
        })
        .collect();
    let listed: Vec<(&Value, &Value)> = items
        .iter()
        .map(|item| (&item["table"], &item["entry"]["name"]))
        .collect();
    assert_eq!(listed, exported);
    assert!(exported.len() > 500);
    for item in &items {
        check_against_export(item, &document);
    }
    // Found by a search, by an alias, in another language: the entry has every language.
    for args in [
        &["--lang", "zh", "LOGIN_E_NET"][..],
        &["err_static_use_dyanmic_ke"],
        &["--details", "42P01"],
        &["-t", "grpc", "14"],
    ] {
        let items = json(args);
        assert!(!items.is_empty(), "{args:?}");
        for item in &items {
            check_against_export(item, &document);
        }
    }
}

// --- Failures ---------------------------------------------------------------------------

/// The smallest positive value that no table has, either way round.
fn unused() -> i128 {
    (1..).find(|v| with_values(&[*v, -*v]).is_empty()).unwrap()
}

/// How `Open` prints `value` in the Agora table named `table`, and how serde writes it.
fn open(table: &str, value: i32) -> (String, Value) {
    fn of<C: Code<Value = i32>>(value: i32) -> (String, Value)
    where
        Open<C>: serde::Serialize,
    {
        let open = C::decode(value);
        assert!(!open.is_known(), "{} {value}", C::TABLE);
        (
            open.to_string(),
            serde_json::to_value(open).expect("serializes"),
        )
    }
    match table {
        "SignalingError" => of::<SignalingError>(value),
        "NativeError" => of::<NativeError>(value),
        "NativeWarning" => of::<NativeWarning>(value),
        "WebWarning" => of::<WebWarning>(value),
        "RtcError" => of::<RtcError>(value),
        "Grpc" => of::<codetable_examples::grpc::Grpc>(value),
        // Open<WebError> is not serialized (WebError is written by name): the value is.
        "WebError" => (
            WebError::decode(value).to_string(),
            serde_json::to_value(value).expect("serializes"),
        ),
        _ => panic!("{table}"),
    }
}

#[test]
fn a_value_no_table_knows_is_printed_as_such() {
    // The Signaling header's GENERAL_E_LARGE_PARAM, which the pages (so the table) lack.
    explain()
        .args(["--table", "signaling", "--", "-1005"])
        .assert()
        .code(1)
        .stdout(
            "No table knows the value -1005 or 1005:\n  SignalingError 1005 (not in the table)\n    \
             class General: General errors.\n",
        )
        .stderr("");
    let (printed, code) = open("SignalingError", 1005);
    assert_eq!(printed, "SignalingError 1005 (not in the table)");
    // In JSON: an object with the keys of a code's, known false, code as serde writes it.
    let items = json_of_unknown(&["-t", "signaling", "1005"]);
    assert_eq!(
        items,
        Value::Array(vec![unknown_object("SignalingError", 1005.into(), code)])
    );
    // Where no table knows a number, each integer table says so (a string table only when
    // --table names it); a negative number is read as the code it stands for.
    let unused = i32::try_from(unused()).expect("small");
    for args in [
        vec![unused.to_string()],
        vec!["--".into(), format!("-{unused}")],
    ] {
        let output = explain()
            .args(&args)
            .assert()
            .code(1)
            .stderr("")
            .get_output()
            .clone();
        let stdout = String::from_utf8(output.stdout).unwrap();
        let mut lines = stdout.lines();
        let heading = lines.next().expect("a heading");
        assert!(
            heading.starts_with("No table knows the value "),
            "{heading}"
        );
        let listed: Vec<&str> = lines.collect();
        let expected: Vec<String> = ALL_TABLES
            .iter()
            .map(Table::name)
            .chain(["Grpc"])
            .map(|table| format!("  {}", open(table, unused).0))
            .collect();
        assert_eq!(listed, expected, "{args:?}");
        let items = match serde_json::from_slice(
            &explain()
                .arg("--json")
                .args(&args)
                .assert()
                .code(1)
                .get_output()
                .stdout,
        ) {
            Ok(Value::Array(items)) => items,
            other => panic!("not a JSON array: {other:?}"),
        };
        assert_eq!(
            tables_of(&items),
            ALL_TABLES
                .iter()
                .map(Table::name)
                .chain(["Grpc"])
                .collect::<Vec<_>>()
        );
        for item in &items {
            let (_, code) = open(&text(&item["table"]), unused);
            assert_eq!(item["code"], code);
            assert_eq!(item["value"], i64::from(unused));
            assert_eq!(item["known"], false);
            assert_eq!(item["entry"], Value::Null);
        }
    }
    // A number some table knows lists only the codes found: no unknowns.
    let stdout = answer(&["--", "-1005"]);
    assert!(!stdout.contains("not in the table"), "{stdout}");
    assert_eq!(ids(&json(&["--", "-1005"])), with_values(&[-1005, 1005]));
}

#[test]
fn nothing_found_is_one_line_on_stderr_and_exit_1() {
    // No table's type holds a number past u64::MAX.
    let beyond = (u128::from(u64::MAX) + 1).to_string();
    let huge = "9".repeat(1000);
    let cases: [&[&str]; 8] = [
        &[&beyond],
        &["--json", &beyond],
        &["qwertyuiopasdf"],
        &["--json", "qwertyuiopasdf"],
        &["🦀"],
        &[&huge],
        &["--", "-170141183460469231731687303715884105729"],
        &["--table", "web", "LOGIN_E_NET"],
    ];
    for args in cases {
        let output = explain()
            .args(args)
            .assert()
            .code(1)
            .stdout("")
            .get_output()
            .clone();
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("explain: no code "),
            "{args:?}: {stderr}"
        );
        assert!(stderr.len() < 200, "{args:?}: {stderr}");
    }
    explain()
        .arg(&beyond)
        .assert()
        .stderr(format!("explain: no code has the value {beyond}\n"));
}

#[test]
fn bad_arguments_are_clap_errors_with_exit_2() {
    let cases: [&[&str]; 7] = [
        &[],
        &[""],
        &["   "],
        &["--bogus", "17"],
        &["--list", "signaling", "501"],
        &["17", "18"],
        &["--lang"],
    ];
    for args in cases {
        explain()
            .args(args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::starts_with("error: "))
            .stderr(predicate::str::contains("panicked").not());
    }
}

#[test]
fn no_input_makes_it_panic() {
    let long = "é".repeat(50_000);
    let huge_negative = format!("-{}", "1".repeat(500));
    let min = i128::MIN.to_string();
    let max = i128::MAX.to_string();
    let inputs = [
        "-",
        "+",
        "--",
        "0x",
        "-0x",
        "0x-1",
        "1e99",
        "١٢٣",
        "网络",
        "\u{202e}501",
        "a\nb",
        "%s%n",
        "\u{301}",
        "ÉCHEC",
        &long,
        &huge_negative,
        &min,
        &max,
        "18446744073709551615",
        "-9223372036854775808",
    ];
    for input in inputs {
        for options in [
            &[][..],
            &["--json"],
            &["--lang", "zh", "--details"],
            &["-t", "r"],
        ] {
            let output = explain()
                .args(options)
                .arg("--")
                .arg(input)
                .output()
                .expect("explain runs");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(
                matches!(output.status.code(), Some(0 | 1)),
                "{input:?} {options:?}: {:?} {stderr}",
                output.status
            );
            assert!(!stderr.contains("panicked"), "{input:?}: {stderr}");
            if options.contains(&"--json") && output.status.success() {
                serde_json::from_slice::<Value>(&output.stdout).expect("JSON");
            }
        }
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_stdout_is_an_error_not_a_panic() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    std::process::Command::new(env!("CARGO_BIN_EXE_explain"))
        .arg("--list")
        .stdout(full)
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "explain: cannot print the answer",
        ))
        .stderr(predicate::str::contains("panicked").not());
}

// --- Help -------------------------------------------------------------------------------

#[test]
fn help_explains_everything_with_examples() {
    let stdout = answer(&["--help"]);
    for needle in [
        "explain 501",
        "explain -- -17",
        "explain LOGIN_E_NET",
        "explain ERR_STATIC_USE_DYANMIC_KE",
        "explain -t signaling -- -1005",
        "SignalingError 1005 (not in the table)",
        "\"known\": false",
        "alias_of",
        "alias",
        "explain token",
        "explain 23505",
        "explain 42P01",
        "explain invalid_grant",
        "explain -t sqlstate XX999",
        "SqlState XX999 (not in the table)",
        "--table <TABLE>",
        "--lang <LANG>",
        "--details",
        "--list [<TABLE>]",
        "--json",
        "Exit status",
    ] {
        assert!(
            stdout.contains(needle),
            "{needle:?} missing from:\n{stdout}"
        );
    }
    // Every table is named in the help, with its codes.
    for table in TABLES {
        let listed = format!("  {} ({} codes", table.name(), table.count());
        assert!(stdout.contains(&listed), "{listed}");
    }
    let short = answer(&["-h"]);
    assert!(short.contains("Usage: explain"));
}

#[test]
fn typed_columns_are_shown_in_text_and_json() {
    // gRPC's UNAVAILABLE has the columns http and retryable.
    explain()
        .args(["--table", "grpc", "UNAVAILABLE"])
        .assert()
        .success()
        .stdout(predicates::str::contains("http=503, retryable=true"));
    let output = explain()
        .args(["--json", "--table", "grpc", "14"])
        .output()
        .expect("runs");
    let items: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(items[0]["entry"]["name"], "UNAVAILABLE");
    assert_eq!(
        items[0]["entry"]["columns"],
        // A number and a bool stay JSON's own.
        serde_json::json!({"http": 503, "retryable": true})
    );
}

#[test]
fn export_writes_what_codetable_export_writes_and_check_compares_with_a_file() {
    use codetable::export::{Format, Options};
    for format in Format::ALL {
        let mut expected = String::new();
        format
            .write(
                &mut expected,
                &[Table::of::<SignalingError>()],
                &Options::new().langs(&["zh"]),
            )
            .expect("writes");
        let output = explain()
            .args([
                "--export",
                format.name(),
                "--table",
                "signaling",
                "--lang",
                "zh",
            ])
            .output()
            .expect("runs");
        assert!(output.status.success(), "{format}");
        assert_eq!(
            String::from_utf8(output.stdout).unwrap(),
            expected,
            "{format}"
        );
        // --check: the same bytes pass, a changed file fails with a message.
        let file = std::env::temp_dir().join(format!("explain-check-{}.txt", format.name()));
        std::fs::write(&file, &expected).expect("writes");
        let args = [
            "--export",
            format.name(),
            "-t",
            "signaling",
            "--lang",
            "zh",
            "--check",
        ];
        explain()
            .args(args)
            .arg(&file)
            .assert()
            .success()
            .stdout("");
        std::fs::write(&file, format!("{expected}stale\n")).expect("writes");
        explain()
            .args(args)
            .arg(&file)
            .assert()
            .code(1)
            .stderr(predicates::str::contains("is not what `explain --export"));
        let _ = std::fs::remove_file(&file);
    }
    explain().args(["--export", "yaml"]).assert().code(2);
    explain().args(["--export", "c", "501"]).assert().code(2);
}

codetable::define_codes! {
    /// Two HRESULTs, in hex as winerror.h writes them.
    #[codes(hex)]
    pub enum HResult: i32 {
        S_OK = 0 => "Operation successful.",
        E_ACCESSDENIED = 0x8007_0005_u32 as i32 => "General access denied error.",
    }
}

/// A hex table added to `TABLES` (as the library's docs show): `explain`'s search reads a
/// query as each table's `FromStr` does, so `0x80070005` finds the `i32` HRESULT, and prints
/// the value in hex; a value it lacks prints in hex too.
#[test]
fn a_hex_table_is_found_by_its_hex_text_and_shown_in_hex() {
    use codetable_examples::render::{text_results, text_unknown};
    use codetable_examples::{find, unknowns, Query, Style};
    let tables = [TABLES, &[Table::of::<HResult>()]].concat();
    for asked in ["0x80070005", "0X80070005", "-2147024891", "E_ACCESSDENIED"] {
        let found = find(&tables, &Query::parse(asked));
        let names: Vec<(&str, &str)> = found
            .hits
            .iter()
            .map(|h| (h.entry.table, h.entry.name))
            .collect();
        assert_eq!(names, [("HResult", "E_ACCESSDENIED")], "{asked}");
        let text = text_results("Codes:", &found.hits, &Style::default());
        assert!(
            text.contains("E_ACCESSDENIED  0x80070005  General access denied error."),
            "{text}"
        );
    }
    let query = Query::parse("0x80070006");
    assert!(find(&tables, &query).hits.is_empty());
    let lacking = unknowns(&[Table::of::<HResult>()], &query);
    assert_eq!(
        lacking[0].to_string(),
        "HResult 0x80070006 (not in the table)"
    );
    let text = text_unknown(&query, &lacking);
    assert!(
        text.contains("  HResult 0x80070006 (not in the table)"),
        "{text}"
    );
}

#[test]
fn check_compat_reports_and_exits_by_what_changed() {
    let run = |args: &[&str]| explain().args(args).output().expect("explain runs");
    let dir = std::env::temp_dir().join(format!("explain-compat-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a directory");
    let snapshot = dir.join("signaling.json");
    let output = run(&["--export", "json", "-t", "signaling"]);
    std::fs::write(&snapshot, &output.stdout).expect("write the snapshot");
    let path = snapshot.to_string_lossy().into_owned();

    let same = run(&["--check-compat", &path]);
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&same.stdout),
        "compatible: no changes\n"
    );

    // The snapshot had LOGIN_E_NET at 1201: the table now says 201.
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let renumbered = dir.join("renumbered.json");
    std::fs::write(
        &renumbered,
        text.replacen("\"value\": 201,", "\"value\": 1201,", 1),
    )
    .expect("write");
    let path = renumbered.to_string_lossy().into_owned();
    let broken = run(&["--check-compat", &path]);
    assert_eq!(broken.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&broken.stdout);
    assert!(
        stdout.contains("breaking: renumbered: SignalingError::LOGIN_E_NET: was 1201, now 201"),
        "{stdout}"
    );
    let json = run(&["--check-compat", &path, "--json"]);
    assert_eq!(json.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(report["changes"][0]["kind"], "renumbered");

    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"schema\": \"codetable/1\"}").expect("write");
    let path = bad.to_string_lossy().into_owned();
    let malformed = run(&["--check-compat", &path]);
    assert_eq!(malformed.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&malformed.stderr);
    assert!(stderr.contains("the key `tables` is missing"), "{stderr}");
    let missing = run(&["--check-compat", "/nonexistent/snapshot.json"]);
    assert_eq!(missing.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn details_equal_to_the_description_are_printed_once() {
    let native = entry("NativeError", "ERR_TOKEN_EXPIRED");
    assert_eq!(
        native.details,
        Some(native.description),
        "the case this checks"
    );
    let stdout = answer(&["ERR_TOKEN_EXPIRED", "--details"]);
    let first = native.description.lines().next().expect("a description");
    assert_eq!(stdout.matches(first).count(), 1, "{stdout}");
    // RtcError's different details are still shown.
    let rtc = entry("RtcError", "ERR_TOKEN_EXPIRED");
    let rtc_details = rtc.details.expect("RtcError has details");
    let line = rtc_details.lines().next().expect("a line");
    assert!(stdout.contains(&format!("| {line}")), "{stdout}");
}

#[test]
fn an_unknown_hex_value_is_echoed_as_written() {
    let output = explain()
        .arg("0x80070005")
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let first = stdout.lines().next().expect("a heading");
    assert!(first.contains("0x80070005"), "{stdout}");
    assert!(first.contains(&0x8007_0005_i128.to_string()), "{stdout}");
}

/// A code of a table with a URL template shows its address on a line of its own; one of a
/// table without (NativeError) shows none. The class line follows `--lang`.
#[test]
fn a_code_shows_its_documentation_link_and_its_class_in_the_language_asked() {
    let code = SignalingError::QUERYUSERNUM_E_TIMEOUT;
    let url = code.url();
    let stdout = answer(&["-t", "signaling", "501"]);
    assert!(
        stdout.contains(&format!("\n{}see {url}\n", " ".repeat(47))),
        "{stdout}"
    );
    assert!(Code::url(NativeError::ERR_FAILED).is_none());
    assert!(!answer(&["-t", "nativeerror", "1"]).contains("see "));
    let class = Table::of::<SignalingError>()
        .from_value(501)
        .and_then(|e| e.class())
        .expect("a class");
    let zh = class.description_in("zh").expect("a Chinese description");
    assert_ne!(zh, class.description);
    let stdout = answer(&["--lang", "zh", "-t", "signaling", "501"]);
    assert!(
        stdout.contains(&format!("class {}: {zh}\n", class.name)),
        "{stdout}"
    );
}
