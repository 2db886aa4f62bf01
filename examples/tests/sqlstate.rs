//! The example string tables against their sources: `SqlState` against PostgreSQL's own list
//! (`fixtures/errcodes.txt`, which `define_codes!` reads; parsed here again, by other code) and against an independent one, tokio-postgres's
//! (`fixtures/sqlstate-tokio-postgres.tsv`); `OAuthError` against RFC 6749, section 5.2.

use codetable_examples::oauth::OAuthError;
use codetable_examples::sqlstate::SqlState;
use std::collections::{BTreeMap, BTreeSet, HashMap};

fn fixture(file: &str) -> String {
    let path = format!("{}/fixtures/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// One condition of errcodes.txt: `sqlstate  E/W/S  ERRCODE_NAME  [condition_name]`.
#[derive(Debug)]
struct Line {
    code: String,
    kind: char,
    /// The macro name without `ERRCODE_`.
    name: String,
    condition: Option<String>,
    /// The class of the section it is listed under.
    class: String,
}

/// The conditions errcodes.txt lists after its header, in order.
fn errcodes() -> Vec<Line> {
    let text = fixture("errcodes.txt");
    let mut lines = Vec::new();
    let mut class: Option<String> = None;
    for (number, line) in text.lines().enumerate().map(|(n, l)| (n + 1, l.trim_end())) {
        if let Some(section) = line.strip_prefix("Section: Class ") {
            let (nn, title) = section.split_once(" - ").expect("Class NN - Title");
            assert_eq!(nn.len(), 2, "line {number}");
            assert!(!title.is_empty(), "line {number}");
            class = Some(nn.to_owned());
            continue;
        }
        let Some(class) = &class else {
            continue; // the file's header
        };
        if line.is_empty() {
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (code, kind, macro_name, condition) = match fields[..] {
            [code, kind, macro_name] => (code, kind, macro_name, None),
            [code, kind, macro_name, condition] => (code, kind, macro_name, Some(condition)),
            _ => panic!("errcodes.txt:{number}: not understood: {line:?}"),
        };
        let kind = match kind {
            "E" | "W" | "S" => kind.chars().next().expect("one letter"),
            _ => panic!("errcodes.txt:{number}: kind {kind:?}"),
        };
        lines.push(Line {
            code: code.to_owned(),
            kind,
            name: macro_name
                .strip_prefix("ERRCODE_")
                .expect("ERRCODE_ prefix")
                .to_owned(),
            condition: condition.map(str::to_owned),
            class: class.clone(),
        });
    }
    lines
}

/// Whether `code` is a SQLSTATE's shape: five digits or upper-case ASCII letters.
fn is_sqlstate(code: &str) -> bool {
    code.len() == 5
        && code
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
}

#[test]
fn errcodes_txt_holds_what_its_readme_says() {
    let lines = errcodes();
    let codes: BTreeSet<&str> = lines.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(lines.len(), 266);
    assert_eq!(codes.len(), 260);
    assert!(codes.iter().all(|c| is_sqlstate(c)));
    let letters = codes
        .iter()
        .filter(|c| !c.bytes().all(|b| b.is_ascii_digit()))
        .count();
    assert_eq!(letters, 136);
    let leading_zero = codes
        .iter()
        .filter(|c| c.bytes().all(|b| b.is_ascii_digit()) && c.starts_with('0'))
        .count();
    assert_eq!(leading_zero, 17);
    let kinds = |kind| lines.iter().filter(|l| l.kind == kind).count();
    assert_eq!((kinds('W'), kinds('S'), kinds('E')), (10, 1, 255));
    // A code given twice has a condition name on one line only.
    let mut conditions: BTreeMap<&str, usize> = BTreeMap::new();
    for line in &lines {
        *conditions.entry(&line.code).or_default() += usize::from(line.condition.is_some());
    }
    assert!(conditions.values().all(|&n| n == 1));
}

/// The entry and aliases errcodes.txt gives each code: the line with the condition name is
/// the entry, the others are aliases (the rule of `format = errcodes`, written again).
#[test]
fn the_table_is_errcodes_txt() {
    let lines = errcodes();
    let entries: Vec<&Line> = lines.iter().filter(|l| l.condition.is_some()).collect();
    assert_eq!(SqlState::all().len(), entries.len());
    for (&code, line) in SqlState::all().iter().zip(&entries) {
        assert_eq!(code.name(), line.name);
        assert_eq!(code.value(), line.code, "{}", line.name);
        assert_eq!(Some(code.description()), line.condition.as_deref());
        assert_eq!(code.value()[..2], line.class, "{}: its class", line.name);
        assert_eq!(code.details(), None, "{}", line.name);
        assert!(!code.is_deprecated());
    }
    let by_code: HashMap<&str, &str> = entries
        .iter()
        .map(|l| (l.code.as_str(), l.name.as_str()))
        .collect();
    let mut expected: Vec<(&str, &str)> = lines
        .iter()
        .filter(|l| l.condition.is_none())
        .map(|l| (l.name.as_str(), by_code[l.code.as_str()]))
        .collect();
    let mut aliases: Vec<(&str, &str)> = SqlState::ALIASES
        .iter()
        .map(|a| (a.name(), a.code().name()))
        .collect();
    expected.sort_unstable();
    aliases.sort_unstable();
    assert_eq!(aliases, expected);
    assert_eq!((SqlState::all().len(), SqlState::ALIASES.len()), (260, 6));
    for alias in SqlState::ALIASES {
        assert_eq!(alias.description(), None);
    }
}

#[test]
fn tokio_postgres_agrees_on_every_name_and_code() {
    let text = fixture("sqlstate-tokio-postgres.tsv");
    let mut rows = text
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').collect::<Vec<_>>());
    assert_eq!(rows.next(), Some(vec!["code", "name", "primary"]));
    let rows: Vec<Vec<&str>> = rows.collect();
    let (mut names, mut codes) = (BTreeSet::new(), BTreeSet::new());
    for row in &rows {
        let [code, name, primary] = row[..] else {
            panic!("not three columns: {row:?}");
        };
        assert!(matches!(primary, "yes" | "no"), "{row:?}");
        let by_name = SqlState::from_name(name).unwrap_or_else(|| panic!("{name} is no name"));
        assert_eq!(by_name.value(), code, "{name}");
        let by_value = SqlState::from_value(code).unwrap_or_else(|| panic!("{code} is no code"));
        assert_eq!(by_value, by_name, "{code}");
        names.insert(name);
        codes.insert(code);
    }
    assert_eq!((rows.len(), names.len(), codes.len()), (266, 266, 260));
    // Every name of the table is tokio-postgres's, and every code.
    let ours: BTreeSet<&str> = SqlState::all()
        .iter()
        .copied()
        .map(SqlState::name)
        .chain(SqlState::ALIASES.iter().map(|a| a.name()))
        .collect();
    assert_eq!(ours, names);
    let values: BTreeSet<&str> = SqlState::all()
        .iter()
        .copied()
        .map(SqlState::value)
        .collect();
    assert_eq!(values, codes);
    assert_eq!(
        (
            SqlState::all().len(),
            SqlState::ALIASES.len(),
            SqlState::COUNT
        ),
        (260, 6, 260)
    );
}

/// RFC 6749, section 5.2, "Error Response": the `error` parameter's values, in its order.
const RFC_6749_5_2: [&str; 6] = [
    "invalid_request",
    "invalid_client",
    "invalid_grant",
    "unauthorized_client",
    "unsupported_grant_type",
    "invalid_scope",
];

#[test]
fn oauth_errors_are_rfc_6749_section_5_2() {
    let values: Vec<&str> = OAuthError::all()
        .iter()
        .copied()
        .map(OAuthError::value)
        .collect();
    assert_eq!(values, RFC_6749_5_2);
    for code in RFC_6749_5_2 {
        let error = OAuthError::from_value(code).expect(code);
        // The name is the value in upper case.
        assert_eq!(error.name(), code.to_ascii_uppercase());
        assert!(error.description().ends_with('.'), "{code}");
        assert_eq!(
            error
                .details()
                .map(|d| d.starts_with("RFC 6749, section 5.2")),
            Some(true)
        );
    }
    assert!(OAuthError::ALIASES.is_empty());
    // The authorization endpoint's codes (section 4.1.2.1) and RFC 6750's are not token
    // endpoint errors.
    for other in [
        "access_denied",
        "unsupported_response_type",
        "server_error",
        "invalid_token",
    ] {
        assert_eq!(OAuthError::from_value(other), None, "{other}");
    }
}

/// The classes are the file's `Section: Class XX - Description` lines, in order, each the
/// class of every code under it (a second name that class 42 lists for a code of another
/// class, such as `34000 ERRCODE_UNDEFINED_CURSOR`, is an alias: the code's class is where
/// the file lists it first); a code the table lacks gets the class of its first two
/// characters.
#[test]
fn the_classes_are_the_sections_of_errcodes_txt() {
    use codetable::CodeClass;
    use codetable_examples::sqlstate::SqlStateClass;

    let text = fixture("errcodes.txt");
    let mut sections: Vec<(String, String)> = Vec::new();
    let mut codes: Vec<(String, usize)> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("Section: Class ") {
            let (prefix, description) = rest.split_once(" - ").expect("`XX - Description`");
            sections.push((prefix.to_owned(), description.to_owned()));
        } else if let Some(code) = line.split_whitespace().next().filter(|c| is_sqlstate(c)) {
            if !codes.iter().any(|(c, _)| c == code) {
                codes.push((code.to_owned(), sections.len() - 1));
            }
        }
    }
    assert_eq!(sections.len(), 43);
    let classes = SqlStateClass::all();
    assert_eq!(classes.len(), sections.len());
    for (class, (prefix, description)) in classes.iter().zip(&sections) {
        assert_eq!(class.description(), description);
        let rule = CodeClass::rule(*class);
        assert!(
            matches!(rule, codetable::ClassRule::Prefix(p) if p == prefix),
            "{class}: {rule}"
        );
    }
    // Named by the title without its remarks in parentheses, in upper camel case.
    let names: Vec<&str> = classes.iter().map(|class| class.name()).collect();
    assert_eq!(names[..3], ["SuccessfulCompletion", "Warning", "NoData"]);
    assert!(names.contains(&"WithCheckOptionViolation"), "{names:?}");
    assert!(names.contains(&"SystemError"), "{names:?}");
    assert!(names.contains(&"ForeignDataWrapperError"), "{names:?}");
    assert!(names.contains(&"PlPgsqlError"), "{names:?}");
    assert_eq!(codes.len(), 260);
    for (code, section) in &codes {
        let known = SqlState::from_value(code).expect("in the table");
        assert_eq!(known.class(), classes[*section], "{code}");
        assert!(classes[*section].codes().contains(&known), "{code}");
    }
    let unknown = SqlState::decode("23P99");
    assert!(!unknown.is_known());
    assert_eq!(
        unknown.class(),
        Some(SqlStateClass::IntegrityConstraintViolation)
    );
    assert_eq!(SqlState::class_of_value("ZZ000"), None);
}
