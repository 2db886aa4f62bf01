//! The structures `codetable_layout::build` places, on random tables of 1 to 20,000 keys,
//! searched with the layout crate's own `Names::find`, `Names::find_ignore_ascii_case` and
//! `Index::find`: the searches the generated code runs. The checks here take the searches
//! as given and read the bytes only for the shape (power-of-two size, at most half full,
//! every key once) and the length of the probe sequences.

use super::gen::{self, name_kind, run_time_bits, spread, NameKind, Spread, REPRS};
use super::{long_cases, run};
use crate::ast::Repr;
use codetable_layout::build::{self, Values};
use codetable_layout::{
    hash_name, hash_value, is_wide, read_slot, slot_width, Data, Index, Names, HAS_VALUE,
};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;
use std::collections::{HashMap, HashSet};
use std::time::Instant;

/// A `Names` with its bytes owned: as `build` places it, or as read from an expansion.
pub enum OwnedNames {
    Lengths {
        starts: Vec<u8>,
        keys: Vec<u8>,
    },
    Hashed {
        seed: u64,
        shift: u32,
        mask: usize,
        slots: Vec<u8>,
        wide: bool,
    },
}

impl OwnedNames {
    /// The table the macro emits for `names`.
    pub fn build(names: &[&str]) -> Self {
        match build::names(names) {
            build::NameTable::Lengths { starts, keys } => Self::Lengths { starts, keys },
            build::NameTable::Hashed(placed) => Self::Hashed {
                seed: placed.seed,
                shift: placed.shift,
                mask: placed.mask(),
                slots: build::slot_bytes(&placed.slots, names.len()),
                wide: is_wide(names.len()),
            },
        }
    }

    pub fn names(&self) -> Names<'_> {
        match self {
            Self::Lengths { starts, keys } => Names::Lengths { starts, keys },
            Self::Hashed {
                seed,
                shift,
                mask,
                slots,
                wide,
            } => Names::Hashed {
                seed: *seed,
                shift: *shift,
                mask: *mask,
                slots,
                wide: *wide,
            },
        }
    }
}

/// An `Index` with its bytes owned: as `build` places it, or as read from an expansion.
pub enum OwnedIndex {
    Offset {
        min: u64,
        len: usize,
    },
    Dense {
        min: u64,
        slots: Vec<u8>,
        wide: bool,
    },
    Hashed {
        seed: u64,
        shift: u32,
        mask: usize,
        records: Vec<u8>,
        wide: bool,
    },
}

impl OwnedIndex {
    /// The index the macro emits for `values`.
    pub fn build(values: &[i128]) -> Self {
        let wide = is_wide(values.len());
        match build::values(values) {
            Values::Offset { min, len } => Self::Offset { min, len },
            Values::Dense { min, slots } => Self::Dense {
                min,
                slots: build::slot_bytes(&slots, values.len()),
                wide,
            },
            Values::Hashed { placed, keys } => Self::Hashed {
                seed: placed.seed,
                shift: placed.shift,
                mask: placed.mask(),
                records: build::record_bytes(&keys, &placed.slots, values.len()),
                wide,
            },
        }
    }

    pub fn index(&self) -> Index<'_> {
        match self {
            Self::Offset { min, len } => Index::Offset {
                min: *min,
                len: *len,
            },
            Self::Dense { min, slots, wide } => Index::Dense {
                min: *min,
                slots,
                wide: *wide,
            },
            Self::Hashed {
                seed,
                shift,
                mask,
                records,
                wide,
            } => Index::Hashed {
                seed: *seed,
                shift: *shift,
                mask: *mask,
                records,
                wide: *wide,
            },
        }
    }
}

/// The slot of `hash` in a table of `mask + 1` slots: its top bits, as the layout documents.
fn home(hash: u64, shift: u32, mask: usize) -> usize {
    usize::try_from(hash >> shift).expect("64-bit usize") & mask
}

