//! `explain --tables FILE.json`: tables read from `codetable/1` exports answer every query
//! as the tables they were exported from do. Each answer is compared with the answer for the
//! compiled table: the built-in `explain`'s, or, for a table explain is not built with, what
//! the same search and printing give for the compiled table in this test.

use assert_cmd::Command;
use codetable::export::{self, Options};
use codetable::Table;
use codetable_examples::http::HttpStatus;
use codetable_examples::{find, render, unknowns, Query, Style};
use std::path::PathBuf;

fn explain() -> Command {
    Command::new(env!("CARGO_BIN_EXE_explain"))
}

/// `explain args`: its stdout, stderr and exit status.
fn run(args: &[&str]) -> (String, String, i32) {
    let output = explain().args(args).output().expect("explain runs");
    (
        String::from_utf8(output.stdout).expect("UTF-8"),
        String::from_utf8(output.stderr).expect("UTF-8"),
        output.status.code().expect("an exit status"),
    )
}

/// A directory of this test's own, emptied.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("explain-tables-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("written");
    path.to_str().expect("a UTF-8 path").to_owned()
}

/// The queries asked of every table: values (decimal, hex, negative, unknown), names (any
/// case), aliases, words, each as text, with --details and as JSON.
const QUERIES: &[&str] = &[
    "501",
    "0x1F5",
    "-1005",
    "-17",
    "1005",
    "login_e_net",
    "LOGIN_E_NET",
    "ERR_STATIC_USE_DYANMIC_KE",
    "token",
    "login",
    "23505",
    "42P01",
    "42p01",
    "unique_violation",
    "42P",
    "XX999",
    "XX99999999",
    "integrity",
    "999999",
    "zzzz",
];

const FLAGS: &[&[&str]] = &[&[], &["--details"], &["--json"], &["--lang", "zh"]];

#[test]
fn an_export_of_a_built_in_table_answers_as_the_table() {
    let dir = scratch("built-in");
    for table in ["signaling", "sqlstate", "grpc", "web"] {
        let (export, _, status) = run(&["-t", table, "--export", "json"]);
        assert_eq!(status, 0);
        let file = write(&dir, &format!("{table}.json"), &export);
        for query in QUERIES {
            for flags in FLAGS {
                let args = [flags, &["-t", table, "--", query][..]].concat();
                let loaded = [&["--tables", file.as_str()][..], &args].concat();
                assert_eq!(run(&loaded), run(&args), "explain {}", loaded.join(" "));
            }
        }
        // The loaded table replaces the built-in one: a changed description shows.
        let first = export.find("\"en\": \"").expect("a description") + 7;
        let changed = format!("{}CHANGED {}", &export[..first], &export[first..]);
        let file = write(&dir, &format!("{table}-changed.json"), &changed);
        let (listed, _, _) = run(&["--tables", &file, "--list", table]);
        assert!(listed.contains("CHANGED "), "{listed}");
    }
}

#[test]
fn every_built_in_table_exported_loads_back_to_the_same_exports_and_lists() {
    let dir = scratch("all");
    let (all, _, _) = run(&["--export", "json"]);
    let file = write(&dir, "all.json", &all);
    for args in [
        &["--export", "json"][..],
        &["--export", "markdown"],
        &["--export", "c"],
        &["--export", "csv"],
        &["--list"],
        &["--list", "--json"],
        &["--list", "--details", "--lang", "zh"],
        &["501"],
        &["--json", "--", "-17"],
    ] {
        let loaded = [&["--tables", file.as_str()][..], args].concat();
        assert_eq!(run(&loaded), run(args), "explain {}", loaded.join(" "));
    }
    let (report, _, status) = run(&["--tables", &file, "--check-compat", &file]);
    assert_eq!(status, 0, "{report}");
    let (_, _, status) = run(&["--tables", &file, "--export", "json", "--check", &file]);
    assert_eq!(status, 0);
}

codetable::define_codes! {
    /// A few HTTP statuses: a table explain is not built with.
    #[classes(
        ClientError = 400..500 => "The request cannot be fulfilled.",
        ServerError = 500..600 => "The server failed.",
    )]
    #[columns(retry: bool = false)]
    pub enum Http: u16 {
        /// The resource is not there; do not retry.
        NOT_FOUND = 404 => "Not Found",
        #[deprecated]
        TEAPOT = 418 => "I'm a teapot",
        #[columns(retry = true)]
        SERVICE_UNAVAILABLE = 503 => "Service Unavailable",
        /// The name of an older draft.
        OVERLOADED = SERVICE_UNAVAILABLE,
    }

    /// Door states, as strings: a string table explain is not built with.
    #[codes(max_len = 8)]
    #[classes(Open = "o" => "Open doors.")]
    pub enum Door: str {
        OPEN = "open" => "The door is open.",
        OPEN_WIDE = "openwide" => "The door is wide open.",
        SHUT = "shut" => "The door is shut.",
    }
}

/// What explain answers `query` over `tables`, computed in this process with the library
/// the binary is built on: its stdout and exit status.
fn answer_here(tables: &[Table], query: &str, style: &Style, json: bool) -> (String, i32) {
    let query = Query::parse(query);
    let found = find(tables, &query);
    if found.hits.is_empty() {
        let unknown = unknowns(tables, &query);
        if unknown.is_empty() {
            return (String::new(), 1);
        }
        return if json {
            (render::json_unknown(&unknown), 1)
        } else {
            (render::text_unknown(&query, &unknown), 1)
        };
    }
    if json {
        return (render::json(&found.hits, style), 0);
    }
    let heading = render::heading(&query, &found);
    (render::text_results(&heading, &found.hits, style), 0)
}

