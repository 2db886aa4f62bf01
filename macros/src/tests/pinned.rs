//! The expansion of three small tables, an integer table, a hex table with an expression
//! and a string table, pinned in
//! `macros/expanded/` (pretty-printed), so that every change to the generated code shows up
//! in review as a diff of those files. `CODETABLE_BLESS=1` rewrites them.

use std::path::Path;

/// An integer table with what shapes the expansion: a doc comment, two languages, an alias
/// of each form, a deprecated entry and a column with a default.
const INTEGER: &str = r#"
    /// Results of a storage service.
    #[langs(en, fr)]
    #[columns(retry: bool = false)]
    pub enum Storage: i32 {
        OK = 0 => { en: "Done.", fr: "Fait." },
        /// The disk did not answer in time.
        #[columns(retry = true)]
        TIMEOUT = -7 => { en: "Timed out.", fr: "Délai dépassé." },
        #[deprecated]
        FULL = 28 => { en: "No space left.", fr: "Plus de place." },
        /// The name of the first release.
        ETIMEDOUT = TIMEOUT,
        #[alias]
        NOSPC = 28 => { en: "No space.", fr: "Pas de place." },
    }
"#;

/// A string table with a declared shape, an alias and a URL template.
const STRING: &str = r#"
    /// A few SQLSTATE codes.
    #[codes(len = 5, chars = "0-9A-Z", url = "https://example.com/sqlstate/{value}#{anchor}")]
    pub enum SqlState: str {
        UNIQUE_VIOLATION = "23505" => "unique_violation",
        UNDEFINED_TABLE = "42P01" => "undefined_table",
        /// errcodes.txt gives 42P01 a second name.
        NO_SUCH_TABLE = UNDEFINED_TABLE,
    }
"#;

/// A hex table with a value written as an expression.
const HEX: &str = r#"
    /// Two HRESULTs.
    #[codes(hex)]
    pub enum HResult: i32 {
        S_OK = 0 => "Done.",
        E_FAIL = 0x8000_4005_u32 as i32 => "Unspecified failure.",
    }
"#;

#[test]
fn hex_table_expansion_is_pinned() {
    check(HEX, "hex.rs");
}

#[test]
fn integer_table_expansion_is_pinned() {
    check(INTEGER, "integer.rs");
}

#[test]
fn string_table_expansion_is_pinned() {
    check(STRING, "string.rs");
}

/// Compares the pretty-printed expansion of `source` with `macros/expanded/file`, or writes
/// it there when `CODETABLE_BLESS` is set.
fn check(source: &str, file: &str) {
    let input: proc_macro2::TokenStream = source.parse().expect("the table tokenizes");
    let output = crate::expand::define_codes(input);
    let items: syn::File = syn::parse2(output).expect("the expansion parses as items");
    let actual = format!(
        "// The expansion of `{}` in macros/src/tests/pinned.rs.\n\
         // Written by `CODETABLE_BLESS=1 cargo test -p codetable-macros pinned`; review, don't edit.\n\n{}",
        file.trim_end_matches(".rs").to_uppercase(),
        prettyplease::unparse(&items)
    );
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("expanded")
        .join(file);
    if std::env::var_os("CODETABLE_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("create expanded/");
        std::fs::write(&path, &actual).expect("write the pinned expansion");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (CODETABLE_BLESS=1 writes it)", path.display()));
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "the expansion of {file} changed, first at line {}:\n  pinned: {:?}\n  now:    {:?}\n\
             (review, then CODETABLE_BLESS=1 cargo test -p codetable-macros pinned)",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first),
        );
    }
}
