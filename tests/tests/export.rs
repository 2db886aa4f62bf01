//! `codetable::export` from outside: the C header of every Agora table compiled and run with
//! the system's C (and C++) compiler, the Markdown pages of `SignalingError` against the
//! Agora pages (through the fixtures `extract_seeds.py` took from them), JSON and CSV read
//! back, and golden files of a small table in every format.

mod common;

use codetable::agora::ALL_TABLES;
use codetable::export::{self, Format, Options, Origin};
use codetable::{define_codes, ColumnKind, Table, Value};
use common::fixtures;
use serde_json::Value as Json;
use std::path::{Path, PathBuf};
use std::process::Command;

/// How bad a code is: an enum with `Debug` only, shown by its variant's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// It can go on.
    Warning,
    /// It cannot.
    Fatal,
}

/// A Windows `HRESULT`: its `Display` (hex) is how people write it, its `Debug` is not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hresult(pub u32);

impl std::fmt::Display for Hresult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "0x{:08X}", self.0)
    }
}

define_codes! {
    /// A small table with what every export has to show: aliases of both forms, with and
    /// without descriptions of their own, deprecated entries and aliases, an entry without a
    /// value, two languages, columns, details, text that needs escaping in every format, and
    /// a history: reserved values and names, `since`, a retired code; classes of each kind,
    /// one listing an alias, and codes in none; a URL template with the anchor.
    #[langs(en, zh)]
    #[codes(url = "https://example.com/golden#{anchor}", display_url)]
    #[columns(http: u16, retryable: bool = false)]
    #[reserved(3, 9..=11, OLD_OK)]
    #[classes(
        Fine = 0 => { en: "It worked.", zh: "成功。" },
        Failed = -16..=-1 => "It failed | try <again> & \"later\".",
        Listed = [FAILURE] => "Listed by an alias's name.",
    )]
    pub enum Golden: i32 {
        #[since = "1.0"]
        #[columns(http = 200)]
        OK = 0 => { en: "Success.", zh: "成功。" },
        /// Sent when the peer is overloaded.
        ///
        /// Retry after a *while*; see `OVERLOADED`.
        #[columns(http = 503, retryable = true)]
        BUSY = -16 => {
            en: "Busy | try \"later\", <soon> & *again* (50% of_the time) `now` [x]~$y\\.",
            zh: "繁忙，请稍后重试。"
        },
        #[deprecated]
        #[columns(http = 500)]
        OLD_FAILURE = 7 => { en: "Comment */ ends /* here ??/ or not?", zh: "已弃用" },
        #[columns(http = 0)]
        STREAM_CLOSED = _ => { en: "No value: a name only,\nover two lines.", zh: "没有值。" },
        /// The name the first release used.
        OVERLOADED = BUSY,
        #[alias]
        #[deprecated]
        FAILURE = 7 => { en: "The old name, \"FAILURE\".", zh: "旧名称。" },
        #[since = "0.9"]
        #[retired(until = "2.0", replacement = OK)]
        #[columns(http = 200)]
        LARGEST = 2_147_483_647 => { en: "The largest int.", zh: "最大的 int。" },
        #[columns(http = 400)]
        SMALLEST = -2_147_483_648 => { en: "The smallest int.", zh: "最小的 int。" },
    }

    /// A string table whose values need C string escapes, and percent-encoding in a URL
    /// template with characters a Markdown link must escape.
    #[codes(max_len = 16, url = "https://example.com/states/{value}?q=(a|b)<c>#{anchor}")]
    #[reserved("*/x", OLD)]
    #[classes(enum = GoldenStateKind, Escaped = "a\"" => "Starts with a quote's escape.")]
    pub enum GoldenState: str {
        QUOTED = "a\"b\\c" => "A quote and a backslash.",
        TRIGRAPH = "??/x?" => "Not a trigraph.",
        UNICODE = "é€\t1" => "Non-ASCII and a tab.",
        /// Same as `QUOTED`.
        AGAIN = QUOTED,
    }

    /// Values that need `unsigned long long`.
    pub enum Wide: u64 {
        ZERO = 0 => "Zero.",
        MAX = 18_446_744_073_709_551_615 => "u64::MAX.",
        BIG = 4_294_967_296 => "2^32.",
        /// The other name.
        HUGE = MAX,
    }

    /// Values that need `long long`, both extremes.
    pub enum Signed: i64 {
        MIN = -9_223_372_036_854_775_808 => "i64::MIN.",
        MAX = 9_223_372_036_854_775_807 => "i64::MAX.",
        MINUS_ONE = -1 => "Minus one.",
    }

    /// Values that need `unsigned int`.
    pub enum Unsigned: u32 {
        MAX = 4_294_967_295 => "u32::MAX.",
        SMALL = 3 => "Three.",
    }

    /// A small type, negative values.
    pub enum Tiny: i8 {
        LOW = -128 => "i8::MIN.",
        HIGH = 127 => "i8::MAX.",
        NOTHING = _ => "No value here.",
    }

    /// Values in hex, some written as expressions: negative values are bit patterns.
    #[codes(hex)]
    pub enum GoldenHex: i32 {
        S_OK = 0 => "Success.",
        E_ACCESSDENIED = 0x8007_0005_u32 as i32 => "Access denied.",
        /// An expression of an earlier entry.
        E_ACCESSDENIED_READ = E_ACCESSDENIED | (1<<8) => "Denied | while <reading>.",
        SMALLEST = i32::MIN => "The smallest int.",
        TOP = 0x7FFF_FFFF => "The largest int.",
        /// Another name.
        E_DENIED = E_ACCESSDENIED,
    }

    /// Hex values that need `long long`.
    #[codes(hex)]
    pub enum HexWide: i64 {
        MINUS_ONE = -1 => "All bits set.",
        SMALL = 0x10 => "Sixteen.",
        MIN = i64::MIN => "i64::MIN.",
    }

    /// Hex values of an unsigned type.
    #[codes(hex)]
    pub enum HexByte: u8 {
        FIVE = 5 => "Five.",
        TOP = 0xFF => "u8::MAX.",
    }

    /// Columns of each type a person writes differently from its `Debug`: the table's own
    /// codes, `&str`, `Option`, an enum without `Display`, a type with one, `bool`, a float
    /// and a tuple (which has only `Debug`).
    #[columns(
        primary: Option<GoldenColumns> = None,
        hint: &'static str = "see the log",
        hex: Option<&'static str> = None,
        severity: Severity = Severity::Fatal,
        retryable: bool = false,
        hresult: Option<Hresult> = None,
        ratio: f32 = 0.0,
        pair: (u8, u8) = (0, 0),
    )]
    pub enum GoldenColumns: i32 {
        IOERR = 10 => "Disk I/O error.",
        #[columns(
            primary = Some(GoldenColumns::IOERR),
            hint = "retry, then give up",
            hex = Some("0x80070005"),
            severity = Severity::Warning,
            retryable = true,
            hresult = Some(Hresult(0x8007_0005)),
            ratio = 0.5,
            pair = (1, 2),
        )]
        IOERR_READ = 266 => "Read error.",
        /// Another name: the same columns.
        IOERR_READING = IOERR_READ,
    }

    /// Only entries without a value: no enumerator at all.
    pub enum Names: u16 {
        FIRST => "The first.",
        SECOND => "The second.",
    }
}

/// The test tables, then every Agora table.
fn all_tables() -> Vec<Table> {
    let mut tables = vec![
        Table::of::<Golden>(),
        Table::of::<GoldenState>(),
        Table::of::<Wide>(),
        Table::of::<Signed>(),
        Table::of::<Unsigned>(),
        Table::of::<Tiny>(),
        Table::of::<Names>(),
        Table::of::<GoldenColumns>(),
        Table::of::<GoldenHex>(),
        Table::of::<HexWide>(),
        Table::of::<HexByte>(),
    ];
    tables.extend_from_slice(ALL_TABLES);
    tables
}

