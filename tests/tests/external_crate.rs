//! A crate outside the workspace depends on `core/` by path, declares its own table and
//! uses it: the test writes that crate into a temporary directory and runs it with cargo.
//!
//! The crate gets a copy of the workspace's `Cargo.lock`, so it resolves to the versions
//! already downloaded (it builds `--offline`), and it builds into the target directory of
//! the running tests, so it reuses what is compiled there.

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
    println!("{}", Status::iter().filter(|s| s.is_deprecated()).count());
    println!("{}", u16::from(Status::OK));
    println!("{} {}", Status::UNAVAILABLE as u16, matches!(LOOKED_UP, Some(Status::BUSY)));
    println!("{:?} {}", "503".parse::<Status>(), Status::ALIASES[0].name());
    println!("{}", Status::OK < Status::BUSY);
}
"#;

const EXPECTED: &str = "BUSY (503): Busy.
Status::BUSY (503): Busy.
        BUSY|
Ocupado.
Retry later.
Ok(OK)
Status has no code named \"NOPE\"
Status has no code with value 404
Status::OLD (8048): Old.
1 is not a Status code
RtcError::ERR_JOIN_CHANNEL_REJECTED (17): Joining a channel is rejected.
1
200
503 true
Ok(BUSY) UNAVAILABLE
true
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
    fn new() -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!(
            "codetable-external-crate-{}-{nanos}",
            std::process::id()
        ));
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

#[test]
fn a_crate_outside_the_workspace_declares_its_own_table() {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workspace = manifest_dir.parent().expect("workspace root");
    let core = workspace.join("core").canonicalize().expect("core/ exists");
    let krate = TempCrate::new();

    let manifest = format!(
        "[package]\n\
         name = \"codetable-external-check\"\n\
         version = \"0.0.0\"\n\
         edition = \"2021\"\n\
         publish = false\n\
         \n\
         [dependencies]\n\
         codetable = {{ path = {} }}\n\
         \n\
         # Not a member of any workspace above the temporary directory.\n\
         [workspace]\n",
        toml_string(&core.to_string_lossy())
    );
    std::fs::write(krate.0.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    std::fs::write(krate.0.join("src").join("main.rs"), MAIN_RS).expect("write main.rs");
    // The workspace's lock file pins the versions already downloaded for its build.
    std::fs::copy(workspace.join("Cargo.lock"), krate.0.join("Cargo.lock"))
        .expect("copy Cargo.lock");

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(["run", "--offline", "--quiet", "--manifest-path"])
        .arg(krate.0.join("Cargo.toml"))
        .current_dir(&krate.0)
        .env("CARGO_TARGET_DIR", target_dir());
    let started = Instant::now();
    let (success, stdout, stderr) = run(command, &krate.0);
    let elapsed = started.elapsed();
    assert!(success, "cargo run failed after {elapsed:?}:\n{stderr}");
    assert_eq!(stdout, EXPECTED, "stderr:\n{stderr}");
    eprintln!("the external crate built and ran in {elapsed:?}");
}
