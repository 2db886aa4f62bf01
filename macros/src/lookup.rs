//! The lookup structures of `from_value` and `from_name`, computed at expansion time.
//!
//! The run-time halves live in `codetable`'s `lookup.rs`; [`hash_name`] and [`hash_value`]
//! are copies of the functions there and must stay identical (the integration tests look up
//! every entry of large generated tables, which fails if they differ).

/// The multiplier of the hashes.
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Seeds tried for each table; the one with the shortest probe sequences wins.
const SEEDS: [u64; 6] = [
    0,
    0x243F_6A88_85A3_08D3,
    0x1319_8A2E_0370_7344,
    0xA409_3822_299F_31D0,
    0x082E_FA98_EC4E_6C89,
    0x4528_21E6_38D0_1377,
];

pub fn hash_name(bytes: &[u8], seed: u64) -> u64 {
    // Eight bytes a round. The last word is read ending at the last byte (overlapping the
    // one before) and a name under 8 bytes is read as two overlapping halves: no copy of a
    // tail of variable length, which cost a `memcpy` call and half the lookup's time.
    let len = bytes.len();
    let mut h = seed ^ (len as u64).wrapping_mul(K);
    let last = if len >= 8 {
        let mut at = 0;
        while at + 8 < len {
            h = round(h, word(bytes, at));
            at += 8;
        }
        word(bytes, len - 8)
    } else if len >= 4 {
        half(bytes, 0) | (half(bytes, len - 4) << 32)
    } else if len > 0 {
        u64::from(bytes[0]) | (u64::from(bytes[len / 2]) << 8) | (u64::from(bytes[len - 1]) << 16)
    } else {
        0
    };
    round(h, last)
}

/// One round of [`hash_name`].
#[inline]
fn round(h: u64, word: u64) -> u64 {
    (h.rotate_left(23) ^ word).wrapping_mul(K)
}

/// The 8 bytes at `at`, little-endian.
#[inline]
fn word(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

/// The 4 bytes at `at`, little-endian.
#[inline]
fn half(bytes: &[u8], at: usize) -> u64 {
    let mut half = [0; 4];
    half.copy_from_slice(&bytes[at..at + 4]);
    u64::from(u32::from_le_bytes(half))
}

pub fn hash_value(bits: u64, seed: u64) -> u64 {
    (bits ^ seed).wrapping_mul(K)
}

/// A value's bits widened to 64 as the run time does it: two's complement, sign-extended.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
pub fn value_bits(value: i128) -> u64 {
    value as u64
}

/// An open-addressing table with linear probing, at most half full.
pub struct Hashed {
    pub seed: u64,
    pub shift: u32,
    /// The entry (its position) in each slot.
    pub slots: Vec<Option<usize>>,
}

/// Places `keys` (hash, position) in the smallest power-of-two table that is at most half
/// full, with the seed whose probe sequences are shortest. Linear in the number of keys for
/// each of the few seeds tried.
fn place(len: usize, hash: impl Fn(usize, u64) -> u64) -> Hashed {
    let size = (len * 2).next_power_of_two().max(2);
    let bits = size.trailing_zeros();
    let shift = 64 - bits;
    let mask = size - 1;
    let mut best: Option<(usize, Hashed)> = None;
    for seed in SEEDS {
        let mut slots = vec![None; size];
        let mut cost = 0;
        for key in 0..len {
            #[allow(clippy::cast_possible_truncation)]
            let mut at = (hash(key, seed) >> shift) as usize & mask;
            while slots[at].is_some() {
                at = (at + 1) & mask;
                cost += 1;
            }
            slots[at] = Some(key);
        }
        if best.as_ref().map_or(true, |(c, _)| cost < *c) {
            best = Some((cost, Hashed { seed, shift, slots }));
        }
        if cost == 0 {
            break;
        }
    }
    best.map(|(_, h)| h).unwrap_or(Hashed {
        seed: 0,
        shift,
        slots: vec![None; size],
    })
}

/// The name table: positions of the entries by the hash of their names.
pub fn names(names: &[&str]) -> Hashed {
    place(names.len(), |key, seed| {
        hash_name(names[key].as_bytes(), seed)
    })
}

/// How `from_value` finds an entry.
pub enum Values {
    /// `slots[bits(v) - min]`, for values in a short range.
    Dense { min: u64, slots: Vec<Option<usize>> },
    /// Open addressing over `(value, position)`.
    Hashed { hashed: Hashed, keys: Vec<i128> },
}

/// The value table. `values[i]` is entry `i`'s value; only the first entry with a value is
/// found by it (later `#[alias]` entries share it).
pub fn values(values: &[Option<i128>]) -> Values {
    let mut firsts: Vec<(i128, usize)> = Vec::with_capacity(values.len());
    let mut seen = std::collections::HashSet::new();
    for (position, value) in values.iter().enumerate() {
        if let Some(value) = *value {
            if seen.insert(value) {
                firsts.push((value, position));
            }
        }
    }
    let (Some(min), Some(max)) = (
        firsts.iter().map(|(v, _)| *v).min(),
        firsts.iter().map(|(v, _)| *v).max(),
    ) else {
        return Values::Dense {
            min: 0,
            slots: Vec::new(),
        };
    };
    let span = max - min + 1;
    let dense_limit = i128::try_from(firsts.len().max(16) * 4).unwrap_or(i128::MAX);
    if span <= dense_limit {
        let len = usize::try_from(span).unwrap_or(0);
        let mut slots = vec![None; len];
        for (value, position) in &firsts {
            if let Ok(offset) = usize::try_from(value - min) {
                slots[offset] = Some(*position);
            }
        }
        return Values::Dense {
            min: value_bits(min),
            slots,
        };
    }
    let hashed = place(firsts.len(), |key, seed| {
        hash_value(value_bits(firsts[key].0), seed)
    });
    let keys = hashed
        .slots
        .iter()
        .map(|slot| slot.map_or(0, |key| firsts[key].0))
        .collect();
    let slots = hashed
        .slots
        .iter()
        .map(|slot| slot.map(|key| firsts[key].1))
        .collect();
    Values::Hashed {
        hashed: Hashed { slots, ..hashed },
        keys,
    }
}

/// The slots as the run time reads them: each position little-endian in 2 bytes (4 when
/// `wide`), the type's largest value for an empty slot.
pub fn slot_bytes(slots: &[Option<usize>], wide: bool) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(slots.len() * if wide { 4 } else { 2 });
    for slot in slots {
        push_slot(&mut bytes, *slot, wide);
    }
    bytes
}

/// The records of a hashed value table: for each slot the key's bits (8 bytes) and the
/// position, little-endian.
pub fn record_bytes(keys: &[i128], slots: &[Option<usize>], wide: bool) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(slots.len() * if wide { 12 } else { 10 });
    for (key, slot) in keys.iter().zip(slots) {
        bytes.extend_from_slice(&value_bits(*key).to_le_bytes());
        push_slot(&mut bytes, *slot, wide);
    }
    bytes
}

#[allow(clippy::cast_possible_truncation)]
fn push_slot(bytes: &mut Vec<u8>, slot: Option<usize>, wide: bool) {
    if wide {
        let position = slot.map_or(u32::MAX, |s| s as u32);
        bytes.extend_from_slice(&position.to_le_bytes());
    } else {
        let position = slot.map_or(u16::MAX, |s| s as u16);
        bytes.extend_from_slice(&position.to_le_bytes());
    }
}
