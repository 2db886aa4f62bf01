//! Crates outside the workspace depend on `core/` by path, declare their own tables and use
//! them: each test writes such a crate into a temporary directory and runs cargo on it. One
//! uses codetable without features, one with `serde` round-trips every Agora code through
//! JSON and postcard, one derives serde itself, and `cargo tree` shows that serde is a
//! dependency only with the feature. One reads its table from a CSV file and is rebuilt
//! when the file is edited. One is a team's own `explain` over its table, built on
//! `codetable-explain` in one call.
//!
//! Each crate gets a copy of the workspace's `Cargo.lock`, so it resolves to the versions
//! already downloaded (it builds `--offline`; serde_json and postcard are in the lock as
//! dev-dependencies of core), and it builds into the target directory of the running tests,
//! so it reuses what is compiled there.

use codetable::agora::ALL_TABLES;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How long the build and run may take before the test gives up (a cold build of the
/// macro's dependencies takes well under a minute on two cores).
const TIMEOUT: Duration = Duration::from_secs(600);

const MAIN_RS: &str = r#"//! A crate that depends on codetable by path.
#![deny(warnings)]

use codetable::Code;

codetable::define_codes! {
    /// Statuses of an external crate.
    #[langs(en, es)]
    pub enum Status: u16 {
        OK = 200 => { en: "Fine.", es: "Bien." },
        /// Retry later.
        BUSY = 503 => { en: "Busy.", es: "Ocupado." },
        #[deprecated]
        OLD = 0x1F7_0 => { en: "Old.", es: "Viejo." },
        /// Another name of BUSY.
        UNAVAILABLE = BUSY,
    }
}

const LOOKED_UP: Option<Status> = Status::from_name_ignore_ascii_case("unavailable");

/// Names a code of any table.
fn describe<C: Code>(value: C::Value) -> String {
    match C::from_value(value) {
        Some(code) => format!("{}::{} ({value}): {}", C::TABLE, code.name(), code.description()),
        None => format!("{value} is not a {} code", C::TABLE),
    }
}

fn main() {
    let busy = Status::from_value(503).expect("503");
    println!("{busy}");
    println!("{busy:#}");
    println!("{:>12?}|", busy);
    println!("{}", busy.description_in("es").expect("es"));
    println!("{}", busy.details().expect("details"));
    println!("{:?}", "OK".parse::<Status>());
    println!("{}", "NOPE".parse::<Status>().expect_err("unknown"));
    println!("{}", Status::try_from(404).expect_err("unknown"));
    println!("{}", describe::<Status>(0x1F70));
    println!("{}", describe::<Status>(1));
    println!("{}", describe::<codetable::agora::rtc::RtcError>(17));
    println!("{}", Status::all().iter().copied().filter(|s| s.is_deprecated()).count());
    println!("{}", u16::from(Status::OK));
    println!("{} {}", Status::UNAVAILABLE as u16, matches!(LOOKED_UP, Some(Status::BUSY)));
    println!("{:?} {}", "503".parse::<Status>(), Status::ALIASES[0].name());
    println!("{}", Status::OK < Status::BUSY);

    // Codes in errors and logs: `Debug` keeps the name and the value, or the table and
    // the value; `Display` is one line; the short form is `NAME (value)`.
    use codetable::agora::native::NativeError;
    let failed = format!("{:?}", NativeError::check(-2));
    println!("{failed} {}", failed.contains("ERR_INVALID_ARGUMENT") && failed.contains('2'));
    let unknown = format!("{:?}", NativeError::decode(9999));
    println!("{unknown} {}", unknown.contains("NativeError") && unknown.contains("9999"));
    let expired = format!("{}", NativeError::ERR_TOKEN_EXPIRED);
    println!("{expired} {}", !expired.contains('\n'));
    println!("{} | {:#}", NativeError::ERR_TOKEN_EXPIRED.short(), Status::UNAVAILABLE.short());
    println!("{:#?}", Status::OK);
}
"#;

const EXPECTED: &str = "BUSY (503): Busy.
Status::BUSY (503): Busy.
  BUSY = 503|
Ocupado.
Retry later.
Ok(OK = 200)
Status has no code named \"NOPE\"
Status has no code with value 404
Status::OLD (8048): Old.
1 is not a Status code
RtcError::ERR_JOIN_CHANNEL_REJECTED (17): Joining a channel is rejected.
1
200
503 true
Ok(BUSY = 503) UNAVAILABLE
true
Err(Known(ERR_INVALID_ARGUMENT = 2)) true
Unknown(NativeError 9999) true
ERR_TOKEN_EXPIRED (109): The Token expired due to one of the following reasons: true
ERR_TOKEN_EXPIRED (109) | Status::BUSY (503)
Status::OK = 200
";

/// `text` as a TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The target directory of the running tests: `CARGO_TARGET_DIR` if set, otherwise the
/// directory above `debug/deps/` (or `<profile>/deps/`) where this test runs from.
fn target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir);
    }
    let exe = std::env::current_exe().expect("test executable");
    let deps = exe.parent().expect("deps directory");
    assert_eq!(
        deps.file_name().and_then(|n| n.to_str()),
        Some("deps"),
        "{}",
        exe.display()
    );
    deps.parent()
        .and_then(Path::parent)
        .expect("target directory")
        .to_path_buf()
}

/// A fresh directory for the crate, removed when dropped.
struct TempCrate(PathBuf);

impl TempCrate {
    fn new(name: &str) -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!("{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(dir.join("src")).expect("create the crate's directory");
        Self(dir)
    }
}

