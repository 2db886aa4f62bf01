//! The lookup structures of [`crate::lookup`] on random tables of 1 to 20,000 entries.
//!
//! The searches below mirror `Names::find`, `DenseValues::find` and `HashedValues::find`
//! of `codetable`'s `lookup.rs` (that file cannot be compiled here: it needs the core
//! crate's `CodeValue`). They are kept minimal; the integration tests in `tests/` run the
//! real run-time half against the macro's output.

use super::gen::{self, name_kind, run_time_bits, spread, NameKind, Spread, REPRS};
use super::{long_cases, run};
use crate::ast::Repr;
use crate::lookup::{self, Hashed, Values};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;
use std::collections::{HashMap, HashSet};
use std::time::Instant;

/// Follows a probe sequence from `hash` as the run time does: `(hash >> shift) & mask`, then
/// the next slot, until `hit` says found or an empty slot ends it. Counts the probes in
/// `probes`; fails if the sequence would never end.
pub fn probe(
    hash: u64,
    shift: u32,
    slots: &[Option<usize>],
    hit: impl Fn(usize, usize) -> bool,
    probes: &mut usize,
) -> Result<Option<usize>, TestCaseError> {
    let mask = slots.len() - 1;
    let mut at = usize::try_from(hash >> shift).expect("64-bit usize");
    for _ in 0..=slots.len() {
        *probes += 1;
        let Some(position) = slots[at & mask] else {
            return Ok(None);
        };
        if hit(at & mask, position) {
            return Ok(Some(position));
        }
        at = (at & mask) + 1;
    }
    Err(TestCaseError::fail(
        "a probe sequence never reaches an empty slot",
    ))
}

/// `Names::find`.
pub fn find_name(
    built: &Hashed,
    names: &[&str],
    name: &str,
    probes: &mut usize,
) -> Result<Option<usize>, TestCaseError> {
    let hash = lookup::hash_name(name.as_bytes(), built.seed);
    probe(
        hash,
        built.shift,
        &built.slots,
        |_, i| names[i] == name,
        probes,
    )
}

/// `DenseValues::find` or `HashedValues::find`.
pub fn find_value(
    built: &Values,
    value: i128,
    probes: &mut usize,
) -> Result<Option<usize>, TestCaseError> {
    match built {
        Values::Dense { min, slots } => {
            let offset = run_time_bits(value).wrapping_sub(*min);
            Ok(usize::try_from(offset)
                .ok()
                .and_then(|offset| slots.get(offset).copied().flatten()))
        }
        Values::Hashed { hashed, keys } => {
            let hash = lookup::hash_value(run_time_bits(value), hashed.seed);
            probe(
                hash,
                hashed.shift,
                &hashed.slots,
                |at, _| keys[at] == value,
                probes,
            )
        }
    }
}

/// The shape every open-addressing table must have: a power of two at least twice the
/// number of keys (so at least half empty, and every probe sequence ends), the matching
/// shift, and every key placed once.
pub fn check_shape(shift: u32, slots: &[Option<usize>], keys: usize) -> Result<(), TestCaseError> {
    prop_assert!(slots.len().is_power_of_two(), "{} slots", slots.len());
    prop_assert!(
        slots.len() >= 2 * keys,
        "{} slots for {keys} keys",
        slots.len()
    );
    prop_assert_eq!(
        u64::from(shift),
        64 - u64::from(slots.len().trailing_zeros())
    );
    let mut placed: Vec<usize> = slots.iter().flatten().copied().collect();
    placed.sort_unstable();
    placed.dedup();
    prop_assert_eq!(
        placed.len(),
        slots.iter().flatten().count(),
        "a key placed twice"
    );
    prop_assert_eq!(placed.len(), keys);
    Ok(())
}

/// Strings that are not `name` but close to it.
pub fn near_misses(name: &str) -> Vec<String> {
    let mut out = vec![
        format!("{name}_"),
        format!("_{name}"),
        name.to_lowercase(),
        name.to_uppercase(),
        String::new(),
    ];
    if let Some((i, _)) = name.char_indices().last() {
        out.push(name[..i].to_owned());
        let mut swapped: Vec<char> = name.chars().collect();
        let c = swapped.last_mut().expect("not empty");
        *c = if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        };
        out.push(swapped.into_iter().collect());
    }
    out
}