fn export(format: Format, tables: &[Table], options: &Options<'_>) -> String {
    let mut out = String::new();
    format.write(&mut out, tables, options).expect("writes");
    // Same input, same bytes.
    let mut again = String::new();
    format.write(&mut again, tables, options).expect("writes");
    assert_eq!(out, again, "{format} export is not deterministic");
    out
}

/// An entry or an alias as the tests expect to see it: its name, its value (an alias's is
/// its entry's), the entry it stands for, and whether it is deprecated.
#[derive(Debug)]
struct Name {
    name: &'static str,
    value: Option<Value<'static>>,
    alias_of: Option<&'static str>,
    deprecated: bool,
    /// The value as the table writes it (in hex for a hex table), empty for none.
    text: String,
    /// The expression the entry's value was written as.
    expression: Option<&'static str>,
}

/// The value of `entry` as its table writes it, empty for none.
fn value_text(entry: &codetable::Entry) -> String {
    entry
        .value_text()
        .map(|v| v.to_string())
        .unwrap_or_default()
}

/// Every entry and alias of `table`: entries in order, each followed by its aliases.
fn names(table: &Table) -> Vec<Name> {
    let mut out = Vec::new();
    for entry in table.all() {
        out.push(Name {
            name: entry.name,
            value: entry.value,
            alias_of: None,
            deprecated: entry.deprecated,
            text: value_text(&entry),
            expression: entry.expression,
        });
        for alias in table.aliases().filter(|a| a.entry.index == entry.index) {
            out.push(Name {
                name: alias.name,
                value: entry.value,
                alias_of: Some(entry.name),
                deprecated: alias.deprecated,
                text: value_text(&entry),
                expression: entry.expression,
            });
        }
    }
    assert_eq!(out.len(), table.count() + table.aliases().count());
    out
}

// ---------------------------------------------------------------------------------------
// C