/// Checks the shape every open-addressing table must have, from its bytes: `mask + 1` slots
/// of `width` bytes (the key `position_at` bytes in), a power of two at least twice the
/// number of keys (so at least half empty, and every probe sequence ends), the matching
/// shift, and each of `keys` in exactly one slot and nothing else. Returns the slot of each
/// key, in the order of `keys`.
fn check_shape(
    bytes: &[u8],
    (width, position_at, wide): (usize, usize, bool),
    (shift, mask): (u32, usize),
    keys: &[usize],
) -> Result<Vec<usize>, TestCaseError> {
    let slots = mask + 1;
    prop_assert!(slots.is_power_of_two(), "{} slots", slots);
    prop_assert_eq!(bytes.len(), slots * width, "bytes for {} slots", slots);
    prop_assert!(
        slots >= 2 * keys.len(),
        "{} slots for {} keys",
        slots,
        keys.len()
    );
    prop_assert_eq!(u64::from(shift), 64 - u64::from(slots.trailing_zeros()));
    let mut at_slot: HashMap<usize, usize> = HashMap::new();
    for slot in 0..slots {
        if let Some(key) = read_slot(bytes, slot * width + position_at, wide) {
            prop_assert!(
                at_slot.insert(key, slot).is_none(),
                "key {} placed twice",
                key
            );
        }
    }
    prop_assert_eq!(at_slot.len(), keys.len(), "placed keys");
    keys.iter()
        .map(|key| {
            at_slot
                .get(key)
                .copied()
                .ok_or_else(|| TestCaseError::fail(format!("key {key} is not placed")))
        })
        .collect()
}

/// How many probes finding each key takes, in all: one for its home slot and one for each
/// slot between there and its own.
fn probes(at_slot: &[usize], homes: impl Iterator<Item = usize>, mask: usize) -> usize {
    at_slot
        .iter()
        .zip(homes)
        .map(|(slot, home)| (slot.wrapping_sub(home) & mask) + 1)
        .sum()
}

/// Strings that are not `name` but close to it.
pub fn near_misses(name: &str) -> Vec<String> {
    let mut out = vec![
        format!("{name}_"),
        format!("_{name}"),
        format!("{name}\0"),
        String::new(),
    ];
    if let Some((i, _)) = name.char_indices().last() {
        out.push(name[..i].to_owned());
        let mut swapped: Vec<char> = name.chars().collect();
        let c = swapped.last_mut().expect("not empty");
        *c = if *c == '_' { '0' } else { '_' };
        out.push(swapped.into_iter().collect());
    }
    out
}