/// Values of type `repr` next to `value`, and the type's limits.
pub fn nearby_values(repr: Repr, value: i128) -> Vec<i128> {
    let (min, max) = repr.range();
    [
        value - 1,
        value + 1,
        value - 256,
        value + 65_536,
        min,
        max,
        0,
        -1,
    ]
    .into_iter()
    .filter(|v| (min..=max).contains(v))
    .collect()
}

/// Every name is found at its position; near misses are not found; probe sequences stay
/// short (total probes at most a small multiple of the names).
pub fn check_names(names: &[&str], built: &Hashed) -> Result<(), TestCaseError> {
    check_shape(built.shift, &built.slots, names.len())?;
    let present: HashSet<&str> = names.iter().copied().collect();
    let mut probes = 0;
    for (position, name) in names.iter().enumerate() {
        let found = find_name(built, names, name, &mut probes)?;
        prop_assert_eq!(found, Some(position), "name {:?}", name);
    }
    prop_assert!(
        probes <= 3 * names.len() + 8,
        "{probes} probes to find {} names",
        names.len()
    );
    for name in names.iter().take(200) {
        for miss in near_misses(name) {
            if !present.contains(miss.as_str()) {
                let found = find_name(built, names, &miss, &mut probes)?;
                prop_assert_eq!(found, None, "absent name {:?} found", miss);
            }
        }
    }
    Ok(())
}

/// Every value is found at the position of its first entry; absent values of the type are
/// not found.
pub fn check_values(
    repr: Repr,
    values: &[Option<i128>],
    built: &Values,
) -> Result<(), TestCaseError> {
    let mut first: HashMap<i128, usize> = HashMap::new();
    for (position, value) in values.iter().enumerate() {
        if let Some(value) = value {
            first.entry(*value).or_insert(position);
        }
    }
    let mut probes = 0;
    let find = |value: i128, probes: &mut usize| find_value(built, value, probes);
    if let Values::Hashed { hashed, keys } = built {
        check_shape(hashed.shift, &hashed.slots, first.len())?;
        prop_assert_eq!(keys.len(), hashed.slots.len());
    }
    for (value, position) in &first {
        prop_assert_eq!(
            find(*value, &mut probes)?,
            Some(*position),
            "value {}",
            value
        );
    }
    prop_assert!(
        probes <= 3 * first.len() + 8,
        "{probes} probes to find {} values",
        first.len()
    );
    for value in first.keys().take(200) {
        for near in nearby_values(repr, *value) {
            if !first.contains_key(&near) {
                prop_assert_eq!(
                    find(near, &mut probes)?,
                    None,
                    "absent value {} found",
                    near
                );
            }
        }
    }
    Ok(())
}

/// The values of a table of `n` entries: `spread`, with every `skip`-th entry without a
/// value and every `repeat`-th repeating an earlier value.
fn table_values(
    repr: Repr,
    spread: Spread,
    n: usize,
    bits: &[u64],
    skip: usize,
    repeat: usize,
) -> Vec<Option<i128>> {
    let raw = gen::values_for(repr, spread, n, bits);
    (0..n)
        .map(|i| match i {
            _ if skip > 0 && i % skip == skip - 1 => None,
            _ if repeat > 0 && i % repeat == repeat - 1 => Some(raw[i / 2]),
            _ => Some(raw[i]),
        })
        .collect()
}

/// A table size: mostly small, sometimes up to 20,000.
fn size() -> impl Strategy<Value = usize> {
    prop_oneof![6 => 1..64usize, 3 => 64..2_000usize, 1 => 2_000..=20_000usize]
}

fn names_case() -> impl Strategy<Value = (NameKind, usize, Vec<u64>)> {
    (
        name_kind(),
        size(),
        proptest::collection::vec(any::<u64>(), 1..4),
    )
}

type ValuesCase = (Repr, Spread, usize, Vec<u64>, usize, usize);

fn values_case() -> impl Strategy<Value = ValuesCase> {
    (
        select(REPRS.to_vec()),
        spread(),
        size(),
        proptest::collection::vec(any::<u64>(), 1..8),
        prop_oneof![Just(0usize), 2..9usize],
        prop_oneof![Just(0usize), 2..9usize],
    )
}