/// `SignalingError` as `SIGNALING_ERROR`: the tables here are plain camel case.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for (at, c) in name.chars().enumerate() {
        if at > 0 && c.is_ascii_uppercase() {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// The C name of `name` of `table` under the default options and `prefix`.
fn c_name(prefix: &str, table: &Table, name: &str, table_prefix: bool) -> String {
    if table_prefix {
        format!("{prefix}{}_{name}", snake(table.name()))
    } else {
        format!("{prefix}{name}")
    }
}

/// A C program that includes `header` twice (the guard must hold) and prints every constant:
/// `TABLE NAME value`, strings as the hex of their bytes; and `sizeof TABLE n` for the
/// typedefs of the tables written as `#define`s. Returns the program and the lines it must
/// print, computed from the Rust tables.
fn program(
    tables: &[Table],
    prefix: &str,
    table_prefix: bool,
    defines: bool,
) -> (String, Vec<String>) {
    let mut c = String::from("#include \"codes.h\"\n#include \"codes.h\"\n#include <stdio.h>\n\n");
    if tables.iter().any(|t| t.value_type() == "str") {
        c.push_str(
            "static void hex(const char *text, size_t len) {\n\
             \x20   size_t at;\n\
             \x20   for (at = 0; at < len; at++) printf(\"%02x\", (unsigned)(unsigned char)text[at]);\n\
             \x20   printf(\"\\n\");\n\
             }\n\n",
        );
    }
    c.push_str("int main(void) {\n");
    let mut expected = Vec::new();
    for table in tables {
        let ty = table.value_type();
        let type_name = format!("{prefix}{}", table.name());
        let has_values = table.all().any(|e| e.value.is_some());
        let enum_kind = matches!(ty, "i8" | "i16" | "i32" | "u8" | "u16") && !defines;
        if ty != "str" {
            // The typedef exists, and a `#define` table's has the Rust type's width.
            c.push_str(&format!(
                "    {{ {type_name} probe = ({type_name})0; (void)probe; }}\n"
            ));
            if !(enum_kind && has_values) {
                let bytes = ty[1..].parse::<usize>().expect("integer type") / 8;
                c.push_str(&format!(
                    "    printf(\"sizeof {} %u\\n\", (unsigned)sizeof({type_name}));\n",
                    table.name()
                ));
                expected.push(format!("sizeof {} {bytes}", table.name()));
            }
        }
        for name in names(table) {
            let Some(value) = name.value else { continue };
            let constant = c_name(prefix, table, name.name, table_prefix);
            let label = format!("{} {}", table.name(), name.name);
            match value {
                Value::Str(text) => {
                    c.push_str(&format!(
                        "    printf(\"%s \", \"{label}\"); hex({constant}, sizeof({constant}) - 1);\n"
                    ));
                    let bytes: String = text.bytes().map(|b| format!("{b:02x}")).collect();
                    expected.push(format!("{label} {bytes}"));
                }
                Value::Int(number) if ty.starts_with('u') => {
                    c.push_str(&format!(
                        "    printf(\"%s %llu\\n\", \"{label}\", (unsigned long long)({constant}));\n"
                    ));
                    expected.push(format!("{label} {number}"));
                }
                Value::Int(number) => {
                    c.push_str(&format!(
                        "    printf(\"%s %lld\\n\", \"{label}\", (long long)({constant}));\n"
                    ));
                    expected.push(format!("{label} {number}"));
                }
            }
        }
    }
    c.push_str("    return 0;\n}\n");
    (c, expected)
}

/// A fresh directory under the system's temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("codetable-export-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("temporary directory");
        Self(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The compiler in `var` (`CC`, `CXX`), else `default`; `None` if it cannot be run.
fn compiler(var: &str, default: &str) -> Option<String> {
    let compiler = std::env::var(var).unwrap_or_else(|_| default.to_owned());
    let runs = Command::new(&compiler)
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success());
    runs.then_some(compiler)
}

/// Compiles `source` (in `dir`, next to `codes.h`) with `compiler` and `flags`, runs it and
/// returns what it printed.
fn compile_and_run(dir: &Path, compiler: &str, flags: &[&str], source: &str, name: &str) -> String {
    let file = dir.join(source);
    let binary = dir.join(name);
    let output = Command::new(compiler)
        .args(flags)
        .arg(&file)
        .arg("-o")
        .arg(&binary)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {compiler}: {e}"));
    assert!(
        output.status.success(),
        "{compiler} {flags:?} failed:\n{}\n--- codes.h ---\n{}",
        String::from_utf8_lossy(&output.stderr),
        std::fs::read_to_string(dir.join("codes.h")).unwrap_or_default()
    );
    assert!(
        output.stderr.is_empty(),
        "{compiler} warned:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let run = Command::new(&binary).output().expect("runs the program");
    assert!(run.status.success(), "{name} failed");
    String::from_utf8(run.stdout).expect("UTF-8 output")
}

const C_FLAGS: [&str; 5] = ["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic"];
const CXX_FLAGS: [&str; 5] = ["-std=c++11", "-Wall", "-Wextra", "-Werror", "-pedantic"];

/// Exports `tables` as a header with `options`, compiles a program that prints every
/// constant as C (and as C++ when there is a C++ compiler), and compares what it prints
/// with the Rust tables. Returns the header.
fn check_header(
    name: &str,
    tables: &[Table],
    options: &Options<'_>,
    (prefix, table_prefix, defines): (&str, bool, bool),
) -> String {
    let cc = compiler("CC", "cc").expect("a C compiler (cc, or set CC)");
    let header = export(Format::C, tables, options);
    let dir = TempDir::new(name);
    std::fs::write(dir.0.join("codes.h"), &header).expect("writes the header");
    let (program, expected) = program(tables, prefix, table_prefix, defines);
    std::fs::write(dir.0.join("print.c"), &program).expect("writes the program");
    let printed = compile_and_run(&dir.0, &cc, &C_FLAGS, "print.c", "print_c");
    assert_eq!(printed.lines().collect::<Vec<_>>(), expected, "C, {name}");
    match compiler("CXX", "c++") {
        Some(cxx) => {
            std::fs::write(dir.0.join("print.cpp"), &program).expect("writes the program");
            let printed = compile_and_run(&dir.0, &cxx, &CXX_FLAGS, "print.cpp", "print_cxx");
            assert_eq!(printed.lines().collect::<Vec<_>>(), expected, "C++, {name}");
        }
        None => eprintln!("no C++ compiler (c++, or set CXX): the header was not compiled as C++"),
    }
    header
}

#[test]
fn c_header_of_every_table_compiles_and_gives_the_values() {
    let tables = all_tables();
    let header = check_header("default", &tables, &Options::new(), ("", true, false));
    // Entries without a value are comments that name them.
    for table in &tables {
        for entry in table.all().filter(|e| e.value.is_none()) {
            assert!(
                header.contains(&format!("{} has no value.", entry.name)),
                "{}::{}",
                table.name(),
                entry.name
            );
        }
    }
    // The Agora tables are i32: enums, with aliases as enumerators.
    assert!(header.contains("typedef enum SignalingError {\n"));
    assert!(header.contains("    GOLDEN_OVERLOADED = GOLDEN_BUSY,\n"));
    assert!(header.contains("#define WIDE_MAX 18446744073709551615ULL\n"));
    assert!(header.contains("#define SIGNED_MIN (-9223372036854775807LL - 1)\n"));
    assert!(header.contains("    GOLDEN_SMALLEST = (-2147483647 - 1),\n"));
    assert!(header.contains("#define UNSIGNED_MAX 4294967295U\n"));
}

#[test]
fn c_header_as_defines_with_a_prefix() {
    let tables = all_tables();
    let options = Options::new()
        .defines(true)
        .prefix("ACME_")
        .guard("ACME_CODES_H");
    let header = check_header("defines", &tables, &options, ("ACME_", true, true));
    assert!(header.contains("#ifndef ACME_CODES_H\n#define ACME_CODES_H\n"));
    assert!(!header.contains("typedef enum"));
    assert!(header.contains("typedef int32_t ACME_SignalingError;\n"));
    assert!(header.contains("#define ACME_SIGNALING_ERROR_LOGIN_E_NET 201\n"));
}

#[test]
fn c_header_with_the_sdk_names() {
    // The Signaling SDK's header names its codes without a prefix.
    let tables = [ALL_TABLES[0]];
    let options = Options::new().table_prefix(false).langs(&["zh"]);
    let header = check_header("sdk-names", &tables, &options, ("", false, false));
    assert!(header.contains("#ifndef SIGNALING_ERROR_H\n"));
    assert!(header.contains("    /* Class Login. 网络问题 */\n    LOGIN_E_NET = 201,\n"));
    assert!(header.contains("    QUERYUSERNUM_E_BYUSER = 502,\n"));
}

#[test]
fn c_comments_cannot_end_early() {
    let header = export(Format::C, &[Table::of::<Golden>()], &Options::new());
    let comment = "Comment * / ends / * here ?? / or not?";
    assert!(header.contains(comment), "{header}");
    // Every `*/` in the header closes a comment that the header opened.
    let opened = header.matches("/*").count();
    assert_eq!(header.matches("*/").count(), opened);
    let lines: Vec<&str> = header.lines().collect();
    assert!(
        lines.contains(&"     * en: No value: a name only,"),
        "{header}"
    );
    assert!(lines.contains(&"     * over two lines."), "{header}");
}

// ---------------------------------------------------------------------------------------
// C names that would not compile: an error, and nothing written

define_codes! {
    /// Version 1 of a protocol, with a code named after version 2.
    pub enum Http: u16 {
        OK = 200 => "Success.",
        V2_OK = 201 => "Success, in the manner of version 2.",
    }

    /// Version 2: `HttpV2::OK` is `HTTP_V2_OK`, as `Http::V2_OK` is.
    pub enum HttpV2: u16 {
        OK = 200 => "Success.",
    }

    /// Another table with an `ERR_FAILED`, and an alias named as an entry of `Ports`.
    pub enum Disks: i32 {
        ERR_FAILED = 1 => "The disk failed.",
        ERR_BUSY = 2 => "The disk is busy.",
        ERR_PORT = ERR_BUSY,
    }

    /// A table with an `ERR_FAILED`.
    pub enum Ports: i32 {
        ERR_PORT = 1 => "The port failed.",
        ERR_FAILED = 2 => "Failed.",
    }

    /// A table whose `H` is its include guard: `FOO_H`.
    pub enum Foo: u8 {
        A = 1 => "A.",
        H = 2 => "Named as the guard.",
    }

    /// A table with an entry named as the table: its type without the table prefix.
    pub enum Ready: u8 {
        Ready = 1 => "Ready.",
    }

    /// A string table whose name starts with a non-ASCII letter, which becomes `_`.
    pub enum Ätat: str {
        X = "x" => "A code.",
    }

    /// An integer table with a non-ASCII name: its type is no C identifier.
    pub enum Zürich: u8 {
        ONE = 1 => "One.",
    }

    /// A string table (no type) with entries named as a C keyword and with a non-ASCII
    /// letter.
    pub enum Words: str {
        int = "i" => "A C keyword.",
        hé = "h" => "Not ASCII.",
    }

    /// A table named with a raw identifier: its name is `enum`, a C keyword.
    pub enum r#enum: u8 {
        A = 1 => "The first.",
        r#type = 2 => "A raw name.",
    }
}

/// Exports a C header that must not be written, through `c_header` and through
/// `Format::C`: the error, after checking that nothing was written.
fn c_error(tables: &[Table], options: &Options<'_>) -> export::Error {
    let mut out = String::new();
    let error = export::c_header(&mut out, tables, options).expect_err("a bad header");
    assert_eq!(out, "", "{error}: written anyway");
    let mut again = String::new();
    assert_eq!(Format::C.write(&mut again, tables, options), Err(error));
    assert_eq!(again, "", "{error}: written anyway");
    assert!(std::error::Error::source(&error).is_none());
    error
}

#[test]
fn c_names_clashing_across_tables_are_an_error() {
    let tables = [Table::of::<Http>(), Table::of::<HttpV2>()];
    let error = c_error(&tables, &Options::new());
    assert_eq!(
        error.to_string(),
        "`Http::V2_OK` and `HttpV2::OK` both become the C name `HTTP_V2_OK`"
    );
    let export::Error::Conflict { first, name } = error else {
        panic!("{error:?}");
    };
    assert_eq!(
        first,
        Origin::Constant {
            table: "Http",
            name: "V2_OK"
        }
    );
    assert_eq!(
        name.origin(),
        Origin::Constant {
            table: "HttpV2",
            name: "OK"
        }
    );
    assert_eq!(name, "HTTP_V2_OK");
    // With a prefix, the name has it.
    let error = c_error(&tables, &Options::new().prefix("MY_"));
    assert_eq!(
        error.to_string(),
        "`Http::V2_OK` and `HttpV2::OK` both become the C name `MY_HTTP_V2_OK`"
    );
    // Each table alone is a header that compiles.
    for table in tables {
        check_header(table.name(), &[table], &Options::new(), ("", true, false));
    }

    // Without the table prefix, two tables with an `ERR_FAILED` clash, and so does an
    // alias with another table's entry.
    let options = Options::new().table_prefix(false);
    let error = c_error(&[Table::of::<Disks>(), Table::of::<Ports>()], &options);
    assert_eq!(
        error.to_string(),
        "`Disks::ERR_PORT` and `Ports::ERR_PORT` both become the C name `ERR_PORT`"
    );
    let error = c_error(&[Table::of::<Ports>(), Table::of::<Disks>()], &options);
    assert_eq!(
        error.to_string(),
        "`Ports::ERR_FAILED` and `Disks::ERR_FAILED` both become the C name `ERR_FAILED`"
    );
    // The Agora SDK tables share names too: they need their table prefixes in one header.
    let error = c_error(ALL_TABLES, &options);
    assert!(matches!(error, export::Error::Conflict { .. }), "{error}");
    // A table listed twice: its type is declared twice.
    let twice = [Table::of::<Ports>(), Table::of::<Ports>()];
    assert_eq!(
        c_error(&twice, &Options::new()).to_string(),
        "the type of table `Ports` and the type of table `Ports` both become the C name `Ports`"
    );
}

#[test]
fn c_names_clashing_within_a_table_are_an_error() {
    // `Foo::H` is `FOO_H`, the include guard made from the table's name.
    let error = c_error(&[Table::of::<Foo>()], &Options::new());
    assert_eq!(
        error.to_string(),
        "the include guard and `Foo::H` both become the C name `FOO_H`"
    );
    let export::Error::Conflict { first, name } = error else {
        panic!("{error:?}");
    };
    assert_eq!(first, Origin::Guard);
    assert_eq!(name, "FOO_H");
    // With another guard, the header compiles.
    let header = check_header(
        "foo",
        &[Table::of::<Foo>()],
        &Options::new().guard("FOO_CODES_H"),
        ("", true, false),
    );
    assert!(header.contains("    FOO_H = 2,\n"));
    // A custom guard clashes as well.
    let error = c_error(&[Table::of::<Foo>()], &Options::new().guard("FOO_A"));
    assert_eq!(
        error.to_string(),
        "the include guard and `Foo::A` both become the C name `FOO_A`"
    );

    // Without the table prefix, an entry named as its table is the table's type.
    let error = c_error(&[Table::of::<Ready>()], &Options::new().table_prefix(false));
    assert_eq!(
        error.to_string(),
        "the type of table `Ready` and `Ready::Ready` both become the C name `Ready`"
    );
    assert!(matches!(
        error,
        export::Error::Conflict { first: Origin::Type { table: "Ready" }, name }
            if name == "Ready" && name.origin() == Origin::Constant { table: "Ready", name: "Ready" }
    ));
}

#[test]
fn c_names_reserved_or_not_identifiers_are_an_error() {
    // `Ätat` in upper snake case is `_TAT`: a name that starts with `_` and an upper-case
    // letter is reserved. (The default guard leaves the `_` out: `TAT_H`.)
    let error = c_error(&[Table::of::<Ätat>()], &Options::new());
    assert_eq!(
        error.to_string(),
        "`Ätat::X` becomes the reserved C identifier `_TAT_X`"
    );
    let export::Error::Reserved { name } = error else {
        panic!("{error:?}");
    };
    assert_eq!(
        name.origin(),
        Origin::Constant {
            table: "Ätat",
            name: "X"
        }
    );
    assert_eq!(name, "_TAT_X");
    // With a prefix, the name is allowed, and the header compiles.
    let mut header = String::new();
    export::c_header(
        &mut header,
        &[Table::of::<Ätat>()],
        &Options::new().prefix("MY"),
    )
    .expect("writes");
    assert!(header.starts_with(
        "/* Generated by codetable; do not edit. */\n#ifndef MY_TAT_H\n#define MY_TAT_H\n"
    ));
    assert!(header.contains("\n#define MY_TAT_X \"x\"\n"), "{header}");
    let dir = TempDir::new("atat");
    std::fs::write(dir.0.join("codes.h"), &header).expect("writes the header");
    let program = "#include \"codes.h\"\n#include \"codes.h\"\n#include <stdio.h>\n\n\
                   int main(void) {\n    printf(\"%s\\n\", MY_TAT_X);\n    return 0;\n}\n";
    std::fs::write(dir.0.join("print.c"), program).expect("writes the program");
    let cc = compiler("CC", "cc").expect("a C compiler (cc, or set CC)");
    assert_eq!(
        compile_and_run(&dir.0, &cc, &C_FLAGS, "print.c", "print_c"),
        "x\n"
    );

    // An integer table's type is the table's name: `Zürich` is no C identifier.
    let error = c_error(&[Table::of::<Zürich>()], &Options::new());
    assert_eq!(
        error.to_string(),
        "the type of table `Zürich` becomes `Zürich`, which is not a C identifier"
    );
    assert!(matches!(error, export::Error::NotIdentifier { name } if name == "Zürich"));

    // The prefix and the guard are checked too.
    let golden = [Table::of::<Golden>()];
    let error = c_error(&golden, &Options::new().prefix("my-"));
    assert_eq!(
        error.to_string(),
        "the type of table `Golden` becomes `my-Golden`, which is not a C identifier"
    );
    let error = c_error(&golden, &Options::new().prefix("__"));
    assert_eq!(
        error.to_string(),
        "the type of table `Golden` becomes the reserved C identifier `__Golden`"
    );
    let error = c_error(&golden, &Options::new().guard("_GOLDEN_H"));
    assert_eq!(
        error.to_string(),
        "the include guard becomes the reserved C identifier `_GOLDEN_H`"
    );
    let error = c_error(&golden, &Options::new().guard("GOLDEN-H"));
    assert_eq!(
        error.to_string(),
        "the include guard becomes `GOLDEN-H`, which is not a C identifier"
    );
    // A name of <stdint.h>, which the header includes for its `#define` tables.
    let options = Options::new().prefix("SIZE_").table_prefix(false);
    let error = c_error(&[Table::of::<Wide>()], &options);
    assert_eq!(
        error.to_string(),
        "`Wide::MAX` becomes the reserved C identifier `SIZE_MAX`"
    );
}

#[test]
fn a_raw_table_name_is_its_name_and_as_a_c_keyword_an_error() {
    let table = Table::of::<r#enum>();
    assert_eq!(table.name(), "enum");
    // `typedef enum enum { ... } enum;` would not compile.
    let error = c_error(&[table], &Options::new());
    assert_eq!(
        error.to_string(),
        "the type of table `enum` becomes the C keyword `enum`"
    );
    let export::Error::Reserved { name } = error else {
        panic!("{error:?}");
    };
    assert_eq!(name.origin(), Origin::Type { table: "enum" });
    assert_eq!(name, "enum");
    // With a prefix, it is a name like any other: the constants are `ENUM_A` and
    // `ENUM_type`.
    let header = check_header(
        "raw",
        &[table],
        &Options::new().prefix("my_"),
        ("my_", true, false),
    );
    assert!(header.contains("typedef enum my_enum {\n"));
    assert!(header.contains("    my_ENUM_type = 2,\n"));
    // A keyword of C++ only is reserved as well: the header is C++ too.
    let error = c_error(&[table], &Options::new().prefix("my_").guard("class"));
    assert_eq!(
        error.to_string(),
        "the include guard becomes the C++ keyword `class`"
    );
    // An entry's name is a keyword once the prefixes are left out; a non-ASCII entry name is
    // no C identifier.
    let error = c_error(&[Table::of::<Words>()], &Options::new().table_prefix(false));
    assert_eq!(
        error.to_string(),
        "`Words::int` becomes the C keyword `int`"
    );
    let error = c_error(&[Table::of::<Words>()], &Options::new().prefix("MY_"));
    assert_eq!(
        error.to_string(),
        "`Words::hé` becomes `MY_WORDS_hé`, which is not a C identifier"
    );

    // Markdown, JSON and CSV name the table and the entry without `r#`.
    let page = export(Format::Markdown, &[table], &Options::new());
    assert!(page.contains("\n# enum\n"), "{page}");
    assert!(
        page.contains("| <a id=\"enum-a\"></a>`A` | 1 | The first. |\n"),
        "{page}"
    );
    assert!(
        page.contains("| <a id=\"enum-type\"></a>`type` | 2 | A raw name. |\n"),
        "{page}"
    );
    assert!(!page.contains("r#"), "{page}");
    let json: Json =
        serde_json::from_str(&export(Format::Json, &[table], &Options::new())).expect("JSON");
    assert_eq!(json["tables"][0]["name"], "enum");
    assert_eq!(json["tables"][0]["entries"][1]["name"], "type");
    let csv = export(Format::Csv, &[table], &Options::new());
    assert!(
        csv.contains("\r\nenum,type,2,,,false,,false,,,A raw name.,\r\n"),
        "{csv}"
    );
    // Options::tables takes the name without `r#`.
    let named = export(Format::Csv, &[table], &Options::new().tables(&["enum"]));
    assert_eq!(named, csv);
}

#[test]
fn a_failing_writer_is_an_fmt_error_in_every_format() {
    struct Fails;
    impl std::fmt::Write for Fails {
        fn write_str(&mut self, _: &str) -> std::fmt::Result {
            Err(std::fmt::Error)
        }
    }
    for format in Format::ALL {
        let error = format
            .write(&mut Fails, &golden_tables(), &Options::new())
            .expect_err("the writer fails");
        assert_eq!(error, export::Error::Fmt, "{format}");
        assert_eq!(error.to_string(), "the export's writer failed");
        let source = std::error::Error::source(&error).expect("a source");
        assert!(source.is::<std::fmt::Error>());
    }
}

// ---------------------------------------------------------------------------------------
// Markdown against the Agora pages

/// A row of an exported Markdown table.
#[derive(Debug)]
struct MdRow {
    anchor: String,
    name: String,
    deprecated: bool,
    /// The marks after the name: `(since 1.0)`, `(retired in 2.0; use `OK`)`, `(deprecated)`.
    marks: String,
    value: String,
    description: String,
    details_link: Option<String>,
    /// The destination of the link on the name, for a table with a URL template.
    url: Option<String>,
    columns: Vec<String>,
}

/// Splits a Markdown table row into its cells, at the `|`s that are not escaped.
fn cells(line: &str) -> Vec<String> {
    let inner = line
        .strip_prefix("| ")
        .and_then(|l| l.strip_suffix(" |"))
        .expect("a table row");
    let mut cells = vec![String::new()];
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let last = cells.last_mut().expect("a cell");
                last.push('\\');
                last.extend(chars.next());
            }
            '|' => cells.push(String::new()),
            c => cells.last_mut().expect("a cell").push(c),
        }
    }
    cells.into_iter().map(|c| c.trim().to_owned()).collect()
}

