//! The UI pass cases of `tests/ui/pass`, built against `codetable` without features (the
//! `codetable-tests` suite builds them with `serde` and `export`).

use std::path::Path;

/// The cases that use another crate's derive on a table (`serde`), which this crate does not
/// depend on.
const NEED_SERDE: &[&str] = &["serde_derive.rs", "serde_repr.rs"];

#[test]
fn ui_pass_without_features() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/pass");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    cases.sort();
    for name in NEED_SERDE {
        assert!(
            cases.iter().any(|path| path.ends_with(name)),
            "{name} is listed in NEED_SERDE but is not a case of ui/pass"
        );
    }
    cases.retain(|path| !NEED_SERDE.iter().any(|name| path.ends_with(name)));
    assert!(
        cases.len() >= 10,
        "only {} cases found in {}",
        cases.len(),
        dir.display()
    );
    let t = trybuild::TestCases::new();
    for case in &cases {
        t.pass(case);
    }
}