impl Drop for TempCrate {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `command` to completion within [`TIMEOUT`], its output going to files in `dir`;
/// returns whether it succeeded, its stdout and its stderr.
fn run(mut command: Command, dir: &Path) -> (bool, String, String) {
    let stdout_path = dir.join("stdout.txt");
    let stderr_path = dir.join("stderr.txt");
    let stdout = std::fs::File::create(&stdout_path).expect("stdout file");
    let stderr = std::fs::File::create(&stderr_path).expect("stderr file");
    let mut child = command
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .expect("spawn cargo");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for cargo") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            let stderr = std::fs::read_to_string(&stderr_path).unwrap_or_default();
            panic!("cargo took more than {TIMEOUT:?}; its stderr:\n{stderr}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let read = |path: &Path| std::fs::read_to_string(path).expect("output file");
    (status.success(), read(&stdout_path), read(&stderr_path))
}

/// A crate outside any workspace, named `name`, depending on core by path with `features`
/// and on the crates of `dependencies` (manifest lines), with `main` as its `src/main.rs`.
fn external_crate(name: &str, features: &[&str], dependencies: &str, main: &str) -> TempCrate {
    external_crate_in("2021", name, features, dependencies, main)
}

/// [`external_crate`] in another edition.
fn external_crate_in(
    edition: &str,
    name: &str,
    features: &[&str],
    dependencies: &str,
    main: &str,
) -> TempCrate {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workspace = manifest_dir.parent().expect("workspace root");
    let core = workspace.join("core").canonicalize().expect("core/ exists");
    let krate = TempCrate::new(name);
    let features: Vec<String> = features.iter().map(|f| toml_string(f)).collect();
    let manifest = format!(
        "[package]\n\
         name = \"{name}\"\n\
         version = \"0.0.0\"\n\
         edition = \"{edition}\"\n\
         publish = false\n\
         \n\
         [dependencies]\n\
         codetable = {{ path = {}, features = [{}] }}\n\
         {dependencies}\n\
         \n\
         # Not a member of any workspace above the temporary directory.\n\
         [workspace]\n",
        toml_string(&core.to_string_lossy()),
        features.join(", ")
    );
    std::fs::write(krate.0.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    std::fs::write(krate.0.join("src").join("main.rs"), main).expect("write main.rs");
    // The workspace's lock file pins the versions already downloaded for its build.
    std::fs::copy(workspace.join("Cargo.lock"), krate.0.join("Cargo.lock"))
        .expect("copy Cargo.lock");
    krate
}

/// Runs `cargo <args> --offline --quiet --manifest-path <the crate's>` in the crate's
/// directory, building into the tests' target directory; returns whether it succeeded, its
/// stdout and its stderr.
fn cargo(krate: &TempCrate, args: &[&str]) -> (bool, String, String) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(args)
        .args(["--offline", "--quiet", "--manifest-path"])
        .arg(krate.0.join("Cargo.toml"))
        .current_dir(&krate.0)
        .env("CARGO_TARGET_DIR", target_dir());
    run(command, &krate.0)
}

/// Builds and runs the crate, expects success, and returns its stdout.
fn cargo_run(krate: &TempCrate) -> String {
    let started = Instant::now();
    let (success, stdout, stderr) = cargo(krate, &["run"]);
    let elapsed = started.elapsed();
    assert!(success, "cargo run failed after {elapsed:?}:\n{stderr}");
    eprintln!("{} built and ran in {elapsed:?}", krate.0.display());
    stdout
}

#[test]
fn a_crate_outside_the_workspace_declares_its_own_table() {
    let krate = external_crate("codetable-external-check", &[], "", MAIN_RS);
    assert_eq!(cargo_run(&krate), EXPECTED);
}

/// A crate with codetable's `serde` feature and no serde dependency of its own: every code
/// of every Agora table, and of two tables of its own, through JSON and postcard; unknown
/// values through `Open`; the errors for unknown input. It asserts, then prints a line per
/// table and the error messages.
const SERDE_MAIN_RS: &str = r#"//! A crate that depends on codetable with `serde`, and on serde only through it.
#![deny(warnings)]

use codetable::agora::native::{NativeError, NativeWarning};
use codetable::agora::rtc::RtcError;
use codetable::agora::signaling::SignalingError;
use codetable::agora::web::{WebError, WebWarning};
use codetable::{Code, IntegerValue, Open};

codetable::define_codes! {
    /// By value, the default: the whole range of an `i8`.
    pub enum Small: i8 {
        LOW = -128 => "The lowest.",
        ZERO = 0 => "Zero.",
        HIGH = 127 => "The highest.",
    }

    /// By name.
    #[codes(serde = name)]
    pub enum Level: u8 {
        INFO = 1 => "For information.",
        WARN = 2 => "Worth a look.",
        /// The old name, read too.
        WARNING = WARN,
    }
}

/// The variant and what it holds (`Open`'s `==` compares values only).
fn parts<C: Code>(open: Open<C>) -> (bool, Option<C::Raw>) {
    (matches!(open, Open::Known(_)), open.value())
}

/// Every code and alias of `$t` through JSON and postcard, by `value` or by `name`.
macro_rules! round_trip {
    ($t:ty, value) => {
        round_trip!(@ $t, "value", |code: $t| Code::value(code).expect("a value").to_string())
    };
    ($t:ty, name) => {
        round_trip!(@ $t, "name", |code: $t| format!("\"{}\"", code.name()))
    };
    (@ $t:ty, $form:literal, $json:expr) => {{
        let expected = $json;
        let mut buffer = [0_u8; 128];
        for code in <$t>::all().iter().copied() {
            let json = serde_json::to_string(&code).expect("to JSON");
            assert_eq!(json, expected(code), "{code:?}");
            assert_eq!(serde_json::from_str::<$t>(&json).expect("from JSON"), code);
            let bytes = postcard::to_slice(&code, &mut buffer).expect("to postcard");
            assert_eq!(postcard::from_bytes::<$t>(bytes).expect("from postcard"), code);
        }
        for alias in <$t>::ALIASES {
            // An alias writes as its code, and its name reads back as that code.
            let json = serde_json::to_string(&alias.code()).expect("to JSON");
            assert_eq!(json, expected(alias.code()));
            if $form == "name" {
                let name = format!("\"{}\"", alias.name());
                assert_eq!(serde_json::from_str::<$t>(&name).expect("alias"), alias.code());
            }
        }
        println!(
            "{}: {} codes and {} aliases by {}",
            <$t as Code>::TABLE,
            <$t>::all().len(),
            <$t>::ALIASES.len(),
            $form
        );
    }};
}

/// `Open<$t>` of every code, of values the table lacks and of its type's extremes, through
/// JSON and postcard: always the value, read back as it was.
macro_rules! open_round_trip {
    ($t:ty, $v:ty) => {{
        let mut buffer = [0_u8; 128];
        let values = || <$t>::all().iter().copied().filter_map(Code::value).map(IntegerValue::to_i128);
        let high = values().max().expect("a value");
        let missing = <$v>::from_i128(high + 1).expect("room above the largest value");
        assert!(<$t>::from_value(missing).is_none());
        let mut opens: Vec<Open<$t>> = <$t>::all().iter().copied().map(Open::from).collect();
        opens.extend([missing, <$v>::MIN, <$v>::MAX].map(<$t>::decode));
        let mut unknown = 0;
        for open in opens {
            let value = open.value().expect("a value");
            let json = serde_json::to_string(&open).expect("to JSON");
            assert_eq!(json, value.to_string());
            let back: Open<$t> = serde_json::from_str(&json).expect("from JSON");
            assert_eq!(parts(back), parts(open), "{json}");
            let bytes = postcard::to_slice(&open, &mut buffer).expect("to postcard");
            let back: Open<$t> = postcard::from_bytes(bytes).expect("from postcard");
            assert_eq!(parts(back), parts(open), "{json}");
            unknown += usize::from(!open.is_known());
        }
        // A known code's value reads back as the code.
        if let Some(code) = <$t>::all().iter().copied().next() {
            let json = serde_json::to_string(&Open::from(code)).expect("to JSON");
            let back: Open<$t> = serde_json::from_str(&json).expect("from JSON");
            assert!(matches!(back, Open::Known(known) if known == code));
        }
        println!(
            "Open<{}>: {} unknown values, {} as {}",
            <$t as Code>::TABLE,
            unknown,
            missing,
            serde_json::to_string(&<$t>::decode(missing)).expect("to JSON")
        );
    }};
}

/// The error `serde_json` gives for `json` read as a `$t` (of table `$table`), checked to
/// name the table and the input and to list no name of the table but the input's, then
/// printed.
macro_rules! error {
    ($t:ty, $json:expr, $input:expr) => {
        error!($t, $t, $json, $input)
    };
    ($t:ty, $table:ty, $json:expr, $input:expr) => {{
        let message = serde_json::from_str::<$t>($json).expect_err($json).to_string();
        assert!(message.contains(<$table as Code>::TABLE), "{message}");
        assert!(message.contains($input), "{message}");
        for code in <$table>::all().iter().copied() {
            if code.name() != $input {
                assert!(!message.contains(code.name()), "{message}");
            }
        }
        assert!(message.len() < 120, "{message}");
        println!("{message}");
    }};
}

fn main() {
    round_trip!(SignalingError, value);
    round_trip!(NativeError, value);
    round_trip!(NativeWarning, value);
    round_trip!(WebError, name);
    round_trip!(WebWarning, value);
    round_trip!(RtcError, value);
    round_trip!(Small, value);
    round_trip!(Level, name);

    open_round_trip!(SignalingError, i32);
    open_round_trip!(NativeError, i32);
    open_round_trip!(NativeWarning, i32);
    open_round_trip!(WebWarning, i32);
    open_round_trip!(RtcError, i32);
    // Every i8 through Open<Small>: three known, the others unknown, none lost.
    let every: Vec<Open<Small>> = (i8::MIN..=i8::MAX).map(Small::decode).collect();
    let json = serde_json::to_string(&every).expect("to JSON");
    let back: Vec<Open<Small>> = serde_json::from_str(&json).expect("from JSON");
    assert_eq!(back.iter().filter(|open| matches!(open, Open::Known(_))).count(), 3);
    assert!(back.iter().zip(&every).all(|(b, e)| parts(*b) == parts(*e)));
    assert_eq!(back.len(), 256);
    // SDK 1005: the Signaling header has it, the table does not.
    let open: Open<SignalingError> = serde_json::from_str("1005").expect("any i32");
    assert!(matches!(open, Open::Unknown(v) if v.value() == 1005));
    println!("{open}");

    error!(SignalingError, "1005", "1005");
    error!(SignalingError, "-3000000000", "-3000000000");
    error!(Open<SignalingError>, SignalingError, "4294967296", "4294967296");
    error!(RtcError, "\"ERR_FAILED\"", "ERR_FAILED");
    error!(WebError, "\"NO_SUCH_NAME\"", "NO_SUCH_NAME");
    error!(WebError, "119", "119");
    error!(Level, "\"warn\"", "warn");
    error!(Small, "128", "128");
    // postcard: an unknown value and an unknown name are errors too.
    let mut buffer = [0_u8; 16];
    let bytes = postcard::to_slice(&23_i32, &mut buffer).expect("to postcard");
    assert!(postcard::from_bytes::<RtcError>(bytes).is_err());
    assert!(matches!(postcard::from_bytes::<Open<RtcError>>(bytes), Ok(Open::Unknown(v)) if v.value() == 23));
    let bytes = postcard::to_slice("NO_SUCH_NAME", &mut buffer).expect("to postcard");
    assert!(postcard::from_bytes::<WebError>(bytes).is_err());

    // Generic code needs no bound but `Code`: `Open<C>` serializes, and a code's value is a
    // number (or a string) to log or record.
    assert_eq!(open_json(SignalingError::decode(1005)), "1005");
    assert_eq!(open_json(Open::from(RtcError::all()[0])), value_json(RtcError::all()[0]));
    assert_eq!(open_json(WebWarning::decode(-1)), "-1");
    for code in WebError::all().iter().copied() {
        // A code without a value (the Web SDK's string codes) writes its name.
        match code.value_ref() {
            Some(value) => assert_eq!(value_json(code), value.to_string()),
            None => assert_eq!(open_json(Open::from(code)), format!("\"{}\"", code.name())),
        }
        let back: Open<WebError> = serde_json::from_str(&open_json(Open::from(code))).unwrap();
        assert_eq!(back, code);
    }
}

/// Any table's `Open` as JSON, with no bound but `Code`.
fn open_json<C: Code>(open: Open<C>) -> String {
    serde_json::to_string(&open).unwrap()
}

/// A code's value as JSON (a number for an integer table), with no bound but `Code`.
fn value_json<C: Code>(code: C) -> String {
    serde_json::to_string(&code.value_ref()).unwrap()
}
"#;

/// What [`SERDE_MAIN_RS`] prints: the Agora tables' lines come from the tables (the crate
/// goes through them in the order of `ALL_TABLES`).
fn serde_expected() -> String {
    let mut expected = String::new();
    for table in ALL_TABLES {
        let form = if table.all().all(|e| e.value.is_some()) {
            "value"
        } else {
            "name"
        };
        expected += &format!(
            "{}: {} codes and {} aliases by {form}\n",
            table.name(),
            table.count(),
            table.aliases().count()
        );
    }
    expected += "Small: 3 codes and 0 aliases by value\n\
                 Level: 2 codes and 1 aliases by name\n";
    for name in [
        "SignalingError",
        "NativeError",
        "NativeWarning",
        "WebWarning",
        "RtcError",
    ] {
        let table = ALL_TABLES.iter().find(|t| t.name() == name).expect(name);
        let missing = table
            .all()
            .filter_map(|e| e.value?.as_i128())
            .max()
            .expect("a value")
            + 1;
        expected += &format!("Open<{name}>: 3 unknown values, {missing} as {missing}\n");
    }
    expected += "SignalingError 1005 (not in the table)\n\
        SignalingError has no code with value 1005\n\
        -3000000000 is out of range for i32 (the type of SignalingError's values) at line 1 column 11\n\
        4294967296 is out of range for i32 (the type of SignalingError's values) at line 1 column 10\n\
        invalid type: string \"ERR_FAILED\", expected a value of the RtcError table at line 1 column 12\n\
        WebError has no code named \"NO_SUCH_NAME\" at line 1 column 14\n\
        invalid type: integer `119`, expected a name in the WebError table at line 1 column 3\n\
        Level has no code named \"warn\" at line 1 column 6\n\
        128 is out of range for i8 (the type of Small's values) at line 1 column 3\n";
    expected
}

#[test]
fn a_crate_with_the_serde_feature_round_trips_every_agora_code() {
    let krate = external_crate(
        "codetable-external-serde",
        &["serde"],
        "postcard = { version = \"1\", default-features = false }\n\
         serde_json = \"1\"",
        SERDE_MAIN_RS,
    );
    let stdout = cargo_run(&krate);
    let expected = serde_expected();
    for (line, want) in stdout.lines().zip(expected.lines()) {
        assert_eq!(line, want);
    }
    assert_eq!(stdout, expected);
}

/// A crate whose table derives serde's traits itself, with codetable's `serde` feature on:
/// the table keeps its own impls (by lower-case name here), and another table gets
/// codetable's (by value).
const SERDE_DERIVE_MAIN_RS: &str = r#"//! A table that derives serde itself, with codetable's serde feature on.
#![deny(warnings)]

codetable::define_codes! {
    /// Statuses with serde's own derives.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Status: u16 {
        OK = 200 => "OK",
        #[serde(rename = "missing")]
        NOT_FOUND = 404 => "Not Found",
    }

    /// And one without: codetable's impls.
    pub enum Plain: u16 {
        OK = 200 => "OK",
    }
}

fn main() {
    println!("{}", serde_json::to_string(&[Status::OK, Status::NOT_FOUND]).unwrap());
    println!("{:?}", serde_json::from_str::<Status>("\"missing\"").unwrap());
    println!("{}", serde_json::from_str::<Status>("404").is_err());
    println!("{}", serde_json::to_string(&Plain::OK).unwrap());
    println!("{:?}", serde_json::from_str::<Plain>("200").unwrap());
}
"#;

#[test]
fn a_table_that_derives_serde_keeps_its_own_impls_with_the_feature() {
    let krate = external_crate(
        "codetable-external-serde-derive",
        &["serde"],
        "serde = { version = \"1\", features = [\"derive\"] }\n\
         serde_json = \"1\"",
        SERDE_DERIVE_MAIN_RS,
    );
    assert_eq!(
        cargo_run(&krate),
        "[\"ok\",\"missing\"]\nNOT_FOUND = 404\ntrue\n200\nOK = 200\n"
    );
}

/// The packages of the crate's dependency tree, one name per line (`cargo tree`, offline,
/// for every target).
fn dependency_names(krate: &TempCrate) -> Vec<String> {
    let (success, stdout, stderr) = cargo(
        krate,
        &[
            "tree", "--prefix", "none", "--target", "all", "--format", "{p}",
        ],
    );
    assert!(success, "cargo tree failed:\n{stderr}");
    stdout
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn serde_is_a_dependency_only_with_the_feature() {
    const MAIN: &str = "fn main() {}\n";
    let off = external_crate("codetable-external-tree-off", &[], "", MAIN);
    let on = external_crate("codetable-external-tree-on", &["serde"], "", MAIN);
    let is_serde = |name: &String| name == "serde" || name.starts_with("serde_");
    let without = dependency_names(&off);
    assert!(
        without.iter().any(|name| name == "codetable"),
        "{without:?}"
    );
    assert!(!without.iter().any(is_serde), "{without:?}");
    // The check can fail: with the feature, serde_core is in the tree.
    let with = dependency_names(&on);
    assert!(with.iter().any(|name| name == "serde_core"), "{with:?}");
}

/// Edition 2015 reads `::core` as a path from the crate root: the generated code's paths
/// must resolve there too, where they come near the user's tokens (a column's type) as well.
/// Its columns are shown as written, and one is derived, restated and checked.
const EDITION_2015_MAIN_RS: &str = r#"//! A crate in edition 2015.
#![deny(warnings)]

const fn low_bit(value: u16) -> u16 {
    value & 1
}

codetable::define_codes! {
    /// Statuses, with columns.
    #[columns(
        http: u16,
        retryable: bool = false,
        low: u16 = derive(low_bit),
        parent: Option<Status> = None,
        hint: &'static str = "none",
    )]
    pub enum Status: u16 {
        #[columns(http = 503, retryable = true, low = 1)]
        BUSY = 1 => "Busy.",
        #[columns(http = 200, parent = Some(Status::BUSY), hint = "say \"hi\"")]
        OK = 0 => "Fine.",
        /// Another name.
        #[alias]
        FINE = 0,
    }