/// Values of type `repr` next to `value`, and the type's limits.
pub fn nearby_values(repr: Repr, value: i128) -> Vec<i128> {
    let (min, max) = repr.range().expect("an integer type");
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

/// Checks the shape of name table `table` holding `keys` (indices of `texts`, of one
/// table of `count` keys). By length: each key once, grouped by the length of its text,
/// every group a few keys. Hashed: positions as wide as `count` needs, and probe sequences
/// that stay short: at most a small multiple of the keys, plus what keys of equal hashes
/// force.
fn check_placed(
    table: &Names,
    texts: &[&str],
    keys: &[usize],
    count: usize,
) -> Result<(), TestCaseError> {
    match *table {
        Names::Lengths {
            starts,
            keys: placed,
        } => check_lengths(starts, placed, texts, keys),
        Names::Hashed {
            seed,
            shift,
            mask,
            slots,
            wide,
        } => {
            prop_assert_eq!(wide, is_wide(count));
            let at_slot = check_shape(slots, (slot_width(wide), 0, wide), (shift, mask), keys)?;
            let hashes: Vec<u64> = keys
                .iter()
                .map(|&key| hash_name(texts[key].as_bytes(), seed))
                .collect();
            let mut alike: HashMap<u64, usize> = HashMap::new();
            for hash in &hashes {
                *alike.entry(*hash).or_default() += 1;
            }
            let forced: usize = alike.values().map(|n| n * (n - 1) / 2).sum();
            let probes = probes(&at_slot, hashes.iter().map(|h| home(*h, shift, mask)), mask);
            prop_assert!(
                probes <= 3 * keys.len() + 8 + forced,
                "{} probes to find {} keys ({} forced by equal hashes)",
                probes,
                keys.len(),
                forced
            );
            Ok(())
        }
    }
}

/// The shape of a table by length: `starts` rises from 0 to the number of keys, one entry
/// per length up to the longest text's plus one; the keys between `starts[l]` and
/// `starts[l + 1]` are those of texts of length `l`, at most 4 of them; each key is placed
/// once.
fn check_lengths(
    starts: &[u8],
    placed: &[u8],
    texts: &[&str],
    keys: &[usize],
) -> Result<(), TestCaseError> {
    let longest = keys.iter().map(|&k| texts[k].len()).max().unwrap_or(0);
    prop_assert_eq!(
        starts.len(),
        longest + 2,
        "starts for names up to {}",
        longest
    );
    prop_assert_eq!(starts.first().copied(), Some(0));
    prop_assert_eq!(usize::from(starts[longest + 1]), placed.len());
    let mut seen = HashSet::new();
    for (len, pair) in starts.windows(2).enumerate() {
        let (from, to) = (usize::from(pair[0]), usize::from(pair[1]));
        prop_assert!(
            from <= to && to - from <= 4,
            "length {}: {}..{}",
            len,
            from,
            to
        );
        for &key in &placed[from..to] {
            let key = usize::from(key);
            prop_assert!(key < texts.len(), "key {} of {} texts", key, texts.len());
            prop_assert_eq!(texts[key].len(), len, "key {} in length {}", key, len);
            prop_assert!(seen.insert(key), "key {} placed twice", key);
        }
    }
    let expected: HashSet<usize> = keys.iter().copied().collect();
    prop_assert_eq!(seen, expected, "placed keys");
    Ok(())
}

/// Checks a name table over `names` (distinct ignoring ASCII case): its shape; each name is
/// found at its key, exactly and in either case ignoring case, and not exactly in another
/// case; near misses are found only where they are a name; the probe sequences stay short
/// (at most a small multiple of the names, plus what names of equal hashes force).
pub fn check_names(names: &[&str], table: &Names) -> Result<(), TestCaseError> {
    let keys: Vec<usize> = (0..names.len()).collect();
    check_placed(table, names, &keys, names.len())?;

    let exact: HashMap<&str, usize> = names.iter().enumerate().map(|(k, n)| (*n, k)).collect();
    let folded: HashMap<String, usize> = names
        .iter()
        .enumerate()
        .map(|(k, n)| (n.to_ascii_lowercase(), k))
        .collect();
    prop_assert_eq!(folded.len(), names.len(), "names equal ignoring ASCII case");
    for (key, name) in names.iter().enumerate() {
        prop_assert_eq!(table.find(names, name), Some(key), "name {:?}", name);
        for other in [name.to_ascii_lowercase(), name.to_ascii_uppercase()] {
            let found = table.find_ignore_ascii_case(names, &other);
            prop_assert_eq!(found, Some(key), "{:?} ignoring case", other);
            if other != *name {
                prop_assert_eq!(table.find(names, &other), None, "{:?} exactly", other);
            }
        }
    }
    for name in names.iter().take(200) {
        for miss in near_misses(name) {
            let expected = exact.get(miss.as_str()).copied();
            prop_assert_eq!(table.find(names, &miss), expected, "{:?}", miss);
            let expected = folded.get(&miss.to_ascii_lowercase()).copied();
            let found = table.find_ignore_ascii_case(names, &miss);
            prop_assert_eq!(found, expected, "{:?} ignoring case", miss);
        }
    }
    Ok(())
}

/// Checks the value table of a string table (`data.by_string` over `data.strings`, one
/// string per position, `""` for an entry without a value): its shape, with exactly the
/// positions that have a value placed; each value is found at its position by
/// `Data::position_of_string`, exactly (another ASCII case is another value: found only
/// where it is one); entries without a value and near misses are not found; the probe
/// sequences stay short (as for names, with what equal hashes force: the hash folds ASCII
/// case).
pub fn check_strings(data: &Data) -> Result<(), TestCaseError> {
    let strings = data.strings;
    let table = data.by_string;
    prop_assert_eq!(strings.len(), data.count);
    let has_value = |position: usize| data.flags[position] & HAS_VALUE != 0;
    let keys: Vec<usize> = (0..strings.len()).filter(|p| has_value(*p)).collect();
    check_placed(&table, strings, &keys, strings.len())?;

    let values: HashMap<&str, usize> = strings
        .iter()
        .enumerate()
        .filter(|(position, _)| has_value(*position))
        .map(|(position, text)| (*text, position))
        .collect();
    prop_assert_eq!(
        values.len(),
        (0..strings.len()).filter(|p| has_value(*p)).count(),
        "a string value twice"
    );
    for (text, position) in &values {
        prop_assert!(!text.is_empty(), "an empty value");
        prop_assert_eq!(data.position_of_string(text), Some(*position), "{:?}", text);
    }
    prop_assert_eq!(data.position_of_string(""), None);
    for text in strings.iter().take(200) {
        let mut tried = near_misses(text);
        tried.extend([text.to_ascii_lowercase(), text.to_ascii_uppercase()]);
        for other in tried {
            let expected = values.get(other.as_str()).copied();
            prop_assert_eq!(data.position_of_string(&other), expected, "{:?}", other);
        }
    }
    Ok(())
}

/// Checks a value index of `values` (of type `repr`, possibly repeating): a hashed one's
/// shape and probe sequences; each value is found at the position of its first entry, from
/// the bits the generated code passes; absent values of the type are not found.
pub fn check_values(repr: Repr, values: &[i128], index: &Index) -> Result<(), TestCaseError> {
    let mut first: HashMap<i128, usize> = HashMap::new();
    for (position, value) in values.iter().enumerate() {
        first.entry(*value).or_insert(position);
    }
    if let Index::Hashed {
        seed,
        shift,
        mask,
        records,
        wide,
    } = *index
    {
        prop_assert_eq!(wide, is_wide(values.len()));
        // The first entry of each value is placed; the slot starts with the value's bits.
        let mut firsts: Vec<(i128, usize)> = first.iter().map(|(v, p)| (*v, *p)).collect();
        firsts.sort_unstable_by_key(|(_, position)| *position);
        let keys: Vec<usize> = firsts.iter().map(|(_, position)| *position).collect();
        let width = 8 + slot_width(wide);
        let at_slot = check_shape(records, (width, 8, wide), (shift, mask), &keys)?;
        for ((value, _), slot) in firsts.iter().zip(&at_slot) {
            let bits = &records[slot * width..slot * width + 8];
            prop_assert_eq!(bits, &run_time_bits(*value).to_le_bytes()[..], "{}", value);
        }
        let homes = firsts
            .iter()
            .map(|(v, _)| home(hash_value(run_time_bits(*v), seed), shift, mask));
        let probes = probes(&at_slot, homes, mask);
        prop_assert!(
            probes <= 3 * firsts.len() + 8,
            "{} probes to find {} values",
            probes,
            firsts.len()
        );
    }
    if let Index::Dense { wide, .. } = *index {
        prop_assert_eq!(wide, is_wide(values.len()));
    }
    for (value, position) in &first {
        let found = index.find(run_time_bits(*value));
        prop_assert_eq!(found, Some(*position), "value {}", value);
    }
    for value in first.keys().take(200) {
        for near in nearby_values(repr, *value) {
            if !first.contains_key(&near) {
                let found = index.find(run_time_bits(near));
                prop_assert_eq!(found, None, "absent value {} found", near);
            }
        }
    }
    Ok(())
}

/// The values of a table of `n` entries: `spread`, with every `repeat`-th entry repeating an
/// earlier value (which the macro never asks for, but `build::values` allows).
fn table_values(repr: Repr, spread: Spread, n: usize, bits: &[u64], repeat: usize) -> Vec<i128> {
    let raw = gen::values_for(repr, spread, n, bits);
    (0..n)
        .map(|i| {
            if repeat > 0 && i % repeat == repeat - 1 {
                raw[i / 2]
            } else {
                raw[i]
            }
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

type ValuesCase = (Repr, Spread, usize, Vec<u64>, usize);

fn values_case() -> impl Strategy<Value = ValuesCase> {
    (
        select(REPRS.to_vec()),
        spread(),
        size(),
        proptest::collection::vec(any::<u64>(), 1..8),
        prop_oneof![Just(0usize), 2..9usize],
    )
}

fn names_property((kind, n, bits): (NameKind, usize, Vec<u64>)) -> Result<(), TestCaseError> {
    let names = gen::names_for(kind, n, &bits);
    let names: Vec<&str> = names.iter().map(|n| gen::unraw(n)).collect();
    check_names(&names, &OwnedNames::build(&names).names())
}

fn values_property((repr, spread, n, bits, repeat): ValuesCase) -> Result<(), TestCaseError> {
    let values = table_values(repr, spread, n, &bits, repeat);
    check_values(repr, &values, &OwnedIndex::build(&values).index())
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
        (
            proptest::collection::vec(-5i128..5, 1..40),
            prop_oneof![Just(0i128), Just(1 << 40)],
        ),
        |(values, spread)| {
            // Spread apart, the same repeats make a hashed index.
            let values: Vec<i128> = values.iter().map(|v| v * spread + v).collect();
            let built = OwnedIndex::build(&values);
            let index = built.index();
            for (position, value) in values.iter().enumerate() {
                let first = values.iter().position(|v| v == value);
                let found = index.find(run_time_bits(*value));
                prop_assert_eq!(found, first, "value {} of entry {}", value, position);
            }
            Ok(())
        },
    );
}

/// Values that run on by one in declaration order get an offset; values in a short range get
/// one slot per value; sparse values get a hashed table, never a slot array much larger
/// than the table.
#[test]
fn offset_for_runs_dense_for_short_ranges_hashed_for_sparse_values() {
    run(
        "offset, dense or hashed",
        256,
        (
            select(REPRS.to_vec()),
            1..300usize,
            any::<u64>(),
            1..40u32,
            any::<bool>(),
        ),
        |(repr, n, bits, gap, reversed)| {
            let (min, max) = repr.range().expect("an integer type");
            let len = i128::try_from(n).expect("small");
            let start = gen::values_for(repr, Spread::Sparse, 1, &[bits])[0]
                .min(max - len * i128::from(gap))
                .max(min);
            let mut values: Vec<i128> = (0..len)
                .map(|i| start + i * i128::from(gap))
                .filter(|v| *v <= max)
                .collect();
            if reversed {
                values.reverse();
            }
            let count = values.len();
            let span = values.iter().max().expect("one value") - start + 1;
            let built = build::values(&values);
            match &built {
                Values::Offset { len, .. } => {
                    prop_assert!(
                        (gap == 1 || count == 1) && !(reversed && count > 1),
                        "an offset for values that do not run on by one"
                    );
                    prop_assert_eq!(*len, count);
                }
                Values::Dense { slots, .. } => {
                    prop_assert!(
                        i128::try_from(slots.len()).expect("small") == span,
                        "dense slots must cover the range"
                    );
                    prop_assert!(
                        slots.len() <= 4 * count.max(16),
                        "{} dense slots for {} values",
                        slots.len(),
                        count
                    );
                }
                Values::Hashed { .. } => {
                    prop_assert!(
                        span > 64,
                        "hashed for {} values spanning only {}",
                        count,
                        span
                    );
                    prop_assert!(
                        span > i128::try_from(2 * count).expect("small"),
                        "hashed for contiguous values"
                    );
                }
            }
            if (gap == 1 && !reversed) || count == 1 {
                prop_assert!(matches!(built, Values::Offset { .. }), "not an offset");
            } else if gap == 1 || span <= 64 {
                prop_assert!(
                    matches!(built, Values::Dense { .. }),
                    "span {span} not dense"
                );
            }
            if span > 4 * i128::try_from(count.max(16)).expect("small") {
                prop_assert!(
                    matches!(built, Values::Hashed { .. }),
                    "span {span} not hashed"
                );
            }
            check_values(repr, &values, &OwnedIndex::build(&values).index())
        },
    );
}

#[test]
fn an_empty_index_finds_nothing() {
    let built = OwnedIndex::build(&[]);
    for value in [0, 1, -1, i128::from(i64::MIN), i128::from(u64::MAX)] {
        let found = built.index().find(run_time_bits(value));
        assert_eq!(found, None, "{value} found in an empty index");
    }
}

/// The limits of every type, together in one table.
#[test]
fn the_limits_of_every_type() {
    for repr in REPRS {
        let (min, max) = repr.range().expect("an integer type");
        for values in [
            vec![min, max],
            vec![max, min, 0],
            vec![min, min + 1, min + 2],
            vec![max - 2, max - 1, max],
            vec![max, max - 1, max - 2],
            (0..40)
                .map(|i| if i % 2 == 0 { min + i } else { max - i })
                .collect(),
        ] {
            let built = OwnedIndex::build(&values);
            if let Err(e) = check_values(repr, &values, &built.index()) {
                panic!("{repr:?} {values:?}: {e}");
            }
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
            NameKind::Random,
        ] {
            let names = gen::names_for(kind, n, &[0x5EED]);
            let names: Vec<&str> = names.iter().map(|n| gen::unraw(n)).collect();
            let start = Instant::now();
            let built = OwnedNames::build(&names);
            let elapsed = start.elapsed();
            println!(
                "names {kind:?} n={}: {elapsed:.2?} ({:.0} ns/entry)",
                names.len(),
                elapsed.as_nanos() as f64 / names.len() as f64
            );
            check_names(&names, &built.names()).expect("names found");
        }
        // A word per cluster of `Clustered` (7 values each): distinct values, about `n`.
        let bits: Vec<u64> = (0..n as u64 / 7 + 1)
            .map(|i| (i ^ 0x5EED).wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .collect();
        for spread in [Spread::Dense, Spread::Sparse, Spread::Clustered] {
            let mut values = gen::values_for(Repr::I64, spread, n, &bits);
            let mut seen = HashSet::new();
            values.retain(|v| seen.insert(*v));
            let start = Instant::now();
            let built = OwnedIndex::build(&values);
            let elapsed = start.elapsed();
            println!(
                "values {spread:?} n={}: {elapsed:.2?} ({:.0} ns/entry)",
                values.len(),
                elapsed.as_nanos() as f64 / values.len() as f64
            );
            check_values(Repr::I64, &values, &built.index()).expect("values found");
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