/// Undoes the Markdown cell escaping: backslash escapes, entities, `<br>`.
fn unescape_md(cell: &str) -> String {
    let cell = cell.replace("<br>", "\n");
    let mut out = String::new();
    let mut rest = cell.as_str();
    while let Some(c) = rest.chars().next() {
        let (text, skip) = if c == '\\' {
            let next = rest[1..].chars().next().expect("an escaped character");
            assert!(next.is_ascii_punctuation(), "\\{next} in {cell:?}");
            (next.to_string(), 1 + next.len_utf8())
        } else if let Some((entity, c)) = [("&lt;", '<'), ("&gt;", '>'), ("&amp;", '&')]
            .into_iter()
            .find(|(entity, _)| rest.starts_with(entity))
        {
            (c.to_string(), entity.len())
        } else {
            assert!(c != '<' && c != '>' && c != '|', "raw {c:?} in {cell:?}");
            (c.to_string(), c.len_utf8())
        };
        out.push_str(&text);
        rest = &rest[skip..];
    }
    out
}

/// The rows of the Markdown table of `table` in `page`, read back.
fn md_rows(page: &str, table: &str, lang: &str) -> Vec<MdRow> {
    let (deprecated_mark, link_open, link_close) = if lang == "zh" {
        (" (已弃用)", "（[详情](#", ")）")
    } else {
        (" (deprecated)", " ([details](#", "))")
    };
    let id_prefix = format!("| <a id=\"{}-", table.to_ascii_lowercase());
    page.lines()
        .filter(|line| line.starts_with(&id_prefix))
        .map(|line| {
            let mut cells = cells(line).into_iter();
            let name_cell = cells.next().expect("name");
            let (anchor, rest) = name_cell
                .strip_prefix("<a id=\"")
                .and_then(|c| c.split_once("\"></a>"))
                .expect("an anchor");
            // The name's code span, maybe linked to its URL, then its marks.
            let (linked, rest) = match rest.strip_prefix('[') {
                Some(rest) => (true, rest),
                None => (false, rest),
            };
            let (name, mut marks) = rest
                .strip_prefix('`')
                .and_then(|n| n.split_once('`'))
                .expect("a code span");
            let mut url = None;
            if linked {
                // The destination ends at the first `)` that is not escaped.
                let m = marks.strip_prefix("](").expect("a link's destination");
                let end = (m.char_indices())
                    .find(|&(at, c)| c == ')' && !m[..at].ends_with('\\'))
                    .expect("the destination's end")
                    .0;
                let (destination, after) = (&m[..end], &m[end + 1..]);
                url = Some(unescape_md(destination));
                marks = after;
            }
            let retired_mark = if lang == "zh" {
                "（已停用"
            } else {
                " (retired"
            };
            let deprecated = marks.ends_with(deprecated_mark) || marks.contains(retired_mark);
            let value = unescape_md(&cells.next().expect("value"));
            let mut description = cells.next().expect("description");
            let mut details_link = None;
            if let Some(at) = description.find(link_open) {
                let link = description[at + link_open.len()..]
                    .strip_suffix(link_close)
                    .expect("the link ends the cell")
                    .to_owned();
                details_link = Some(link);
                description.truncate(at);
            }
            MdRow {
                anchor: anchor.to_owned(),
                name: name.to_owned(),
                deprecated,
                marks: marks.to_owned(),
                value,
                description: unescape_md(&description),
                details_link,
                url,
                columns: cells.map(|c| unescape_md(&c)).collect(),
            }
        })
        .collect()
}