    /// String codes.
    pub enum State: str {
        UNIQUE = "23505" => "Unique violation.",
    }
}

fn main() {
    assert_eq!(Status::BUSY.http(), 503);
    assert!(Status::BUSY.retryable());
    assert!(!Status::FINE.retryable());
    assert_eq!(State::from_value("23505"), Some(State::UNIQUE));
    println!("{} | {:?} | {}", Status::BUSY, Status::OK, State::UNIQUE);
    let ok = codetable::Table::of::<Status>().from_value(0).unwrap();
    let shown: Vec<String> = ok.columns().map(|c| format!("{}={}", c.name, c)).collect();
    println!("{}", shown.join(", "));
}
"#;

#[test]
fn a_crate_in_edition_2015_declares_tables_with_columns() {
    let krate = external_crate_in(
        "2015",
        "codetable-edition-2015",
        &[],
        "",
        EDITION_2015_MAIN_RS,
    );
    let stdout = cargo_run(&krate);
    assert!(stdout.starts_with("BUSY (1): Busy. | "), "{stdout}");
    assert!(
        stdout.contains(" | UNIQUE (23505): Unique violation.\n"),
        "{stdout}"
    );
    // Columns as written, the derived one computed.
    assert!(
        stdout.ends_with("\nhttp=200, retryable=false, low=0, parent=BUSY, hint=say \"hi\"\n"),
        "{stdout}"
    );
}

