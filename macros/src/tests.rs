//! Fuzz and property tests of the macro, run as unit tests on `proc_macro2` tokens, without
//! the compiler (a proc-macro crate cannot export the functions that integration tests would
//! need).
//!
//! - [`fuzz`] feeds [`crate::expand::define_codes`] random token trees and random mutations
//!   of valid tables: the result always parses as Rust items, and every error points inside
//!   the input. Valid tables (from the model of [`gen`]; one in three a string table, with
//!   values of several kinds and a declared shape they have) expand without errors to the
//!   entries they declare: a variant per entry whose discriminant is its value (distinct
//!   discriminants that are no value for the entries without one; a string table's are its
//!   positions), a constant per alias, and the `Layout::DATA` whose names, aliases, positions
//!   and string values the layout crate's own searches (`Data::position_of_name`,
//!   `Data::position_of_value`, `Data::position_of_string`) find.
//! - [`lookups`] checks what `codetable_layout::build` places, on random tables of 1 to
//!   20,000 keys, with the searches of `codetable_layout` (`Names`, `Index`), not a copy.
//! - [`expansion`] ties `names::RESERVED` to the enum's inherent items, and pins the
//!   discriminants of entries without a value; [`regressions`] keeps inputs the fuzz tests
//!   found, with exact expectations.
//! - [`pinned`] keeps the whole expansion of a small integer table and a small string table
//!   in `macros/expanded/`, so that a change to the generated code shows in review.
//! - [`layers`] checks that each module of the front end uses only the layers before it.
//!
//! Each property runs a quick number of cases in `cargo test`; the `#[ignore]`d `long_*`
//! tests run `CODETABLE_FUZZ_CASES` cases each (default 1,000,000), best in release:
//! `cargo test -p codetable-macros --release -- --ignored --nocapture`.
//! Runs are deterministic; set `CODETABLE_FUZZ_SEED` to explore other inputs.
//!
//! Last long run (issue 18, after values became expressions, one in eight written as a
//! cast; release, default seed 828366303717, one test thread at `nice 19` on 2 shared
//! cores): 1,000,000 inputs (150,000 mutated tables in 866 s, 425,000 random trees in
//! 225 s, 425,000 random bodies in 191 s) plus 2,000 valid invocations (56 s) and 20,000
//! lookup tables (33 s), all passing, in 1,376 s (22.9 min).

mod eval;
mod expansion;
mod fuzz;
mod gen;
mod layers;
mod lookups;
mod pinned;
mod regressions;

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestCaseError, TestError, TestRunner};
use std::time::Instant;

/// The number of cases of the `#[ignore]`d long runs: `CODETABLE_FUZZ_CASES`, else a million.
fn long_cases() -> u32 {
    std::env::var("CODETABLE_FUZZ_CASES")
        .ok()
        .and_then(|n| n.replace('_', "").parse().ok())
        .unwrap_or(1_000_000)
}

/// Runs `test` on `cases` values of `strategy` and panics with the shrunk input on failure.
/// Prints the number of cases and the time taken (shown with `--nocapture`).
fn run<S>(name: &str, cases: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: std::fmt::Debug,
{
    let seed = std::env::var("CODETABLE_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x00C0_DE7A_B1E5);
    let config = Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        // ChaCha, the default, takes most of the time of a case here.
        rng_algorithm: RngAlgorithm::XorShift,
        max_global_rejects: cases,
        max_shrink_iters: 10_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let start = Instant::now();
    let result = runner.run(&strategy, |value| {
        // Spans live in a thread-local source map that grows with every parsed input.
        proc_macro2::extra::invalidate_current_thread_spans();
        test(value)
    });
    let elapsed = start.elapsed();
    println!("{name}: {cases} cases (seed {seed}) in {elapsed:.2?}");
    match result {
        Ok(()) => {}
        Err(TestError::Fail(reason, input)) => {
            let input: String = format!("{input:?}").chars().take(4_000).collect();
            panic!("{name}: property failed: {reason}\nminimal input: {input}")
        }
        Err(TestError::Abort(reason)) => panic!("{name}: aborted: {reason}"),
    }
}
