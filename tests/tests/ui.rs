//! The trybuild suite: what `define_codes!` accepts (`ui/pass`) and rejects (`ui/fail`,
//! one file per diagnostic, each with its reviewed `.stderr`).

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("ui/pass/*.rs");
    cases.compile_fail("ui/fail/*.rs");
}