/// A library that re-exports codetable, as a family's crate would.
const REEXPORTER_LIB_RS: &str = r#"//! Re-exports codetable for its users.
pub use codetable;
"#;

/// A user of that library that does not depend on codetable itself, and names the macro
/// through the re-export, under another name too.
const THROUGH_REEXPORT_MAIN_RS: &str = r#"//! Reaches codetable only through `family`'s re-export.
#![deny(warnings)]

use family::codetable::Code;

family::codetable::define_codes! {
    /// Statuses declared through a re-export.
    #[columns(retry: bool = false)]
    pub enum Status: u16 {
        OK = 200 => "Fine.",
        #[columns(retry = true)]
        BUSY = 503 => "Busy.",
        UNAVAILABLE = BUSY,
    }
}

mod renamed {
    use family::codetable as codes;

    codes::define_codes! {
        /// A string table, through a renamed path.
        pub enum State: str {
            UNIQUE = "23505" => "Unique violation.",
        }
    }
}

fn main() {
    let busy = Status::from_value(503).expect("503");
    println!("{busy} | {} | {}", <Status as Code>::TABLE, busy.retry());
    println!("{}", renamed::State::UNIQUE);
    println!("{:?}", "UNAVAILABLE".parse::<Status>());
}
"#;

#[test]
fn a_crate_uses_the_macro_through_another_crates_reexport() {
    let krate = external_crate(
        "codetable-through-reexport",
        &[],
        "",
        THROUGH_REEXPORT_MAIN_RS,
    );
    // The user depends on `family` alone; `family` depends on codetable by path.
    let manifest = krate.0.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).expect("read Cargo.toml");
    let (head, rest) = text
        .split_once("codetable = ")
        .expect("codetable dependency");
    let (codetable, tail) = rest.split_once('\n').expect("one line");
    let family = krate.0.join("family");
    std::fs::create_dir_all(family.join("src")).expect("create family/");
    std::fs::write(
        family.join("Cargo.toml"),
        format!(
            "[package]\nname = \"family\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
             publish = false\n\n[dependencies]\ncodetable = {codetable}\n"
        ),
    )
    .expect("write family/Cargo.toml");
    std::fs::write(family.join("src").join("lib.rs"), REEXPORTER_LIB_RS).expect("write lib.rs");
    std::fs::write(
        &manifest,
        format!("{head}family = {{ path = \"family\" }}\n{tail}"),
    )
    .expect("rewrite Cargo.toml");
    let stdout = cargo_run(&krate);
    assert_eq!(
        stdout,
        "BUSY (503): Busy. | Status | true\nUNIQUE (23505): Unique violation.\nOk(BUSY = 503)\n"
    );
}