fn names_property((kind, n, bits): (NameKind, usize, Vec<u64>)) -> Result<(), TestCaseError> {
    let names = gen::names_for(kind, n, &bits);
    let names: Vec<&str> = names
        .iter()
        .map(|n| n.strip_prefix("r#").unwrap_or(n))
        .collect();
    check_names(&names, &lookup::names(&names))
}

fn values_property((repr, spread, n, bits, skip, repeat): ValuesCase) -> Result<(), TestCaseError> {
    let values = table_values(repr, spread, n, &bits, skip, repeat);
    check_values(repr, &values, &lookup::values(&values))
}

#[test]
fn names_are_found_and_near_misses_are_not() {
    run("names", 48, names_case(), names_property);
}

#[test]
fn values_are_found_and_absent_values_are_not() {
    run("values", 96, values_case(), values_property);
}

#[test]
#[ignore = "long run: CODETABLE_FUZZ_CASES cases"]
fn long_names() {
    run(
        "long names",
        long_cases() / 100,
        names_case(),
        names_property,
    );
}

#[test]
#[ignore = "long run: CODETABLE_FUZZ_CASES cases"]
fn long_values() {
    run(
        "long values",
        long_cases() / 100,
        values_case(),
        values_property,
    );
}

#[test]
fn a_repeated_value_finds_its_first_entry() {
    run(
        "repeats",
        64,
        proptest::collection::vec(prop_oneof![Just(None), (-5i128..5).prop_map(Some)], 1..40),
        |values| {
            let built = lookup::values(&values);
            for (position, value) in values.iter().enumerate() {
                if let Some(value) = value {
                    let first = values.iter().position(|v| *v == Some(*value));
                    let mut probes = 0;
                    let found = find_value(&built, *value, &mut probes)?;
                    prop_assert_eq!(found, first, "value {} of entry {}", value, position);
                }
            }
            Ok(())
        },
    );
}

/// Values in a short range get one slot per value; sparse values get a hashed table, never a
/// slot array much larger than the table.
#[test]
fn dense_for_short_ranges_hashed_for_sparse_values() {
    run(
        "dense or hashed",
        256,
        (select(REPRS.to_vec()), 1..300usize, any::<u64>(), 1..40u32),
        |(repr, n, bits, gap)| {
            let (min, max) = repr.range();
            let len = i128::try_from(n).expect("small");
            let start = gen::values_for(repr, Spread::Sparse, 1, &[bits])[0]
                .min(max - len * i128::from(gap))
                .max(min);
            let values: Vec<Option<i128>> = (0..len)
                .map(|i| start + i * i128::from(gap))
                .filter(|v| *v <= max)
                .map(Some)
                .collect();
            let count = values.len();
            let span = values.last().copied().flatten().expect("one value") - start + 1;
            match lookup::values(&values) {
                Values::Dense { slots, .. } => {
                    prop_assert!(
                        i128::try_from(slots.len()).expect("small") == span,
                        "dense slots must cover the range"
                    );
                    prop_assert!(
                        slots.len() <= 4 * count.max(16),
                        "{} dense slots for {count} values",
                        slots.len()
                    );
                }
                Values::Hashed { .. } => {
                    prop_assert!(span > 64, "hashed for {count} values spanning only {span}");
                    prop_assert!(
                        span > i128::try_from(2 * count).expect("small"),
                        "hashed for contiguous values"
                    );
                }
            }
            if gap == 1 || span <= 64 {
                prop_assert!(
                    matches!(lookup::values(&values), Values::Dense { .. }),
                    "span {span} not dense"
                );
            }
            if span > 4 * i128::try_from(count.max(16)).expect("small") {
                prop_assert!(
                    matches!(lookup::values(&values), Values::Hashed { .. }),
                    "span {span} not hashed"
                );
            }
            Ok(())
        },
    );
}

#[test]
fn tables_without_values_find_nothing() {
    for values in [vec![], vec![None], vec![None, None, None]] {
        let built = lookup::values(&values);
        assert!(
            matches!(built, Values::Dense { .. }),
            "no values, yet a hashed table"
        );
        for value in [0, 1, -1, i128::from(i64::MIN), i128::from(u64::MAX)] {
            let found = find_value(&built, value, &mut 0).expect("the search ends");
            assert_eq!(found, None, "{value} found in an empty table");
        }
    }
}

