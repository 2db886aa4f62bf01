//! The trybuild suite: what `define_codes!` accepts (`ui/pass`) and rejects (`ui/fail`,
//! one file per diagnostic, each with its reviewed `.stderr`). The data files of the cases
//! that read one (`#[file(...)]`) are in `ui/data/`; a case names its file relative to the
//! manifest directory of the crate trybuild builds, `target/tests/trybuild/<crate>/`, four
//! levels below the workspace root: `../../../../tests/ui/data/<file>`.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("ui/pass/*.rs");
    cases.compile_fail("ui/fail/*.rs");
}
