//! The expansion-time half: places keys into the structures the reading half searches, and
//! writes their bytes. Linear in the number of keys for each of the few seeds tried.

use crate::{hash_name, hash_value, is_wide};
use alloc::vec;
use alloc::vec::Vec;

/// Seeds tried for each table; the one with the shortest probe sequences wins.
const SEEDS: [u64; 6] = [
    0,
    0x243F_6A88_85A3_08D3,
    0x1319_8A2E_0370_7344,
    0xA409_3822_299F_31D0,
    0x082E_FA98_EC4E_6C89,
    0x4528_21E6_38D0_1377,
];

/// Value ranges up to this many times the number of values (and at least
/// `4 * DENSE_MIN_KEYS` long) get a direct table.
const DENSE_FACTOR: usize = 4;
/// See [`DENSE_FACTOR`].
const DENSE_MIN_KEYS: usize = 16;

/// An open-addressing table with linear probing, at most half full.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    /// The seed of the hash.
    pub seed: u64,
    /// `64 - log2(number of slots)`.
    pub shift: u32,
    /// The key in each slot.
    pub slots: Vec<Option<usize>>,
}

impl Placed {
    /// The number of slots minus one.
    #[must_use]
    pub fn mask(&self) -> usize {
        self.slots.len() - 1
    }
}

/// Places keys `0..len`, of hashes `hash(key, seed)`, in the smallest power-of-two table
/// that is at most half full (a quarter, for up to [`SPARSE_MAX_KEYS`] keys), with the seed
/// whose probe sequences are shortest.
fn place(len: usize, hash: impl Fn(usize, u64) -> u64) -> Placed {
    let load = if len <= SPARSE_MAX_KEYS { 4 } else { 2 };
    let size = (len * load).next_power_of_two().max(2);
    let shift = 64 - size.trailing_zeros();
    let mask = size - 1;
    let mut best: Option<(usize, Placed)> = None;
    for seed in SEEDS {
        let mut slots = vec![None; size];
        let mut cost = 0;
        for key in 0..len {
            let mut at = crate::home(hash(key, seed), shift, mask);
            while slots[at].is_some() {
                at = (at + 1) & mask;
                cost += 1;
            }
            slots[at] = Some(key);
        }
        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
            best = Some((cost, Placed { seed, shift, slots }));
        }
        if cost == 0 {
            break;
        }
    }
    best.map_or_else(
        || Placed {
            seed: 0,
            shift,
            slots: vec![None; size],
        },
        |(_, placed)| placed,
    )
}

/// Tables of up to this many keys are at most a quarter full: a miss then lands on an empty
/// slot three times in four, where a `match` it competes with rejects it in a few compares.
/// The slots cost a few hundred bytes at most.
const SPARSE_MAX_KEYS: usize = 32;

/// Names of up to this many bytes may be found by length ([`crate::Names::Lengths`]).
const LENGTHS_MAX_LEN: usize = 64;
/// ... when no length has more than this many names: a search compares each of them.
const LENGTHS_MAX_GROUP: usize = 4;

/// A name table, as [`crate::Names`] reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameTable {
    /// [`crate::Names::Lengths`]: its `starts` and `keys`.
    Lengths {
        /// Where each length's keys start, up to the longest name's length plus one.
        starts: Vec<u8>,
        /// The keys by the length of their names.
        keys: Vec<u8>,
    },
    /// [`crate::Names::Hashed`], with keys to write with [`slot_bytes`].
    Hashed(Placed),
}

/// The name table of [`crate::Names`]: key `i` is `names[i]`. Names must be distinct
/// ignoring ASCII case, or a case-insensitive search finds only one of them.
#[must_use]
pub fn names(names: &[&str]) -> NameTable {
    let keys: Vec<usize> = (0..names.len()).collect();
    keyed_names(names, &keys)
}