/// A table whose values fit `c_long` and `isize` on 64-bit Unix but not on a 32-bit target,
/// in a crate that allows `overflowing_literals`: the generated check, not the lint, stops
/// the build there.
const TARGET_WIDTH_MAIN_RS: &str = r#"//! Values too wide for some targets.
#![allow(overflowing_literals)]

codetable::define_codes! {
    /// Needs a 64-bit `long`.
    pub enum Long: c_long {
        SMALL = 5 => "Fits everywhere.",
        BIG = 1 << 40 => "Fits a 64-bit long only.",
    }

    /// Needs a 64-bit `isize`.
    pub enum Offset: isize {
        FAR = 0x1_0000_0000 => "Fits a 64-bit isize only.",
    }
}

fn main() {
    println!("{} {}", Long::BIG as i64, Offset::FAR as i64);
}
"#;

/// The 32-bit target the width check is tried on; `.ci/run` installs it.
const NARROW_TARGET: &str = "i686-unknown-linux-gnu";

/// Whether the toolchain has the standard library of `target`.
fn has_target(target: &str) -> bool {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(rustc)
        .args(["--print", "target-libdir", "--target", target])
        .output();
    output.is_ok_and(|out| {
        out.status.success() && Path::new(String::from_utf8_lossy(&out.stdout).trim()).is_dir()
    })
}