/// Checks the Markdown page of `SignalingError` in `lang` against the pages' rows.
fn check_signaling_page(lang: &str) {
    let page = export(Format::Markdown, ALL_TABLES, &Options::new().langs(&[lang]));
    let rows = md_rows(&page, "SignalingError", lang);
    // The pages' rows (name, value, English and Chinese text), with the SDK header's
    // corrections.
    let pages = fixtures::rows("signaling");
    assert_eq!(pages.len(), 42);
    assert_eq!(rows.len(), 42, "{lang} page rows");
    let deprecated = fixtures::deprecated();
    let table = ALL_TABLES[0];
    for (row, expected) in rows.iter().zip(&pages) {
        assert_eq!(row.name, expected.name);
        let value = expected.value.expect("every Signaling row has a value");
        assert_eq!(row.value, value.to_string(), "{}", row.name);
        let [en, zh] = &expected.descriptions[..] else {
            panic!("{}: two descriptions", row.name);
        };
        let text = if lang == "zh" { zh } else { en };
        assert_eq!(&row.description, text, "{}", row.name);
        assert_eq!(
            row.anchor,
            format!("signalingerror-{}", row.name.to_lowercase())
        );
        assert_eq!(
            row.deprecated,
            deprecated.contains(&("SignalingError".to_owned(), row.name.clone())),
            "{}",
            row.name
        );
        // A row links to its details, which follow the table under that anchor.
        let details = table.from_name(&row.name).expect("an entry").details;
        match (&row.details_link, details) {
            (Some(link), Some(details)) => {
                assert_eq!(link, &format!("{}-details", row.anchor));
                let heading = format!("### <a id=\"{link}\"></a>`{}`\n\n", row.name);
                assert!(
                    page.contains(&format!("{heading}{}", details.trim_end())),
                    "{heading}"
                );
            }
            (None, None) => {}
            other => panic!("{}: details link {other:?}", row.name),
        }
        assert!(row.columns.is_empty());
    }
    // Only the tables with the language are on the page.
    let headings: Vec<&str> = page.lines().filter(|l| l.starts_with("# ")).collect();
    let expected: Vec<String> = ALL_TABLES
        .iter()
        .filter(|t| t.langs().contains(&lang))
        .map(|t| format!("# {}", t.name()))
        .collect();
    assert_eq!(headings, expected);
}

