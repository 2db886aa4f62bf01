//! Run-time benchmark of a string table's lookup by value: the examples' `SqlState`
//! (PostgreSQL's 260 SQLSTATE codes) through `SqlState::from_value` (the macro's own hash
//! table), against a `phf` map from the code to the constant (what tokio-postgres's
//! `SqlState::from_code` does) and a hand-written `match` on `&str` with an arm per code.
//!
//! Each benchmark runs one lookup per input: the 260 codes in table order and in a fixed
//! shuffled order; 260 near misses (a code with one character changed, `2350X`); 1,000
//! random strings of five digits and upper-case letters that are no code. Divide the time by
//! the input count (criterion prints it as a throughput) for a time per lookup.
//!
//! `cargo bench -p codetable-benches --bench sqlstate`

use codetable_benches::gen::{self, Rng};
use codetable_examples::sqlstate::SqlState;
use common::{config, run};
use criterion::{criterion_group, criterion_main, Criterion};
use std::collections::HashSet;

mod common;

#[allow(clippy::too_many_lines, clippy::match_same_arms)]
mod other {
    use codetable_examples::sqlstate::SqlState;
    include!(concat!(env!("OUT_DIR"), "/sqlstate_competitors.rs"));
}
use other::{match_from_value, SQLSTATE_PHF};

/// The characters of a SQLSTATE.
const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// `count` strings of five characters of [`ALPHABET`] that are no code, each made by
/// `make` from the generator.
fn misses(
    codes: &HashSet<&str>,
    count: usize,
    seed: u64,
    mut make: impl FnMut(&mut Rng) -> String,
) -> Vec<&'static str> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let miss = make(&mut rng);
        if !codes.contains(miss.as_str()) {
            out.push(&*miss.leak());
        }
    }
    out
}

/// The inputs: hits in order and shuffled, near misses, random misses.
fn inputs() -> Vec<(&'static str, Vec<&'static str>)> {
    let values: Vec<&'static str> = SqlState::all()
        .iter()
        .copied()
        .map(SqlState::value)
        .collect();
    let codes: HashSet<&str> = values.iter().copied().collect();
    let order = gen::shuffled(values.len(), gen::SEED);
    let mut next = 0;
    // Each code in turn with one character changed.
    let near = misses(&codes, values.len(), gen::SEED ^ 0x4E45_4152, |rng| {
        let mut bytes = values[next % values.len()].as_bytes().to_vec();
        next += 1;
        let at = rng.below(bytes.len());
        bytes[at] = ALPHABET[rng.below(ALPHABET.len())];
        String::from_utf8(bytes).expect("ASCII")
    });
    let random = misses(&codes, 1000, gen::SEED ^ 0x5241_4E44, |rng| {
        (0..5)
            .map(|_| char::from(ALPHABET[rng.below(ALPHABET.len())]))
            .collect()
    });
    vec![
        ("hit_in_order", values.clone()),
        ("hit_shuffled", order.iter().map(|&i| values[i]).collect()),
        ("miss_near", near),
        ("miss_random", random),
    ]
}

fn from_value(c: &mut Criterion) {
    let inputs = inputs();
    // The three agree on every input.
    for (_, values) in &inputs {
        for &value in values {
            let ours = SqlState::from_value(value);
            assert_eq!(SQLSTATE_PHF.get(value).copied(), ours, "{value}");
            assert_eq!(match_from_value(value), ours, "{value}");
        }
    }
    let mut group = c.benchmark_group("sqlstate/from_value");
    for (name, values) in &inputs {
        run(
            &mut group,
            "define_codes",
            name,
            values,
            SqlState::from_value,
        );
        run(
            &mut group,
            "define_codes_decode",
            name,
            values,
            SqlState::decode,
        );
        run(&mut group, "phf", name, values, |v| {
            SQLSTATE_PHF.get(v).copied()
        });
        run(&mut group, "match", name, values, match_from_value);
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = config();
    targets = from_value
}
criterion_main!(benches);