#[test]
fn a_value_too_wide_for_the_target_fails_to_compile_there() {
    let krate = external_crate("codetable-target-width", &[], "", TARGET_WIDTH_MAIN_RS);
    assert_eq!(cargo_run(&krate), "1099511627776 4294967296\n");
    if !has_target(NARROW_TARGET) {
        eprintln!(
            "skipped the {NARROW_TARGET} half: no standard library for it \
             (rustup target add {NARROW_TARGET})"
        );
        return;
    }
    let (success, _, stderr) = cargo(&krate, &["check", "--target", NARROW_TARGET]);
    assert!(!success, "built for {NARROW_TARGET}");
    assert!(
        stderr.contains("`Long::BIG` = 1099511627776 does not fit `c_long` on this target"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`Offset::FAR` = 4294967296 does not fit `isize` on this target"),
        "{stderr}"
    );
    assert!(!stderr.contains("`Long::SMALL`"), "{stderr}");
}

/// Families that nobody here declared, written as their sources write them: SQLite's result
/// codes as `sqlite3.h` defines them (`(SQLITE_IOERR | (1<<8))`), checked against the
/// numbers a -sys crate's bindings hold; HRESULTs as `i32` with their bits in hex, printed
/// and parsed in hex; errno checked against the `libc` crate's own constants, typed `c_int`
/// as libc types them. `{ERRNO_EXTRA}` is replaced by one more
/// entry, right or wrong.
const FAMILIES_MAIN_RS: &str = r#"//! Families declared as their sources write them.
#![deny(warnings)]

/// What bindgen writes for `sqlite3.h`: the numbers, evaluated.
#[allow(dead_code)]
mod ffi {
    pub const SQLITE_OK: i32 = 0;
    pub const SQLITE_ERROR: i32 = 1;
    pub const SQLITE_BUSY: i32 = 5;
    pub const SQLITE_IOERR: i32 = 10;
    pub const SQLITE_CONSTRAINT: i32 = 19;
    pub const SQLITE_OK_LOAD_PERMANENTLY: i32 = 256;
    pub const SQLITE_ERROR_RETRY: i32 = 513;
    pub const SQLITE_BUSY_SNAPSHOT: i32 = 517;
    pub const SQLITE_IOERR_READ: i32 = 266;
    pub const SQLITE_IOERR_SHORT_READ: i32 = 522;
    pub const SQLITE_IOERR_WRITE: i32 = 778;
    pub const SQLITE_CONSTRAINT_FOREIGNKEY: i32 = 787;
    pub const SQLITE_CONSTRAINT_NOTNULL: i32 = 1299;
    pub const SQLITE_CONSTRAINT_PRIMARYKEY: i32 = 1555;
    pub const SQLITE_CONSTRAINT_UNIQUE: i32 = 2067;
}

codetable::define_codes! {
    /// SQLite's result codes, primary and extended, as the header writes them.
    #[equals(ffi::*)]
    pub enum Sqlite: c_int {
        SQLITE_OK = 0 => "Successful result.",
        SQLITE_ERROR = 1 => "Generic error.",
        SQLITE_BUSY = 5 => "The database file is locked.",
        SQLITE_IOERR = 10 => "Some kind of disk I/O error occurred.",
        SQLITE_CONSTRAINT = 19 => "Abort due to constraint violation.",
        SQLITE_OK_LOAD_PERMANENTLY = (SQLITE_OK | (1<<8)) => "Keep the extension loaded.",
        SQLITE_ERROR_RETRY = (SQLITE_ERROR | (2<<8)) => "Retry the statement.",
        SQLITE_BUSY_SNAPSHOT = (SQLITE_BUSY | (2<<8)) => "The snapshot is stale.",
        SQLITE_IOERR_READ = (SQLITE_IOERR | (1<<8)) => "I/O error while reading.",
        SQLITE_IOERR_SHORT_READ = (SQLITE_IOERR | (2<<8)) => "A read returned fewer bytes.",
        SQLITE_IOERR_WRITE = (SQLITE_IOERR | (3<<8)) => "I/O error while writing.",
        SQLITE_CONSTRAINT_FOREIGNKEY = (SQLITE_CONSTRAINT | (3<<8)) => "Foreign key.",
        SQLITE_CONSTRAINT_NOTNULL = (SQLITE_CONSTRAINT | (5<<8)) => "Not null.",
        SQLITE_CONSTRAINT_PRIMARYKEY = (SQLITE_CONSTRAINT | (6<<8)) => "Primary key.",
        SQLITE_CONSTRAINT_UNIQUE = (SQLITE_CONSTRAINT | (8<<8)) => "Unique.",
    }

    /// Windows HRESULTs, signed, as winerror.h writes their bits, printed in hex.
    #[codes(hex)]
    pub enum HResult: i32 {
        S_OK = 0 => "Success.",
        S_FALSE = 1 => "Success, with a false result.",
        E_NOTIMPL = 0x80004001_u32 as i32 => "Not implemented.",
        E_POINTER = 0x80004003_u32 as i32 => "Pointer that is not valid.",
        E_FAIL = 0x80004005_u32 as i32 => "Unspecified failure.",
        E_UNEXPECTED = 0x8000FFFF_u32 as i32 => "Unexpected failure.",
        E_ACCESSDENIED = 0x80070005_u32 as i32 => "General access denied error.",
        E_OUTOFMEMORY = 0x8007000E_u32 as i32 => "Failed to allocate necessary memory.",
        E_INVALIDARG = 0x80070057_u32 as i32 => "One or more arguments are not valid.",
    }

    /// A few errno values, checked against the libc crate, typed as libc types them.
    #[equals(libc::*)]
    pub enum Errno: libc::c_int {
        EPERM = 1 => "Operation not permitted.",
        ENOENT = 2 => "No such file or directory.",
        EINTR = 4 => "Interrupted system call.",
        EIO = 5 => "Input/output error.",
        EAGAIN = 11 => "Resource temporarily unavailable.",
        /// Linux gives EAGAIN a second name.
        EWOULDBLOCK = EAGAIN,
        ENOMEM = 12 => "Cannot allocate memory.",
        EACCES = 13 => "Permission denied.",
        {ERRNO_EXTRA}
    }
}

fn main() {
    for code in Sqlite::all() {
        println!("{} {}", code.name(), *code as libc::c_int);
    }
    println!("{:?}", Errno::from_value(libc::EWOULDBLOCK));
    for code in HResult::all() {
        println!("{code} = {}", *code as i32);
    }
    println!("{:?}", "0x80070005".parse::<HResult>());
}
"#;

#[test]
fn families_written_as_their_sources_write_them_match_value_for_value() {
    let main = FAMILIES_MAIN_RS.replace("{ERRNO_EXTRA}", "EINVAL = 22 => \"Invalid argument.\",");
    let krate = external_crate("codetable-families", &[], "libc = \"0.2\"", &main);
    let stdout = cargo_run(&krate);
    let values: Vec<&str> = stdout.lines().collect();
    assert_eq!(values.len(), 26, "{stdout}");
    // winerror.h's values, in decimal as a signed 32-bit HRESULT holds them.
    assert_eq!(
        values[16..],
        [
            "S_OK (0x00000000): Success. = 0",
            "S_FALSE (0x00000001): Success, with a false result. = 1",
            "E_NOTIMPL (0x80004001): Not implemented. = -2147467263",
            "E_POINTER (0x80004003): Pointer that is not valid. = -2147467261",
            "E_FAIL (0x80004005): Unspecified failure. = -2147467259",
            "E_UNEXPECTED (0x8000FFFF): Unexpected failure. = -2147418113",
            "E_ACCESSDENIED (0x80070005): General access denied error. = -2147024891",
            "E_OUTOFMEMORY (0x8007000E): Failed to allocate necessary memory. = -2147024882",
            "E_INVALIDARG (0x80070057): One or more arguments are not valid. = -2147024809",
            "Ok(E_ACCESSDENIED = 0x80070005)",
        ]
    );
    for (line, expected) in values.iter().zip([
        "SQLITE_OK 0",
        "SQLITE_ERROR 1",
        "SQLITE_BUSY 5",
        "SQLITE_IOERR 10",
        "SQLITE_CONSTRAINT 19",
        "SQLITE_OK_LOAD_PERMANENTLY 256",
        "SQLITE_ERROR_RETRY 513",
        "SQLITE_BUSY_SNAPSHOT 517",
        "SQLITE_IOERR_READ 266",
        "SQLITE_IOERR_SHORT_READ 522",
        "SQLITE_IOERR_WRITE 778",
        "SQLITE_CONSTRAINT_FOREIGNKEY 787",
        "SQLITE_CONSTRAINT_NOTNULL 1299",
        "SQLITE_CONSTRAINT_PRIMARYKEY 1555",
        "SQLITE_CONSTRAINT_UNIQUE 2067",
        "Some(EAGAIN = 11)",
    ]) {
        assert_eq!(*line, expected);
    }
}

#[test]
fn a_wrong_entry_fails_the_build_naming_it_and_the_constant() {
    // EINVAL is 22 on Linux; the table says 23.
    let main = FAMILIES_MAIN_RS.replace("{ERRNO_EXTRA}", "EINVAL = 23 => \"Invalid argument.\",");
    let krate = external_crate("codetable-families-wrong", &[], "libc = \"0.2\"", &main);
    let (success, _, stderr) = cargo(&krate, &["build"]);
    assert!(!success, "a wrong EINVAL built");
    assert!(
        stderr.contains("`EINVAL` is 23 in the table, but `libc::EINVAL` is 22"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("error[E0277]").count(), 1, "{stderr}");
}

/// A crate with the `compat` feature whose table has a version per cargo feature: the
/// release (no feature) and each edit. `snapshot FILE` writes the table's snapshot; `check
/// FILE` prints the report and ends with `exit N`, N the status a CI step would give (0
/// compatible, 1 breaking, 2 a snapshot that cannot be read), which is its exit status.
const COMPAT_MAIN_RS: &str = r#"//! A crate that checks its table against a snapshot.
#![deny(warnings)]

use codetable::{compat, export, Table};
use std::process::ExitCode;

/// The table's version under `$cfg`: `OK = 0` and the version's entries.
macro_rules! version {
    ($cfg:meta, $doc:literal, [$(#[$attr:meta])*] { $($entries:tt)* }) => {
        #[cfg($cfg)]
        mod table {
            codetable::define_codes! {
                #[doc = $doc]
                $(#[$attr])*
                pub enum Status: u16 {
                    OK = 0 => "Fine.",
                    $($entries)*
                }
            }
        }
    };
}

version!(not(any(
    feature = "renumber",
    feature = "remove",
    feature = "reuse",
    feature = "by_name",
    feature = "add",
    feature = "retire"
)), "Statuses, as released.", [] { BUSY = 1 => "Busy.", GONE = 2 => "Gone.", });
version!(feature = "renumber", "BUSY renumbered.", [] { BUSY = 5 => "Busy.", GONE = 2 => "Gone.", });
version!(feature = "remove", "GONE deleted.", [] { BUSY = 1 => "Busy.", });
version!(feature = "reuse", "GONE's value given to another code.", [] {
    BUSY = 1 => "Busy.",
    FULL = 2 => "Full.",
});
version!(feature = "by_name", "By name over serde.", [#[codes(serde = name)]] {
    BUSY = 1 => "Busy.",
    GONE = 2 => "Gone.",
});
version!(feature = "add", "A code added.", [] {
    BUSY = 1 => "Busy.",
    GONE = 2 => "Gone.",
    #[since = "1.1"]
    LATE = 3 => "Late.",
});
version!(feature = "retire", "GONE retired.", [] {
    BUSY = 1 => "Busy.",
    #[retired(until = "1.1", replacement = BUSY)]
    GONE = 2 => "Gone.",
});

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let tables = [Table::of::<table::Status>()];
    let status = match args[1].as_str() {
        "snapshot" => {
            let mut out = String::new();
            export::json(&mut out, &tables, &export::Options::new()).expect("export");
            std::fs::write(&args[2], out).expect("write the snapshot");
            0
        }
        _ => match std::fs::read_to_string(&args[2]) {
            Err(err) => {
                println!("cannot read {}: {err}", args[2]);
                2
            }
            Ok(text) => match compat::check(&text, &tables) {
                Ok(report) => {
                    print!("{report}");
                    report.exit_code()
                }
                Err(err) => {
                    println!("{err}");
                    2
                }
            },
        },
    };
    println!("exit {status}");
    ExitCode::from(status)
}
"#;

#[test]
fn from_outside_each_breaking_edit_fails_the_check_and_adding_or_retiring_passes() {
    let features = "\n[features]\nrenumber = []\nremove = []\nreuse = []\nby_name = []\n\
                    add = []\nretire = []\n";
    let krate = external_crate(
        "codetable-external-compat",
        &["compat"],
        features,
        COMPAT_MAIN_RS,
    );
    let snapshot = krate.0.join("snapshot.json");
    let snapshot_arg = snapshot.to_string_lossy().into_owned();
    let run_with = |feature: &str, command: &str, file: &str| {
        let mut args = vec!["run"];
        if !feature.is_empty() {
            args.extend(["--features", feature]);
        }
        args.extend(["--", command, file]);
        cargo(&krate, &args)
    };
    let (success, _, stderr) = run_with("", "snapshot", &snapshot_arg);
    assert!(success, "{stderr}");
    assert!(std::fs::read_to_string(&snapshot)
        .expect("the snapshot")
        .contains("\"name\": \"GONE\""));

    let cases: [(&str, &str, &[&str]); 7] = [
        ("", "exit 0", &["compatible: no changes"]),
        (
            "renumber",
            "exit 1",
            &["breaking: renumbered: Status::BUSY: was 1, now 5"],
        ),
        (
            "remove",
            "exit 1",
            &[
                "breaking: name-removed: Status::GONE",
                "breaking: value-removed: Status::GONE: 2 no longer reads back",
            ],
        ),
        (
            "reuse",
            "exit 1",
            &["breaking: value-reassigned: Status::GONE: 2 meant GONE, and now means FULL"],
        ),
        (
            "by_name",
            "exit 1",
            &["breaking: serde-form: Status: codes crossed serde by value, now by name"],
        ),
        (
            "add",
            "exit 0",
            &["warning: code-added: Status::LATE: a new code, value 3"],
        ),
        (
            "retire",
            "exit 0",
            &["warning: code-retired: Status::GONE: retired"],
        ),
    ];
    for (feature, exit, lines) in cases {
        let (success, stdout, stderr) = run_with(feature, "check", &snapshot_arg);
        assert!(
            stdout.ends_with(&format!("{exit}\n")),
            "{feature}:\n{stdout}{stderr}"
        );
        assert_eq!(success, exit == "exit 0", "{feature}:\n{stdout}{stderr}");
        for line in lines {
            assert!(stdout.contains(line), "{feature}: no {line:?} in\n{stdout}");
        }
    }

    // A malformed snapshot: status 2 and a message that says what is wrong.
    let malformed = krate.0.join("malformed.json");
    let text = std::fs::read_to_string(&snapshot).expect("the snapshot");
    std::fs::write(&malformed, text.replacen("\"entries\"", "\"entrys\"", 1)).expect("write");
    let (success, stdout, _) = run_with("", "check", &malformed.to_string_lossy());
    assert!(!success);
    assert!(
        stdout.contains(
            "not a codetable/1 snapshot: the document.tables[0]: the key `entries` is missing"
        ),
        "{stdout}"
    );
    assert!(stdout.ends_with("exit 2\n"), "{stdout}");
}

/// A crate whose table is read from `codes.csv` beside its `Cargo.toml`, with a local
/// addition in Rust; it prints each code as `name,value,description`, one a line.
const FILE_MAIN_RS: &str = r#"//! A crate whose table is read from a CSV file.
#![deny(warnings)]

codetable::define_codes! {
    /// Codes from the team's spreadsheet.
    #[file("codes.csv", value = "Code")]
    pub enum Query: u16 {
        /// A local addition.
        LOCAL = 900 => "Written in Rust.",
    }
}

fn main() {
    for code in Query::all() {
        println!("{},{},{}", code.name(), code.value(), code.description());
    }
}
"#;

const CODES_CSV: &str = "name,Code,description\n\
    QUERY_OK,200,Fine.\n\
    QUERYUSERNUM_E_BYUSER,501,\"By user, as asked.\"\n";

/// The lines the crate prints for `csv`: its rows, then the Rust entry.
fn rows_of(csv: &str) -> String {
    let mut out = String::new();
    for line in csv.lines().skip(1) {
        out.push_str(&line.replace('"', ""));
        out.push('\n');
    }
    out.push_str("LOCAL,900,Written in Rust.\n");
    out
}

#[test]
fn a_table_read_from_a_csv_file_builds_matches_the_file_and_rebuilds_when_it_changes() {
    let krate = external_crate("codetable-external-file", &[], "", FILE_MAIN_RS);
    let csv = krate.0.join("codes.csv");
    std::fs::write(&csv, CODES_CSV).expect("write codes.csv");
    assert_eq!(cargo_run(&krate), rows_of(CODES_CSV));

    // Cargo compares modification times: the edit must be later than the last build.
    std::thread::sleep(Duration::from_millis(1100));
    let edited = format!("{CODES_CSV}QUERYUSERNUM_E_BYSERVER,502,By the server.\n");
    std::fs::write(&csv, &edited).expect("edit codes.csv");
    assert_eq!(cargo_run(&krate), rows_of(&edited));

    std::thread::sleep(Duration::from_millis(1100));
    let duplicate = format!("{CODES_CSV}QUERYUSERNUM_E_AGAIN,501,Again.\n");
    std::fs::write(&csv, duplicate).expect("edit codes.csv");
    let (success, _, stderr) = cargo(&krate, &["build"]);
    assert!(!success, "a duplicate value built");
    assert!(
        stderr.contains("codes.csv:4:22: duplicate value 501: `QUERYUSERNUM_E_AGAIN`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`QUERYUSERNUM_E_BYUSER` is declared with value 501 here (codes.csv:3:23)"),
        "{stderr}"
    );
}

/// A crate with a table classed by ranges: each code's class and each value's, in constants
/// (`class()` and `class_of_value()` are `const fn`), through `Open` for a value the table
/// lacks, and through the generic `Classified` and the erased `Table`.
const CLASSES_MAIN_RS: &str = r#"//! A crate whose table has classes.
#![deny(warnings)]

use codetable::{Classified, CodeClass, Open, Table};

codetable::define_codes! {
    /// A few HTTP statuses.
    #[classes(
        cover,
        Success = 200..300 => "The request succeeded.",
        ClientError = 400..=499 => "The client erred.",
        ServerError = 500..600 => "The server erred.",
    )]
    pub enum Http: u16 {
        OK = 200 => "OK.",
        NOT_FOUND = 404 => "Not Found.",
        TEAPOT = 418 => "I'm a teapot.",
        UNAVAILABLE = 503 => "Service Unavailable.",
    }
}

const NOT_FOUND: HttpClass = Http::NOT_FOUND.class();
const GATEWAY: Option<HttpClass> = Http::class_of_value(504);
const REDIRECT: Option<HttpClass> = Http::class_of_value(308);
const IS_CLIENT: bool = matches!(Http::TEAPOT.class(), HttpClass::ClientError);

fn class_name<C: Classified>(code: Open<C>) -> &'static str {
    code.class().map_or("none", CodeClass::name)
}

fn main() {
    println!("{NOT_FOUND:?} {GATEWAY:?} {REDIRECT:?} {IS_CLIENT}");
    println!("{} {}", class_name(Http::decode(599)), class_name(Http::decode(100)));
    for class in HttpClass::all() {
        let names: Vec<&str> = class.codes().iter().map(|c| c.name()).collect();
        println!("{class}: {} [{}]", class.description(), names.join(" "));
    }
    let table = Table::of::<Http>();
    let teapot = table.from_value(418).unwrap();
    println!("{} {}", teapot.class().unwrap().name, table.classes()[2].rule);
}
"#;

#[test]
fn a_crate_outside_the_workspace_classes_its_codes_in_constants() {
    let krate = external_crate("codetable-external-classes", &[], "", CLASSES_MAIN_RS);
    assert_eq!(
        cargo_run(&krate),
        "ClientError Some(ServerError) None true\n\
         ServerError none\n\
         Success: The request succeeded. [OK]\n\
         ClientError: The client erred. [NOT_FOUND TEAPOT]\n\
         ServerError: The server erred. [UNAVAILABLE]\n\
         ClientError 500..=599\n"
    );
}

/// A team's own `explain`, for its own table: its whole `main` is one call.
const OWN_EXPLAIN_MAIN_RS: &str = r#"//! A team's explain.
#![deny(warnings)]

codetable::define_codes! {
    /// The statuses of a team's service.
    #[classes(Failure = 500..600 => "The service failed.")]
    pub enum Status: u16 {
        OK = 200 => "Fine.",
        /// Retry with backoff.
        BUSY = 503 => "The service is busy.",
        OVERLOADED = BUSY,
    }
}

fn main() -> std::process::ExitCode {
    codetable_explain::Explain::new(&[codetable::Table::of::<Status>()])
        .name("status")
        .run()
}
"#;

#[test]
fn a_team_builds_its_own_explain_over_its_tables_in_a_few_lines() {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let explain = manifest_dir
        .join("../explain")
        .canonicalize()
        .expect("explain/");
    let dependency = format!(
        "codetable-explain = {{ path = {} }}",
        toml_string(&explain.to_string_lossy())
    );
    let krate = external_crate("status", &[], &dependency, OWN_EXPLAIN_MAIN_RS);
    let (success, _, stderr) = cargo(&krate, &["build"]);
    assert!(success, "cargo build failed:\n{stderr}");
    let binary = target_dir().join("debug").join("status");
    let answer = |args: &[&str]| {
        let output = Command::new(&binary)
            .args(args)
            .output()
            .expect("status runs");
        let stdout = String::from_utf8(output.stdout).expect("UTF-8");
        (stdout, output.status.code())
    };
    assert_eq!(
        answer(&["overloaded", "--details"]),
        (
            "Codes named OVERLOADED:\n  Status  BUSY  503  The service is busy.\n\
             \x20                    class Failure: The service failed.\n\
             \x20                    | Retry with backoff.\n\
             \x20                    OVERLOADED: alias of BUSY\n"
                .to_owned(),
            Some(0)
        )
    );
    assert_eq!(
        answer(&["0x1F6"]),
        (
            "No table knows the value 0x1F6 (502):\n  Status 502 (not in the table)\n    \
             class Failure: The service failed.\n"
                .to_owned(),
            Some(1)
        )
    );
    let (help, status) = answer(&["--help"]);
    assert_eq!(status, Some(0));
    assert!(help.contains("Usage: status [OPTIONS]"), "{help}");
    assert!(help.contains("Status (2 codes and 1 alias; en)"), "{help}");
    assert!(help.contains("\n  status 501  "), "{help}");
    assert!(
        help.contains("\n  status --tables codes.json 404  "),
        "{help}"
    );
    let nothing = Command::new(&binary)
        .arg("zzzz")
        .output()
        .expect("status runs");
    assert_eq!(nothing.status.code(), Some(1));
    let stderr = String::from_utf8(nothing.stderr).expect("UTF-8");
    assert!(
        stderr.starts_with("status: no code is named \"zzzz\""),
        "{stderr}"
    );
    // Its JSON export read back by the team's explain answers the same.
    let (export, _) = answer(&["--export", "json"]);
    let file = krate.0.join("status.json");
    std::fs::write(&file, &export).expect("write the export");
    let file = file.to_str().expect("UTF-8");
    assert_eq!(
        answer(&["--tables", file, "--", "-503"]),
        answer(&["--", "-503"])
    );
}

/// A crate with a table classed by ranges and linked to its documentation: `class()` and
/// `url()` in constants, the exact URLs (value, name, anchor, percent-encoding of nothing),
/// and a counting allocator that shows `url()` (inherent and generic) allocates nothing.
const URLS_MAIN_RS: &str = r#"//! A crate whose table has classes and a URL template.
#![deny(warnings)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use codetable::{Code, Table};

/// Counts the allocations made.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

codetable::define_codes! {
    /// A service's statuses, each documented on a page of its value, at its row.
    #[classes(
        ClientError = 400..500 => "The client erred.",
        ServerError = 500..=599 => "The server erred.",
    )]
    #[codes(url = "https://docs.example.com/status/{value}?name={name}#{anchor}")]
    pub enum Status: i16 {
        OK = 200 => "OK.",
        NOT_FOUND = 404 => "Not Found.",
        UNAVAILABLE = 503 => "Service Unavailable.",
        REFUSED = -3 => "Refused.",
    }
}