#[test]
fn markdown_chinese_page_has_every_row_of_the_chinese_documentation() {
    check_signaling_page("zh");
}

#[test]
fn markdown_english_page_matches_the_english_documentation() {
    check_signaling_page("en");
}

/// The page's groups, in its order: its codes by the word their names start with, up to
/// `_E` (`LOGOUT`, `LOGIN`, ..., `GENERAL`; `SUCCESS` alone), each with its codes' names.
fn signaling_page_groups() -> Vec<(String, Vec<String>)> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for row in fixtures::rows("signaling") {
        let word = row.name.split("_E").next().unwrap_or_default().to_owned();
        match groups.last_mut() {
            Some((last, names)) if *last == word => names.push(row.name),
            _ => groups.push((word, vec![row.name])),
        }
    }
    groups
}

#[test]
fn markdown_of_signaling_has_a_heading_per_class_of_the_page() {
    let groups = signaling_page_groups();
    assert_eq!(groups.len(), 9, "{groups:?}");
    let table = ALL_TABLES[0];
    assert_eq!(table.classes().len(), groups.len());
    for lang in ["en", "zh"] {
        let page = export(Format::Markdown, &[table], &Options::new().langs(&[lang]));
        // The headings of the classes (the page also has one for the details).
        let sections: Vec<&str> = page
            .split("\n## ")
            .skip(1)
            .filter(|s| s.starts_with("<a id=\"signalingerror-class"))
            .collect();
        assert_eq!(sections.len(), groups.len(), "{lang}:\n{page}");
        for ((section, (word, names)), class) in sections.iter().zip(&groups).zip(table.classes()) {
            let heading = format!(
                "<a id=\"signalingerror-class-{}\"></a>{}",
                class.name.to_ascii_lowercase(),
                class.name
            );
            assert_eq!(section.lines().next(), Some(heading.as_str()), "{word}");
            assert_eq!(section.lines().nth(2), class.description_in(lang));
            // The section's rows are the group's codes, in the page's order.
            let rows: Vec<&str> = section
                .lines()
                .filter_map(|line| line.strip_prefix("| <a id=\""))
                .filter_map(|line| line.split('`').nth(1))
                .collect();
            assert_eq!(rows, *names, "{lang}: {}", class.name);
        }
    }
}

#[test]
fn markdown_rows_read_back_for_every_table() {
    let tables = all_tables();
    let page = export(Format::Markdown, &tables, &Options::new());
    for table in &tables {
        let lang = table.langs()[0];
        let rows = md_rows(&page, table.name(), lang);
        let names = names(table);
        assert_eq!(rows.len(), names.len(), "{}", table.name());
        for (row, name) in rows.iter().zip(&names) {
            assert_eq!(row.name, name.name);
            assert_eq!(row.deprecated, name.deprecated, "{}", name.name);
            let history = match name.alias_of {
                Some(_) => None,
                None => table.from_name(name.name),
            };
            let since = history.and_then(|e| e.since());
            let retired = history.and_then(|e| e.retired());
            let mut marks = since.map(|s| format!(" (since {s})")).unwrap_or_default();
            match retired {
                Some(retired) => {
                    marks.push_str(" (retired");
                    if let Some(until) = retired.until {
                        marks.push_str(&format!(" in {until}"));
                    }
                    if let Some(replacement) = retired.replacement {
                        marks.push_str(&format!("; use `{replacement}`"));
                    }
                    marks.push(')');
                }
                None if name.deprecated => marks.push_str(" (deprecated)"),
                None => {}
            }
            assert_eq!(row.marks, marks, "{}", name.name);
            // Linked to its URL (an alias to its entry's), in a table with a template.
            let url = table.from_name(name.name).and_then(|e| e.url);
            assert_eq!(row.url.as_deref(), url, "{}", name.name);
            let mut value = name.value.map_or("—".to_owned(), |_| name.text.clone());
            if let Some(expression) = name.expression {
                value = format!("{expression} = {value}");
            }
            assert_eq!(row.value, value, "{}", name.name);
            let expected = match name.alias_of {
                Some(original) => {
                    let alias = table.alias(name.name).expect("an alias");
                    let lead = format!(
                        "Alias of [`{original}`](#{}-{}).",
                        table.name().to_lowercase(),
                        original.to_lowercase()
                    );
                    match alias.description_in(lang) {
                        Some(own) => format!("{lead} {own}"),
                        None => lead,
                    }
                }
                None => table
                    .from_name(name.name)
                    .expect("entry")
                    .description_in(lang)
                    .expect("in lang")
                    .to_owned(),
            };
            assert_eq!(row.description, expected, "{}", name.name);
            // An alias has its entry's columns.
            let entry = table.from_name(name.name).expect("entry");
            let columns: Vec<String> = entry.columns().map(|c| c.to_string()).collect();
            assert_eq!(row.columns, columns, "{}", name.name);
        }
    }
}

// ---------------------------------------------------------------------------------------
// JSON

fn json_value(value: Option<Value<'_>>) -> Json {
    match value {
        None => Json::Null,
        Some(Value::Str(text)) => Json::from(text),
        Some(Value::Int(number)) => match i64::try_from(number) {
            Ok(small) => Json::from(small),
            Err(_) => Json::from(u64::try_from(number).expect("at most 64 bits")),
        },
    }
}

/// A column's value as JSON has it, from its text and kind.
fn json_column(column: &codetable::Column) -> Json {
    let text = column.to_string();
    match column.kind() {
        ColumnKind::Empty => Json::Null,
        ColumnKind::Number | ColumnKind::Bool => {
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{text}: {e}"))
        }
        _ => Json::from(text),
    }
}

fn json_opt(text: Option<&str>) -> Json {
    text.map_or(Json::Null, Json::from)
}

