//! Large generated tables (`gen/big.rs`, written by `gen/generate.py`): every name and
//! value is found, and names and values that are absent are rejected; every code casts to
//! its value and codes order by value. The macro places each entry with the hashes of
//! `codetable-layout` at expansion time and the generated code searches with them at run
//! time (and in `const`), so a disagreement between the two fails here.
//!
//! The expected names and values are computed below with the generator's formulas, not
//! read from the generated enum.

#[macro_use]
mod common;

use codetable::__private::{Index, Layout};
use codetable::{Code, Table};
use proptest::prelude::*;
use std::collections::{HashMap, HashSet};

include!("gen/big.rs");

const SPARSE_COUNT: usize = 5000;
const DENSE_COUNT: usize = 2000;
const SPARSE_PREFIX: &str = "SPARSE_CODE_WITH_A_RATHER_LONG_SHARED_PREFIX_";
const DENSE_PREFIX: &str = "DENSE_CODE_WITH_A_RATHER_LONG_SHARED_PREFIX_N";
const UNSIGNED_COUNT: usize = 2000;
const UNSIGNED_PREFIX: &str = "UNSIGNED_CODE_WITH_A_LONG_SHARED_PREFIX_";

/// One output of splitmix64 for `state`, as `generate.py` computes it.
fn splitmix64(state: u64) -> u64 {
    let mut z = state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn name(prefix: &str, i: usize) -> String {
    format!("{prefix}{}{i}", &"ABCDEFG"[..i % 8])
}

fn sparse_value(i: usize) -> i64 {
    match i {
        0 => i64::MIN,
        1 => i64::MAX,
        2 => 0,
        3 => -1,
        #[allow(clippy::cast_possible_wrap)]
        _ => splitmix64((i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)) as i64,
    }
}

fn unsigned_value(i: usize) -> u64 {
    match i {
        0 => u64::MAX,
        1 => 0,
        2 => 1 << 63,
        3 => (1 << 63) - 1,
        _ => splitmix64((i as u64).wrapping_mul(0xD1B5_4A32_D192_ED03)),
    }
}

fn dense_value(i: usize) -> i32 {
    let jitter = i32::try_from(splitmix64(i as u64 + 1) % 3).expect("small");
    -3001 + 3 * i32::try_from(i).expect("small") + jitter
}

/// The `count` entries (name, value) of a generated table, by the generator's formulas.
fn entries<V>(count: usize, prefix: &str, value: fn(usize) -> V) -> Vec<(String, V)> {
    (0..count).map(|i| (name(prefix, i), value(i))).collect()
}

/// Checks that table `C` has exactly the `expected` entries (name, value), in order, that
/// each is found by name (exactly and in lower case), by value and by `parse` of either,
/// and that its discriminant is its value.
fn check_expected<C: common::Generated>(expected: &[(String, C::Value)]) {
    assert_eq!(C::all().len(), expected.len(), "{}", C::TABLE);
    for (code, (name, value)) in C::all().iter().copied().zip(expected) {
        assert_eq!(code.name(), name);
        assert_eq!(code.value(), Some(*value), "{name}");
        assert_eq!(common::discriminant(code), *value, "{name}");
        assert_eq!(C::from_name(name), Some(code), "{name}");
        assert_eq!(
            C::from_name_ignore_ascii_case(&name.to_lowercase()),
            Some(code),
            "{name}"
        );
        assert_eq!(C::from_value(*value), Some(code), "{name} = {value}");
        assert_eq!(name.parse::<C>(), Ok(code));
        assert_eq!(value.to_string().parse::<C>(), Ok(code));
    }
}

/// Names close to the expected ones that the table does not have.
fn check_absent_names<C: Code>(names: &HashSet<&str>) {
    let mut tried = 0;
    for name in names {
        let mut near = vec![
            format!("{name}0"),
            format!("{name}A"),
            name[..name.len() - 1].to_owned(),
            name.to_lowercase(),
            name.replacen('_', "-", 1),
            format!("X{}", &name[1..]),
        ];
        // The same name with its last byte changed.
        let mut changed = name.to_string();
        let last = changed.pop().expect("non-empty");
        changed.push(if last == 'Z' { 'Y' } else { 'Z' });
        near.push(changed);
        for candidate in near {
            if !names.contains(candidate.as_str()) {
                tried += 1;
                assert_eq!(C::from_name(&candidate), None, "{candidate}");
                if !names.contains(candidate.to_uppercase().as_str()) {
                    assert_eq!(
                        C::from_name_ignore_ascii_case(&candidate),
                        None,
                        "{candidate}"
                    );
                }
            }
        }
    }
    assert!(tried > names.len() * 5);
}

#[test]
fn sparse_table_finds_every_entry_and_nothing_else() {
    let expected = entries(SPARSE_COUNT, SPARSE_PREFIX, sparse_value);
    check_expected::<BigSparse>(&expected);

    let names: HashSet<&str> = expected.iter().map(|(n, _)| n.as_str()).collect();
    check_absent_names::<BigSparse>(&names);

    let values: HashSet<i64> = expected.iter().map(|(_, v)| *v).collect();
    let mut absent = 0;
    for i in 0..100_000_u64 {
        let value = splitmix64(i ^ 0x5555_5555_5555_5555) as i64;
        for candidate in [value, value.wrapping_add(1), value ^ (1 << 40)] {
            if !values.contains(&candidate) {
                absent += 1;
                assert_eq!(BigSparse::from_value(candidate), None, "{candidate}");
            }
        }
    }
    assert!(absent > 200_000);
    for value in &values {
        for candidate in [value.wrapping_sub(1), value.wrapping_add(1)] {
            let expected = values.contains(&candidate);
            assert_eq!(
                BigSparse::from_value(candidate).is_some(),
                expected,
                "{candidate}"
            );
        }
    }
}

#[test]
fn dense_table_finds_every_entry_and_nothing_else() {
    let expected = entries(DENSE_COUNT, DENSE_PREFIX, dense_value);
    check_expected::<BigDense>(&expected);

    let names: HashSet<&str> = expected.iter().map(|(n, _)| n.as_str()).collect();
    check_absent_names::<BigDense>(&names);

    let by_value: HashMap<i32, usize> = expected
        .iter()
        .enumerate()
        .map(|(i, (_, v))| (*v, i))
        .collect();
    // Every value of the range and around it, and the extremes.
    for value in (-10_000..10_000).chain([i32::MIN, i32::MIN + 1, i32::MAX - 1, i32::MAX]) {
        let found = BigDense::from_value(value).map(BigDense::position);
        assert_eq!(found, by_value.get(&value).copied(), "{value}");
    }
}

#[test]
fn unsigned_table_finds_every_entry_and_nothing_else() {
    let expected = entries(UNSIGNED_COUNT, UNSIGNED_PREFIX, unsigned_value);
    check_expected::<BigUnsigned>(&expected);
    let above = expected
        .iter()
        .filter(|(_, v)| *v > i64::MAX as u64)
        .count();
    assert!(above > UNSIGNED_COUNT / 3, "{above} values above i64::MAX");

    let names: HashSet<&str> = expected.iter().map(|(n, _)| n.as_str()).collect();
    check_absent_names::<BigUnsigned>(&names);

    let values: HashSet<u64> = expected.iter().map(|(_, v)| *v).collect();
    let mut absent = 0;
    for value in &values {
        // Neighbours, and the same bits read as the other half of the range.
        for candidate in [
            value.wrapping_sub(1),
            value.wrapping_add(1),
            value ^ (1 << 63),
        ] {
            let found = BigUnsigned::from_value(candidate);
            assert_eq!(found.is_some(), values.contains(&candidate), "{candidate}");
            absent += usize::from(found.is_none());
        }
    }
    assert!(absent > UNSIGNED_COUNT * 2);
}

#[test]
fn every_code_casts_to_its_value_and_codes_order_by_value() {
    assert_casts_give_values!(BigSparse: i64, BigDense: i32, BigUnsigned: u64);
    assert_eq!(
        BigSparse::from_name(&name(SPARSE_PREFIX, 0)).map(|c| c as i64),
        Some(i64::MIN)
    );
    assert_eq!(
        BigUnsigned::from_name(&name(UNSIGNED_PREFIX, 0)).map(|c| c as u64),
        Some(u64::MAX)
    );
    // The order of the codes is the order of their values, not of the declaration.
    let mut sparse = BigSparse::all().to_vec();
    sparse.sort();
    assert!(sparse.windows(2).all(|w| (w[0] as i64) < (w[1] as i64)));
    assert_eq!(sparse.first().map(|c| Layout::position(*c)), Some(0));
    assert_eq!(sparse.last().map(|c| Layout::position(*c)), Some(1));
    let mut unsigned = BigUnsigned::all().to_vec();
    unsigned.sort_unstable();
    assert!(unsigned.windows(2).all(|w| (w[0] as u64) < (w[1] as u64)));
    assert_eq!(unsigned.first().map(|c| Layout::position(*c)), Some(1));
    assert_eq!(unsigned.last().map(|c| Layout::position(*c)), Some(0));
    assert_eq!(
        BigDense::all().iter().copied().max(),
        BigDense::all().last().copied()
    );
}

#[test]
fn names_share_prefixes_and_end_at_every_word_position() {
    let lengths: HashSet<usize> = BigSparse::all()
        .iter()
        .copied()
        .map(|c| c.name().len() % 8)
        .collect();
    assert_eq!(lengths.len(), 8);
    // Some names are prefixes of others.
    let name_8 = name(SPARSE_PREFIX, 8);
    let name_80 = name(SPARSE_PREFIX, 80);
    assert!(name_80.starts_with(&name_8));
    assert_ne!(
        BigSparse::from_name(&name_8),
        BigSparse::from_name(&name_80)
    );
}

#[test]
fn the_large_tables_use_the_hashed_and_the_dense_lookups() {
    // Which structure maps a discriminant to its position is the macro's choice, recorded
    // in the table's private data: the sparse tables must be hashed and the dense one
    // direct, so that both lookups are exercised above.
    for (table, positions) in [
        ("BigSparse", <BigSparse as Layout>::DATA.positions),
        ("BigUnsigned", <BigUnsigned as Layout>::DATA.positions),
    ] {
        assert!(
            matches!(positions, Index::Hashed { .. }),
            "{table}: {positions:?}"
        );
    }
    let dense = <BigDense as Layout>::DATA.positions;
    assert!(matches!(dense, Index::Dense { .. }), "{dense:?}");
    assert_eq!(<BigSparse as Layout>::DATA.count, SPARSE_COUNT);
    assert!(<BigSparse as Layout>::DATA.names.len() >= SPARSE_COUNT);
}

#[test]
fn large_tables_round_trip() {
    common::check_table::<BigSparse>();
    common::check_table::<BigDense>();
    common::check_table::<BigUnsigned>();
    let table = Table::of::<BigSparse>();
    assert_eq!(table.count(), SPARSE_COUNT);
    assert_eq!(table.from_value(i64::MIN).map(|e| e.index), Some(0));
    assert_eq!(
        table.from_value(i128::from(i64::MIN) - 1).map(|e| e.index),
        None
    );
}

proptest! {
    #[test]
    fn any_i64_is_found_exactly_when_declared(value in any::<i64>()) {
        let declared = (0..SPARSE_COUNT).find(|&i| sparse_value(i) == value);
        prop_assert_eq!(BigSparse::from_value(value).map(BigSparse::position), declared);
    }

    #[test]
    fn any_u64_is_found_exactly_when_declared(value in any::<u64>()) {
        let declared = (0..UNSIGNED_COUNT).find(|&i| unsigned_value(i) == value);
        prop_assert_eq!(BigUnsigned::from_value(value).map(BigUnsigned::position), declared);
    }

    #[test]
    fn any_name_with_the_prefix_is_found_exactly_when_declared(
        suffix in "[A-Ga-g]{0,7}[0-9]{1,5}",
        lower in any::<bool>(),
    ) {
        let prefix = if lower { SPARSE_PREFIX.to_lowercase() } else { SPARSE_PREFIX.to_owned() };
        let candidate = format!("{prefix}{suffix}");
        let declared = (0..SPARSE_COUNT).find(|&i| name(SPARSE_PREFIX, i) == candidate);
        prop_assert_eq!(BigSparse::from_name(&candidate).map(BigSparse::position), declared);
        let folded = (0..SPARSE_COUNT).find(|&i| name(SPARSE_PREFIX, i).eq_ignore_ascii_case(&candidate));
        prop_assert_eq!(
            BigSparse::from_name_ignore_ascii_case(&candidate).map(BigSparse::position),
            folded
        );
    }
}
