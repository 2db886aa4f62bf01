//! The macro's own expansion time, for `BENCHMARKS.md`: parse, check and expand generated
//! tables of 1,000 to 20,000 entries (the tables of `benches/compile_time.py`, from the same
//! generator) and print the time of each and the size of the expansion. Ignored by default,
//! never asserts a time:
//!
//! `cargo test -p codetable-macros --release --lib expansion_time -- --ignored --nocapture`
//!
//! This runs the macro on `proc_macro2`'s own token types, as a test can; inside rustc the
//! same code runs on the compiler's tokens through the proc-macro bridge, whose cost shows
//! in the build times of `compile_time.py` and not here.

#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "../../benches/src/gen.rs"]
mod gen;

use std::str::FromStr;
use std::time::Instant;

#[test]
#[ignore = "a timing harness: run it with --ignored --nocapture"]
fn expansion_time() {
    for len in [1_000, 3_000, 5_000, 20_000] {
        let entries = gen::table(len, gen::SEED);
        let text = gen::define_codes_input("Table", &entries);
        // Fastest of 5 runs, in seconds: tokenizing the text, parsing and checking the
        // table, and the whole macro (parse, check, expand).
        let (mut tokenize, mut front, mut whole) = (f64::MAX, f64::MAX, f64::MAX);
        for _ in 0..5 {
            let start = Instant::now();
            let input =
                proc_macro2::TokenStream::from_str(&text).expect("the generator writes Rust");
            tokenize = tokenize.min(start.elapsed().as_secs_f64());

            let start = Instant::now();
            let mut errors = crate::error::Errors::default();
            let invocation = crate::parse::invocation(input.clone(), &mut errors);
            let checked = crate::valid::check(&invocation, &mut errors);
            front = front.min(start.elapsed().as_secs_f64());
            assert_eq!(checked.first().map(|t| t.table.entries.len()), Some(len));

            let start = Instant::now();
            let output = crate::expand::define_codes(input);
            whole = whole.min(start.elapsed().as_secs_f64());
            let text = output.to_string();
            // The expansion is whole: no error, and every entry's name is in it.
            assert!(
                !text.contains("compile_error"),
                "{}",
                &text[..text.len().min(500)]
            );
            let words: std::collections::HashSet<&str> = text
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .collect();
            assert!(entries.iter().all(|e| words.contains(e.name.as_str())));
        }
        // The size of the expansion: the same with or without codetable's `serde` feature,
        // which acts in core's `__serde_impls!` that the expansion calls.
        let output = crate::expand::define_codes(
            proc_macro2::TokenStream::from_str(&text).expect("the generator writes Rust"),
        );
        let (bytes, tokens) = (output.to_string().len(), count_tokens(output));
        println!(
            "{len:>6} entries: macro {:7.1} ms (parse + check {:6.1} ms, expand {:6.1} ms); \
             tokenizing the input {:6.1} ms; input {} bytes, expansion {bytes} bytes, \
             {tokens} tokens",
            whole * 1e3,
            front * 1e3,
            (whole - front) * 1e3,
            tokenize * 1e3,
            text.len(),
        );
    }
}

/// The tokens of `stream`, a group's delimiters counted as one token and its contents as
/// theirs.
fn count_tokens(stream: proc_macro2::TokenStream) -> usize {
    stream
        .into_iter()
        .map(|tree| match tree {
            proc_macro2::TokenTree::Group(group) => 1 + count_tokens(group.stream()),
            _ => 1,
        })
        .sum()
}