#[test]
fn json_reads_back_every_entry_of_every_table() {
    let tables = all_tables();
    let text = export(Format::Json, &tables, &Options::new());
    let doc: Json = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(doc["schema"], "codetable/1");
    let exported = doc["tables"].as_array().expect("tables");
    assert_eq!(exported.len(), tables.len());
    for (json, table) in exported.iter().zip(&tables) {
        assert_eq!(json["name"], table.name());
        let kind = if table.value_type() == "str" {
            "string"
        } else {
            "integer"
        };
        assert_eq!(json["value_type"], kind, "{}", table.name());
        assert_eq!(json["type"], table.value_type());
        assert_eq!(json["langs"], Json::from(table.langs().to_vec()));
        assert_eq!(json["columns"], Json::from(table.columns().to_vec()));
        assert_eq!(json["url_template"], json_opt(table.url_template()));
        let display_url = json
            .get("display_url")
            .map(|d| d.as_bool().expect("a bool"));
        assert_eq!(display_url.unwrap_or(false), table.displays_url());
        assert!(display_url != Some(false), "written only when true");
        let entries = json["entries"].as_array().expect("entries");
        assert_eq!(entries.len(), table.count(), "{}", table.name());
        for (json, entry) in entries.iter().zip(table.all()) {
            let descriptions: serde_json::Map<String, Json> = table
                .langs()
                .iter()
                .map(|lang| ((*lang).to_owned(), json_opt(entry.description_in(lang))))
                .collect();
            let columns: serde_json::Map<String, Json> = entry
                .columns()
                .map(|c| (c.name.to_owned(), json_column(&c)))
                .collect();
            let mut expected = serde_json::json!({
                "name": entry.name,
                "value": json_value(entry.value),
                "descriptions": descriptions,
                "details": json_opt(entry.details),
                "deprecated": entry.deprecated,
                "columns": columns,
            });
            written(&mut expected, &entry);
            // An entry's class, in a table with classes (an alias's is its entry's).
            if !table.classes().is_empty() {
                let class = json_opt(entry.class().map(|c| c.name));
                expected
                    .as_object_mut()
                    .expect("an object")
                    .insert("class".into(), class);
            }
            assert_eq!(json, &expected, "{}::{}", table.name(), entry.name);
        }
        let aliases = json["aliases"].as_array().expect("aliases");
        assert_eq!(aliases.len(), table.aliases().count());
        for (json, alias) in aliases.iter().zip(table.aliases()) {
            let descriptions: serde_json::Map<String, Json> = table
                .langs()
                .iter()
                .filter_map(|lang| Some(((*lang).to_owned(), alias.description_in(lang)?.into())))
                .collect();
            let mut expected = serde_json::json!({
                "name": alias.name,
                "alias_of": alias.entry.name,
                "value": json_value(alias.entry.value),
                "descriptions": descriptions,
                "details": json_opt(alias.details),
                "deprecated": alias.deprecated,
            });
            written(&mut expected, &alias.entry);
            assert_eq!(json, &expected, "{}::{}", table.name(), alias.name);
        }
    }
    // The extremes survive as numbers.
    assert_eq!(exported[2]["entries"][1]["value"].as_u64(), Some(u64::MAX));
    assert_eq!(exported[3]["entries"][0]["value"].as_i64(), Some(i64::MIN));
}

/// Adds the keys of how `entry`'s value was written to its expected JSON: `hex` for a hex
/// table, `expression` for a value written as one.
fn written(expected: &mut Json, entry: &codetable::Entry) {
    let object = expected.as_object_mut().expect("an object");
    if entry.table().is_hex() && entry.value.is_some() {
        object.insert("hex".into(), value_text(entry).into());
    }
    if let Some(expression) = entry.expression {
        object.insert("expression".into(), expression.into());
    }
    if let Some(url) = entry.url {
        object.insert("url".into(), url.into());
    }
    if let Some(since) = entry.since() {
        object.insert("since".into(), since.into());
    }
    if let Some(retired) = entry.retired() {
        let retired =
            serde_json::json!({"until": retired.until, "replacement": retired.replacement});
        object.insert("retired".into(), retired);
    }
}

#[test]
fn json_keeps_the_chosen_tables_and_languages() {
    let options =
        Options::new()
            .langs(&["zh", "fr"])
            .tables(&["Golden", "SignalingError", "RtcError"]);
    let doc: Json =
        serde_json::from_str(&export(Format::Json, &all_tables(), &options)).expect("JSON");
    let names: Vec<&str> = doc["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .map(|t| t["name"].as_str().expect("name"))
        .collect();
    // RtcError has no Chinese: left out.
    assert_eq!(names, ["Golden", "SignalingError"]);
    for table in doc["tables"].as_array().expect("tables") {
        assert_eq!(table["langs"], serde_json::json!(["zh"]));
        for entry in table["entries"].as_array().expect("entries") {
            let langs: Vec<&String> = entry["descriptions"]
                .as_object()
                .expect("object")
                .keys()
                .collect();
            assert_eq!(langs, ["zh"]);
        }
    }
}

// ---------------------------------------------------------------------------------------
// CSV

/// Reads RFC 4180 CSV strictly: CRLF line ends, quoted fields with doubled quotes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    assert!(
                        matches!(chars.peek(), Some(',' | '\r') | None),
                        "text after a quote"
                    );
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(field.is_empty(), "a quote inside an unquoted field");
                quoted = true;
            }
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            '\n' => panic!("LF without CR outside quotes"),
            c => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && record.is_empty(),
        "the last line ends with CRLF"
    );
    records
}

#[test]
fn csv_reads_back_every_entry_and_alias() {
    let tables = all_tables();
    let text = export(Format::Csv, &tables, &Options::new());
    let records = parse_csv(&text);
    let header = &records[0];
    assert_eq!(
        header[..15],
        [
            "table",
            "name",
            "value",
            "expression",
            "alias_of",
            "deprecated",
            "since",
            "retired",
            "until",
            "replacement",
            "class",
            "url",
            "description_en",
            "description_zh",
            "details"
        ]
    );
    // Each column name once, in the order the tables first give them.
    assert_eq!(
        header[15..],
        [
            "http",
            "retryable",
            "primary",
            "hint",
            "hex",
            "severity",
            "hresult",
            "ratio",
            "pair"
        ]
    );
    let mut rows = records[1..].iter();
    for table in &tables {
        for name in names(table) {
            let row = rows.next().expect("a row");
            assert_eq!(row.len(), header.len());
            let field = |key: &str| row[header.iter().position(|h| h == key).expect(key)].as_str();
            assert_eq!((field("table"), field("name")), (table.name(), name.name));
            assert_eq!(field("value"), name.text);
            assert_eq!(field("expression"), name.expression.unwrap_or_default());
            assert_eq!(field("alias_of"), name.alias_of.unwrap_or_default());
            assert_eq!(field("deprecated"), name.deprecated.to_string());
            let entry = table.from_name(name.name).expect("entry");
            let history = name.alias_of.is_none().then_some(entry);
            let retired = history.and_then(|e| e.retired());
            assert_eq!(
                field("since"),
                history.and_then(|e| e.since()).unwrap_or_default()
            );
            assert_eq!(field("retired"), retired.is_some().to_string());
            assert_eq!(
                field("until"),
                retired.and_then(|r| r.until).unwrap_or_default()
            );
            assert_eq!(
                field("replacement"),
                retired.and_then(|r| r.replacement).unwrap_or_default()
            );
            let (descriptions, details): (Vec<Option<&str>>, Option<&str>) = match name.alias_of {
                None => (
                    ["en", "zh"].map(|l| entry.description_in(l)).to_vec(),
                    entry.details,
                ),
                Some(_) => {
                    let alias = table.alias(name.name).expect("alias");
                    (
                        ["en", "zh"].map(|l| alias.description_in(l)).to_vec(),
                        alias.details,
                    )
                }
            };
            // An alias's row has its entry's class.
            assert_eq!(field("class"), entry.class().map_or("", |c| c.name));
            // An alias's row has its entry's URL.
            assert_eq!(field("url"), entry.url.unwrap_or_default());
            assert_eq!(field("description_en"), descriptions[0].unwrap_or_default());
            assert_eq!(field("description_zh"), descriptions[1].unwrap_or_default());
            assert_eq!(field("details"), details.unwrap_or_default());
            for column in ["http", "retryable"] {
                let expected = entry
                    .column(column)
                    .map(|c| c.to_string())
                    .unwrap_or_default();
                assert_eq!(
                    field(column),
                    expected,
                    "{}::{} {column}",
                    table.name(),
                    name.name
                );
            }
        }
    }
    assert!(rows.next().is_none());
}

// ---------------------------------------------------------------------------------------
// Golden files