/// The limits of every type, together in one table, dense or hashed.
#[test]
fn the_limits_of_every_type() {
    for repr in REPRS {
        let (min, max) = repr.range();
        for values in [
            vec![Some(min), Some(max)],
            vec![Some(max), Some(min), Some(0)],
            vec![Some(min), Some(min + 1), Some(min + 2)],
            vec![Some(max - 2), Some(max - 1), Some(max)],
            (0..40)
                .map(|i| Some(if i % 2 == 0 { min + i } else { max - i }))
                .collect(),
        ] {
            let built = lookup::values(&values);
            if let Err(e) = check_values(repr, &values, &built) {
                panic!("{repr:?} {values:?}: {e}");
            }
        }
    }
}

/// The hashes of this crate and of `codetable`'s `lookup.rs` must stay identical: compare
/// the source text of the multiplier and of every free function the two files share
/// (`hash_name`, `hash_value` and their helpers), from the name to the closing brace.
#[test]
fn the_hashes_match_the_run_time_copies() {
    /// The free functions of a file (those starting at the beginning of a line), by name.
    fn functions(source: &str) -> HashMap<&str, &str> {
        let mut out = HashMap::new();
        for (start, _) in source.match_indices("\n") {
            let line = &source[start + 1..];
            let Some(at) = ["pub const fn ", "pub fn ", "const fn ", "fn "]
                .iter()
                .find_map(|p| line.starts_with(p).then_some(p.len()))
            else {
                continue;
            };
            let rest = &line[at..];
            let name = &rest[..rest.find('(').unwrap_or(0)];
            let end = rest.find("\n}\n").map_or(rest.len(), |e| e + 2);
            out.insert(name, &rest[..end]);
        }
        out
    }
    let here = include_str!("../lookup.rs");
    let run_time = include_str!("../../../core/src/lookup.rs");
    let k = "const K: u64 = 0x9E37_79B9_7F4A_7C15;";
    assert!(
        here.contains(k) && run_time.contains(k),
        "the multipliers differ"
    );
    let (here, run_time) = (functions(here), functions(run_time));
    for name in ["hash_name", "hash_value"] {
        assert!(
            here.contains_key(name) && run_time.contains_key(name),
            "`{name}` missing"
        );
    }
    for (name, body) in &run_time {
        if let Some(copy) = here.get(name) {
            assert_eq!(
                copy, body,
                "`{name}` differs between the macro and the run time"
            );
        }
    }
}

/// Prints the build time of the lookups, and of the whole expansion, at 1k, 5k and 20k
/// entries. No assertion on time: read the figures for linearity.
#[test]
#[ignore = "timing: run with --release --nocapture"]
fn build_time_is_linear() {
    for n in [1_000, 5_000, 20_000] {
        for kind in [
            NameKind::SharedPrefix,
            NameKind::OneLength,
            NameKind::CaseOnly,
        ] {
            let names = gen::names_for(kind, n, &[0x5EED]);
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let start = Instant::now();
            let built = lookup::names(&names);
            let elapsed = start.elapsed();
            println!(
                "names {kind:?} n={}: {elapsed:.2?} ({:.0} ns/entry)",
                names.len(),
                elapsed.as_nanos() as f64 / names.len() as f64
            );
            check_names(&names, &built).expect("names found");
        }
        for spread in [Spread::Dense, Spread::Sparse, Spread::Clustered] {
            let values: Vec<Option<i128>> = gen::values_for(Repr::I64, spread, n, &[0x5EED, 7])
                .into_iter()
                .map(Some)
                .collect();
            let start = Instant::now();
            let built = lookup::values(&values);
            let elapsed = start.elapsed();
            println!(
                "values {spread:?} n={n}: {elapsed:.2?} ({:.0} ns/entry)",
                elapsed.as_nanos() as f64 / n as f64
            );
            check_values(Repr::I64, &values, &built).expect("values found");
        }
        let source = super::fuzz::big_table_source(n);
        let tokens: proc_macro2::TokenStream = source.parse().expect("lexes");
        let start = Instant::now();
        let out = crate::expand::define_codes(tokens);
        let elapsed = start.elapsed();
        println!(
            "define_codes! n={n}: {elapsed:.2?} ({:.0} ns/entry), {} bytes out",
            elapsed.as_nanos() as f64 / n as f64,
            out.to_string().len()
        );
    }
}