#[test]
fn an_export_of_a_table_explain_is_not_built_with_answers_as_the_compiled_table() {
    let dir = scratch("http");
    // IANA's HTTP registry, as `examples/src/http.rs` reads it: reserved values, a column.
    let compiled = [
        Table::of::<Http>(),
        Table::of::<Door>(),
        Table::of::<HttpStatus>(),
    ];
    let mut document = String::new();
    export::json(&mut document, &compiled, &Options::new()).expect("exported");
    let file = write(&dir, "http.json", &document);
    let mut compared = 0;
    for (at, table) in [(0, "http"), (1, "door"), (2, "httpstatus")] {
        for query in [
            "404",
            "0x194",
            "-503",
            "503",
            "599",
            "not_found",
            "Overloaded",
            "teapot",
            "found",
            "open",
            "OPEN_WIDE",
            "wide",
            "oz",
            "closed",
            "openwideopen",
            "418",
            "im_used",
            "gateway",
        ] {
            for (json, details) in [(false, false), (false, true), (true, false)] {
                let style = Style {
                    lang: None,
                    details,
                };
                let mut args = vec!["--tables", file.as_str(), "-t", table];
                if json {
                    args.push("--json");
                }
                if details {
                    args.push("--details");
                }
                args.extend(["--", query]);
                let (stdout, _, status) = run(&args);
                let (expected, expected_status) =
                    answer_here(&compiled[at..=at], query, &style, json);
                assert_eq!(status, expected_status, "explain {}", args.join(" "));
                if expected_status == 0 || !expected.is_empty() {
                    assert_eq!(stdout, expected, "explain {}", args.join(" "));
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 100, "{compared} answers compared");
    // The answers show what the table holds: a class, a column, an alias, a deprecation.
    let (stdout, _, _) = run(&["--tables", &file, "--details", "503"]);
    assert!(
        stdout.contains("class ServerError: The server failed."),
        "{stdout}"
    );
    assert!(stdout.contains("retry=true"), "{stdout}");
    assert!(
        stdout.contains("OVERLOADED: alias of SERVICE_UNAVAILABLE"),
        "{stdout}"
    );
    let (stdout, _, _) = run(&["--tables", &file, "-t", "http", "--", "599"]);
    assert!(stdout.contains("Http 599 (not in the table)"), "{stdout}");
    assert!(stdout.contains("class ServerError"), "{stdout}");
    // Exported again, it is the document it was read from.
    let (again, _, status) = run(&["--tables", &file, "-t", "http", "--export", "json"]);
    assert_eq!(status, 0);
    let mut http = String::new();
    export::json(&mut http, &compiled[..1], &Options::new()).expect("exported");
    assert_eq!(again, http);
}

/// A bad file: exit status 2, and one line on stderr that names the file and the problem.
fn bad(args: &[&str], expected: &[&str]) {
    let (stdout, stderr, status) = run(args);
    assert_eq!(status, 2, "explain {}: {stderr}", args.join(" "));
    assert_eq!(stdout, "");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("explain: "), "{stderr}");
    for needle in expected {
        assert!(stderr.contains(needle), "{needle:?} not in {stderr}");
    }
}

#[test]
fn a_malformed_file_is_one_line_and_exit_status_2() {
    let dir = scratch("bad");
    let (good, _, _) = run(&["-t", "signaling", "--export", "json"]);
    let start = good.find("    {").expect("a table");
    let end = good.rfind("\n  ]").expect("the end of the tables");
    let table = &good[start..end];
    let two = format!("{}{table},\n{table}{}", &good[..start], &good[end..]);
    let cases = [
        (
            "syntax.json",
            "{\n  \"schema\": \"codetable/1\",\n  \"tables\": [\n}\n".to_owned(),
            &["not JSON", "line 4 column 1"][..],
        ),
        (
            "v2.json",
            good.replace("codetable/1", "codetable/2"),
            &["\"codetable/2\"", "codetable/1"],
        ),
        (
            "missing.json",
            good.replacen("\"langs\": [\"en\", \"zh\"],", "", 1),
            &["tables[0]", "`langs` is missing"],
        ),
        (
            "wrong.json",
            good.replacen("\"value\": 0,", "\"value\": \"0\",", 1),
            &["tables[0].entries[0].value", "an integer"],
        ),
        (
            "twice.json",
            good.replacen("\"value\": 101", "\"value\": 100", 1),
            &["entries[2].value", "a value used twice"],
        ),
        (
            "two.json",
            two,
            &["tables[1]", "a second table named SignalingError"],
        ),
    ];
    for (name, text, needles) in cases {
        let file = write(&dir, name, &text);
        bad(
            &["--tables", &file, "501"],
            &[&[file.as_str()], needles].concat(),
        );
    }
    let absent = dir.join("absent.json");
    let absent = absent.to_str().expect("UTF-8");
    bad(&["--tables", absent, "501"], &["cannot read", absent]);
    // A file named twice, and two files with a table of the same name.
    let file = write(&dir, "signaling.json", &good);
    let copy = write(&dir, "copy.json", &good);
    bad(
        &["--tables", &file, "--tables", &file, "501"],
        &[&file, "given twice"],
    );
    bad(
        &["--tables", &file, "--tables", &copy, "501"],
        &[&copy, "SignalingError is also in", &file],
    );
}

#[test]
fn help_shows_tables() {
    let (stdout, _, _) = run(&["--help"]);
    assert!(stdout.contains("--tables <FILE.json>"), "{stdout}");
    assert!(
        stdout.contains("explain --tables http.json 404"),
        "{stdout}"
    );
}