const CLASS: Option<StatusClass> = Status::NOT_FOUND.class();
const NONE: Option<StatusClass> = Status::OK.class();
const URL: &str = Status::NOT_FOUND.url();
const REFUSED: &str = Status::REFUSED.url();

fn urls<C: Code>() -> usize {
    C::all().iter().filter_map(|code| code.url()).map(str::len).sum()
}

fn main() {
    println!("{CLASS:?} {NONE:?}");
    println!("{URL}");
    println!("{REFUSED}");
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    let mut total = 0;
    for code in Status::all() {
        total += code.url().len() + Code::url(*code).map_or(0, str::len);
    }
    total += urls::<Status>();
    let after = ALLOCATIONS.load(Ordering::SeqCst);
    println!("{total} bytes of URLs, {} allocations", after - before);
    let table = Table::of::<Status>();
    println!("{}", table.url_template().unwrap());
    println!("{}", table.from_value(503).unwrap().url.unwrap());
}
"#;

#[test]
fn a_crate_outside_the_workspace_links_its_codes_in_constants() {
    let krate = external_crate("codetable-external-urls", &[], "", URLS_MAIN_RS);
    let urls = [
        "https://docs.example.com/status/200?name=OK#status-ok",
        "https://docs.example.com/status/404?name=NOT_FOUND#status-not_found",
        "https://docs.example.com/status/503?name=UNAVAILABLE#status-unavailable",
        "https://docs.example.com/status/-3?name=REFUSED#status-refused",
    ];
    let total: usize = urls.iter().map(|u| u.len()).sum::<usize>() * 3;
    assert_eq!(
        cargo_run(&krate),
        format!(
            "Some(ClientError) None\n{}\n{}\n{total} bytes of URLs, 0 allocations\n\
             https://docs.example.com/status/{{value}}?name={{name}}#{{anchor}}\n{}\n",
            urls[1], urls[3], urls[2]
        )
    );
}