/// The name table of [`crate::Names`] where `names[i]`'s key is `keys[i]` (distinct).
/// A few short names with no length shared by more than a few of them, and keys that fit
/// a byte, are found by length; others by hash.
///
/// # Panics
/// Never: a table by length is chosen only for fewer than 256 names with keys below 256,
/// whose starts and keys fit a byte.
#[must_use]
pub fn keyed_names(names: &[&str], keys: &[usize]) -> NameTable {
    let longest = names.iter().map(|n| n.len()).max().unwrap_or(0);
    let mut groups = vec![0usize; longest + 2];
    for name in names {
        groups[name.len()] += 1;
    }
    let small = names.len() < 256
        && longest <= LENGTHS_MAX_LEN
        && keys.iter().all(|&k| k < 256)
        && groups.iter().all(|&g| g <= LENGTHS_MAX_GROUP);
    if small {
        let mut order: Vec<usize> = (0..names.len()).collect();
        order.sort_by_key(|&i| (names[i].len(), keys[i]));
        let mut starts = Vec::with_capacity(longest + 2);
        let mut at = 0;
        for count in &groups {
            starts.push(u8::try_from(at).expect("under 256 names"));
            at += count;
        }
        let keys = order
            .iter()
            .map(|&i| u8::try_from(keys[i]).expect("a key under 256"))
            .collect();
        return NameTable::Lengths { starts, keys };
    }
    let mut placed = place(names.len(), |key, seed| {
        hash_name(names[key].as_bytes(), seed)
    });
    for slot in &mut placed.slots {
        *slot = slot.map(|i| keys[i]);
    }
    NameTable::Hashed(placed)
}

/// A value's bits, as [`crate::Index::find`] takes them: two's complement, sign-extended to
/// 64 bits.
#[must_use]
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
pub fn value_bits(value: i128) -> u64 {
    value as u64
}

/// An [`Index`](crate::Index) being built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Values {
    /// [`Index::Offset`](crate::Index::Offset).
    Offset {
        /// The first value's bits.
        min: u64,
        /// How many values there are.
        len: usize,
    },
    /// [`Index::Dense`](crate::Index::Dense): the position for each value from `min` on.
    Dense {
        /// The smallest value's bits.
        min: u64,
        /// The position of each value of the range.
        slots: Vec<Option<usize>>,
    },
    /// [`Index::Hashed`](crate::Index::Hashed).
    Hashed {
        /// The placed positions.
        placed: Placed,
        /// The bits of the value in each slot (0 for an empty one).
        keys: Vec<u64>,
    },
}

/// The index of `values`, where entry `i` has value `values[i]`. Where two entries share a
/// value, the first is found.
#[must_use]
pub fn values(values: &[i128]) -> Values {
    let (Some(&min), Some(&max)) = (values.iter().min(), values.iter().max()) else {
        return Values::Offset { min: 0, len: 0 };
    };
    let in_order = values.iter().zip(0..).all(|(value, at)| *value == min + at);
    if in_order {
        return Values::Offset {
            min: value_bits(min),
            len: values.len(),
        };
    }
    let span = max.checked_sub(min).and_then(|d| d.checked_add(1));
    let dense_limit = values.len().max(DENSE_MIN_KEYS) * DENSE_FACTOR;
    if let Some(Ok(span)) = span.map(usize::try_from) {
        if span <= dense_limit {
            let mut slots = vec![None; span];
            for (position, value) in values.iter().enumerate().rev() {
                if let Ok(offset) = usize::try_from(value - min) {
                    slots[offset] = Some(position);
                }
            }
            return Values::Dense {
                min: value_bits(min),
                slots,
            };
        }
    }
    let mut firsts: Vec<(u64, usize)> = Vec::with_capacity(values.len());
    let mut seen = alloc::collections::BTreeSet::new();
    for (position, value) in values.iter().enumerate() {
        if seen.insert(*value) {
            firsts.push((value_bits(*value), position));
        }
    }
    let placed = place(firsts.len(), |key, seed| hash_value(firsts[key].0, seed));
    let keys = placed
        .slots
        .iter()
        .map(|slot| slot.map_or(0, |key| firsts[key].0))
        .collect();
    let slots = placed
        .slots
        .iter()
        .map(|slot| slot.map(|key| firsts[key].1))
        .collect();
    Values::Hashed {
        placed: Placed { slots, ..placed },
        keys,
    }
}

/// Appends a position in the layout of [`crate::read_slot`].
#[allow(clippy::cast_possible_truncation)]
pub fn push_slot(bytes: &mut Vec<u8>, slot: Option<usize>, wide: bool) {
    if wide {
        bytes.extend_from_slice(&slot.map_or(u32::MAX, |s| s as u32).to_le_bytes());
    } else {
        bytes.extend_from_slice(&slot.map_or(u16::MAX, |s| s as u16).to_le_bytes());
    }
}