/// Compares `actual` with `tests/golden/FILE`, or writes it there when `CODETABLE_BLESS`
/// is set.
fn golden(file: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("golden")
        .join(file);
    if std::env::var_os("CODETABLE_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("golden folder");
        std::fs::write(&path, actual).expect("writes the golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (CODETABLE_BLESS=1 writes it)", path.display()));
    if expected != actual {
        // Lines with their ends, so that a CR or a missing final newline shows.
        let (golden, export): (Vec<&str>, Vec<&str>) = (
            expected.split_inclusive('\n').collect(),
            actual.split_inclusive('\n').collect(),
        );
        let line = (0..golden.len().max(export.len()))
            .find(|&at| golden.get(at) != export.get(at))
            .unwrap_or_default();
        panic!(
            "{file} differs from the export at line {}:\n  golden: {:?}\n  export: {:?}\n\
             (review, then CODETABLE_BLESS=1 cargo test -p codetable-tests --test export)",
            line + 1,
            golden.get(line),
            export.get(line)
        );
    }
}

fn golden_tables() -> [Table; 3] {
    [
        Table::of::<Golden>(),
        Table::of::<GoldenState>(),
        Table::of::<GoldenHex>(),
    ]
}

#[test]
fn golden_markdown() {
    let options = Options::new();
    golden(
        "golden.md",
        &export(Format::Markdown, &golden_tables(), &options),
    );
    golden(
        "golden.zh.md",
        &export(Format::Markdown, &golden_tables(), &options.langs(&["zh"])),
    );
}

#[test]
fn golden_c_header() {
    golden(
        "golden.h",
        &export(Format::C, &golden_tables(), &Options::new().prefix("GOLD_")),
    );
}

#[test]
fn golden_json() {
    golden(
        "golden.json",
        &export(Format::Json, &golden_tables(), &Options::new()),
    );
}

#[test]
fn golden_csv() {
    golden(
        "golden.csv",
        &export(Format::Csv, &golden_tables(), &Options::new()),
    );
}

/// Columns as written: every case of `GoldenColumns`, in the formats that show columns (a
/// C header has none).
#[test]
fn golden_columns() {
    let tables = [Table::of::<GoldenColumns>()];
    let options = Options::new();
    for (format, file) in [
        (Format::Markdown, "golden_columns.md"),
        (Format::Csv, "golden_columns.csv"),
        (Format::Json, "golden_columns.json"),
    ] {
        let out = export(format, &tables, &options);
        // No value shown through its `Debug` where it has a written form: no `Some(`, no
        // `None`, no quotes around a `&str` (doubled in CSV), no escapes.
        for debug in ["Some(", "None", "\"\"", "\\\"", "Hresult("] {
            assert!(!out.contains(debug), "{format} has {debug:?}:\n{out}");
        }
        for written in [
            "IOERR",
            "retry, then give up",
            "0x80070005",
            "Warning",
            "(1, 2)",
        ] {
            assert!(out.contains(written), "{format} lacks {written:?}:\n{out}");
        }
        golden(file, &out);
    }
    let json: Json = serde_json::from_str(&export(Format::Json, &tables, &options)).unwrap();
    let columns = |entry: usize| json["tables"][0]["entries"][entry]["columns"].clone();
    assert_eq!(
        columns(0),
        serde_json::json!({
            "primary": null, "hint": "see the log", "hex": null, "severity": "Fatal",
            "retryable": false, "hresult": null, "ratio": 0, "pair": "(0, 0)"
        })
    );
    assert_eq!(
        columns(1),
        serde_json::json!({
            "primary": "IOERR", "hint": "retry, then give up", "hex": "0x80070005",
            "severity": "Warning", "retryable": true, "hresult": "0x80070005", "ratio": 0.5,
            "pair": "(1, 2)"
        })
    );
}

#[test]
fn export_module_in_a_nutshell() {
    // The free functions and Format::write write the same bytes.
    let tables = golden_tables();
    let options = Options::new();
    let mut direct = String::new();
    export::json(&mut direct, &tables, &options).expect("writes");
    assert_eq!(direct, export(Format::Json, &tables, &options));
}

/// Each table loaded back from its JSON export (`codetable::load`) is the table: every export
/// of it is the same, in every language, and so is every lookup of `Table`.
#[test]
fn every_table_loaded_from_its_json_export_is_the_table() {
    let tables = all_tables();
    let json = export(Format::Json, &tables, &Options::new());
    let loaded = codetable::load::tables(&json).expect("the export loads");
    assert_eq!(loaded.len(), tables.len());
    for format in Format::ALL {
        for langs in [&[][..], &["zh"]] {
            let options = Options::new().langs(langs);
            let options = if langs.is_empty() {
                Options::new()
            } else {
                options
            };
            let compiled = export(format, &tables, &options);
            assert_eq!(
                export(format, &loaded, &options),
                compiled,
                "{format} {langs:?}"
            );
        }
    }
    for (table, loaded) in tables.iter().zip(&loaded) {
        let name = table.name();
        assert_eq!(format!("{loaded:?}"), format!("{table:?}"));
        assert_eq!(loaded.classes(), table.classes(), "{name}");
        assert_eq!(loaded.reserved_values(), table.reserved_values(), "{name}");
        assert_eq!(loaded.reserved_names(), table.reserved_names(), "{name}");
        assert_eq!(loaded.string_shape(), table.string_shape(), "{name}");
        assert_eq!(loaded.serde_form(), table.serde_form(), "{name}");
        assert_eq!(loaded.columns(), table.columns(), "{name}");
        for (entry, got) in table.all().zip(loaded.all()) {
            let what = format!("{name}::{}", entry.name);
            assert_eq!(format!("{got:?}"), format!("{entry:?}"), "{what}");
            assert_eq!(got.since(), entry.since(), "{what}");
            assert_eq!(got.retired(), entry.retired(), "{what}");
            assert_eq!(got.class(), entry.class(), "{what}");
            let text = |e: &codetable::Entry| e.value_text().map(|v| v.to_string());
            assert_eq!(text(&got), text(&entry), "{what}");
            for lang in ["en", "zh", "fr"] {
                assert_eq!(
                    got.description_in(lang),
                    entry.description_in(lang),
                    "{what}"
                );
            }
            let cells = |e: &codetable::Entry| -> Vec<(String, ColumnKind)> {
                e.columns().map(|c| (c.to_string(), c.kind())).collect()
            };
            assert_eq!(cells(&got), cells(&entry), "{what}");
            let lower = entry.name.to_ascii_lowercase();
            let by_name = |t: &Table| t.from_name_ignore_ascii_case(&lower).map(|e| e.index);
            assert_eq!(by_name(loaded), by_name(table), "{what}");
            assert_eq!(
                loaded.from_name(entry.name).map(|e| e.index),
                Some(entry.index)
            );
            if let Some(value) = entry.value {
                assert_eq!(loaded.from_value(value).map(|e| e.index), Some(entry.index));
                if let Value::Int(n) = value {
                    // The neighbours: known, unknown (with the class of their range), or
                    // out of the type, as the compiled table says.
                    for near in [n - 1, n + 1, -n, n.wrapping_mul(3)] {
                        let decoded = |t: &Table| match t.decode(near) {
                            None => "foreign".to_owned(),
                            Some(Ok(e)) => format!("{e:?}"),
                            Some(Err(u)) => format!("{u} {:?}", u.class().map(|c| c.name)),
                        };
                        assert_eq!(decoded(loaded), decoded(table), "{what} {near}");
                    }
                }
            }
        }
        let aliases = |t: &Table| -> Vec<String> {
            t.aliases()
                .map(|a| format!("{a:?} {:?}", a.description_in("zh")))
                .collect()
        };
        assert_eq!(aliases(loaded), aliases(table), "{name}");
        for text in ["", "zz", "0", "a\"b", "*/x", "OK"] {
            let decoded = |t: &Table| match t.decode(text) {
                None => "foreign".to_owned(),
                Some(Ok(e)) => format!("{e:?}"),
                Some(Err(u)) => format!("{u} {:?}", u.class().map(|c| c.name)),
            };
            assert_eq!(decoded(loaded), decoded(table), "{name} {text:?}");
        }
    }
}