/// The slots as [`crate::read_slot`] reads them, for a table of `len` keys.
#[must_use]
pub fn slot_bytes(slots: &[Option<usize>], len: usize) -> Vec<u8> {
    let wide = is_wide(len);
    let mut bytes = Vec::with_capacity(slots.len() * crate::slot_width(wide));
    for slot in slots {
        push_slot(&mut bytes, *slot, wide);
    }
    bytes
}

/// The records of [`Index::Hashed`](crate::Index::Hashed), for a table of `len` keys.
#[must_use]
pub fn record_bytes(keys: &[u64], slots: &[Option<usize>], len: usize) -> Vec<u8> {
    let wide = is_wide(len);
    let mut bytes = Vec::with_capacity(slots.len() * (8 + crate::slot_width(wide)));
    for (key, slot) in keys.iter().zip(slots) {
        bytes.extend_from_slice(&key.to_le_bytes());
        push_slot(&mut bytes, *slot, wide);
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Index, Names};

    fn index<'a>(built: &Values, len: usize, bytes: &'a mut Vec<u8>) -> Index<'a> {
        let wide = is_wide(len);
        match built {
            Values::Offset { min, len } => Index::Offset {
                min: *min,
                len: *len,
            },
            Values::Dense { min, slots } => {
                *bytes = slot_bytes(slots, len);
                Index::Dense {
                    min: *min,
                    slots: bytes,
                    wide,
                }
            }
            Values::Hashed { placed, keys } => {
                *bytes = record_bytes(keys, &placed.slots, len);
                Index::Hashed {
                    seed: placed.seed,
                    shift: placed.shift,
                    mask: placed.mask(),
                    records: bytes,
                    wide,
                }
            }
        }
    }

    fn check_values(values: &[i128]) -> Values {
        let built = super::values(values);
        let mut bytes = Vec::new();
        let found = index(&built, values.len(), &mut bytes);
        let mut firsts = alloc::collections::BTreeMap::new();
        for (position, value) in values.iter().enumerate() {
            let first = *firsts.entry(value).or_insert(position);
            assert_eq!(found.find(value_bits(*value)), Some(first), "value {value}");
        }
        for miss in [i128::from(i64::MIN), -1, 3, 1_000_001, i128::from(u32::MAX)] {
            // Bits, not values: `u64::MAX` and `-1` are never in one table.
            if !values.iter().any(|v| value_bits(*v) == value_bits(miss)) {
                assert_eq!(found.find(value_bits(miss)), None, "miss {miss}");
            }
        }
        built
    }

    #[test]
    fn offset_dense_and_hashed_values_find_every_value_and_no_other() {
        assert!(matches!(check_values(&[0, 1, 2, 3]), Values::Offset { .. }));
        assert!(matches!(check_values(&[-2, -1, 0]), Values::Offset { .. }));
        assert!(matches!(check_values(&[0, 2, 1, 5]), Values::Dense { .. }));
        assert!(matches!(check_values(&[0, 20, 1, 1]), Values::Dense { .. }));
        assert!(matches!(
            check_values(&[0, 1_000_000, -5, 77, i128::from(i64::MIN)]),
            Values::Hashed { .. }
        ));
        assert!(matches!(
            check_values(&[i128::from(u64::MAX), 0, 9_000]),
            Values::Hashed { .. }
        ));
    }

    /// Tables of 70,000 values, whose positions take 4 bytes. Too slow under Miri, where the
    /// small tables above cover the same searches with 2-byte positions and
    /// `slots_round_trip_in_both_widths` the 4-byte slots.
    #[test]
    #[cfg_attr(miri, ignore = "too slow under Miri")]
    fn values_of_wide_tables_are_found() {
        let many: Vec<i128> = (0..70_000).map(|i| i * 7 + 1).collect();
        assert!(matches!(check_values(&many), Values::Hashed { .. }));
        let wide: Vec<i128> = (0..70_000).rev().collect();
        assert!(matches!(check_values(&wide), Values::Dense { .. }));
    }

    /// The `Names` that `table` describes, its bytes in `bytes`.
    fn read<'a>(table: &'a NameTable, len: usize, bytes: &'a mut Vec<u8>) -> Names<'a> {
        match table {
            NameTable::Lengths { starts, keys } => Names::Lengths { starts, keys },
            NameTable::Hashed(placed) => {
                *bytes = slot_bytes(&placed.slots, len);
                Names::Hashed {
                    seed: placed.seed,
                    shift: placed.shift,
                    mask: placed.mask(),
                    slots: bytes,
                    wide: is_wide(len),
                }
            }
        }
    }

    fn check_names(names: &[&str]) -> NameTable {
        let built = super::names(names);
        let mut bytes = Vec::new();
        let table = read(&built, names.len(), &mut bytes);
        for (key, name) in names.iter().enumerate() {
            assert_eq!(table.find(names, name), Some(key));
            let lower = name.to_ascii_lowercase();
            let upper = name.to_ascii_uppercase();
            assert_eq!(table.find_ignore_ascii_case(names, &lower), Some(key));
            assert_eq!(table.find_ignore_ascii_case(names, &upper), Some(key));
            if lower != *name {
                assert_eq!(table.find(names, &lower), None);
            }
        }
        for miss in [
            "ok ",
            "NOT_FOUN",
            "b",
            "EWOULDBLOCK_LONGER_THAN_17",
            "Mixe",
            "a_name_longer_than_every_name_of_the_table_by_far_over_64_bytes_long",
        ] {
            assert_eq!(table.find_ignore_ascii_case(names, miss), None, "{miss}");
        }
        built
    }

    #[test]
    fn names_are_found_exactly_and_ignoring_case() {
        let few = [
            "OK",
            "NOT_FOUND",
            "a",
            "",
            "EWOULDBLOCK_LONGER_THAN_16",
            "Mixed",
        ];
        assert!(matches!(check_names(&few), NameTable::Lengths { .. }));
        // Five names of one length: too many to compare each.
        let one_length = ["AAAAA", "BBBBB", "CCCCC", "DDDDD", "EEEEE", "Mixed", "OK"];
        assert!(matches!(check_names(&one_length), NameTable::Hashed(_)));
        let long = [
            "OK",
            "A_NAME_OF_SEVENTY_BYTES_WHICH_IS_LONGER_THAN_A_TABLE_BY_LENGTH_TAKES",
        ];
        assert!(matches!(check_names(&long), NameTable::Hashed(_)));
        let many: Vec<alloc::string::String> = (0..300)
            .map(|i| alloc::format!("CODE_{i:0>width$}", width = i % 60))
            .collect();
        let many: Vec<&str> = many.iter().map(alloc::string::String::as_str).collect();
        assert!(matches!(check_names(&many), NameTable::Hashed(_)));
    }

    #[test]
    fn keyed_names_hold_their_keys() {
        let names = ["B", "LONGER", "CC"];
        for (keys, by_length) in [([7, 30, 2], true), ([7, 300, 2], false)] {
            let built = keyed_names(&names, &keys);
            assert_eq!(matches!(built, NameTable::Lengths { .. }), by_length);
            let mut texts = vec![""; 400];
            for (name, key) in names.iter().zip(keys) {
                texts[key] = name;
            }
            let mut bytes = Vec::new();
            let table = read(&built, texts.len(), &mut bytes);
            for (name, key) in names.iter().zip(keys) {
                assert_eq!(table.find(&texts, name), Some(key), "{name}");
            }
            assert_eq!(table.find(&texts, "LONGEST"), None);
        }
    }

    #[test]
    fn case_variants_hash_alike_and_others_apart() {
        for (a, b) in [
            ("abc", "ABC"),
            ("not_found", "NOT_FOUND"),
            ("x1y2z3w4q", "X1Y2Z3W4Q"),
        ] {
            assert_eq!(hash_name(a.as_bytes(), 7), hash_name(b.as_bytes(), 7));
        }
        assert_ne!(hash_name(b"NOT_FOUND", 7), hash_name(b"NOT_FOUNE", 7));
        assert_ne!(hash_name(b"AB", 7), hash_name(b"ABC", 7));
    }

    #[test]
    fn slots_round_trip_in_both_widths() {
        for wide in [false, true] {
            let len = if wide { 70_000 } else { 10 };
            let bytes = slot_bytes(&[Some(0), None, Some(9)], len);
            let width = crate::slot_width(wide);
            assert_eq!(crate::read_slot(&bytes, 0, wide), Some(0));
            assert_eq!(crate::read_slot(&bytes, width, wide), None);
            assert_eq!(crate::read_slot(&bytes, 2 * width, wide), Some(9));
            assert_eq!(crate::read_slot(&bytes, 3 * width, wide), None);
        }
    }
}
