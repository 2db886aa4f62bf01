//! Run-time half of the lookup structures that `define_codes!` computes at expansion time.
//!
//! Not public API: generated code reaches these through `codetable::__private`, and their
//! shape may change with the macro. The macro crate has its own copy of [`hash_name`] and
//! [`hash_value`] to place entries; the integration tests prove the two agree by looking up
//! every entry of large generated tables.

use crate::CodeValue;

/// The multiplier of the hashes (2^64 divided by the golden ratio, made odd).
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Hash of a name, for the open-addressing table of `from_name`. The slot is the top bits.
#[inline]
#[must_use]
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

/// Hash of a value (its bits widened to 64), for the open-addressing table of `from_value`.
#[inline]
#[must_use]
pub const fn hash_value(bits: u64, seed: u64) -> u64 {
    (bits ^ seed).wrapping_mul(K)
}

/// A slot of a lookup table: the position of an entry, or empty.
pub trait Slot: Copy {
    /// The empty slot.
    const EMPTY: Self;
    /// The entry's position, or `None` for the empty slot.
    fn get(self) -> Option<usize>;
}

impl Slot for u16 {
    const EMPTY: Self = u16::MAX;
    #[inline]
    fn get(self) -> Option<usize> {
        (self != Self::EMPTY).then_some(self as usize)
    }
}

impl Slot for u32 {
    const EMPTY: Self = u32::MAX;
    #[inline]
    fn get(self) -> Option<usize> {
        (self != Self::EMPTY).then_some(self as usize)
    }
}

/// `from_value` for values packed into a short range: one slot per value from `min` on.
#[derive(Debug)]
pub struct DenseValues<S: 'static> {
    /// The smallest value's bits.
    pub min: u64,
    /// `slots[v - min]` is the position of the first entry with value `v`.
    pub slots: &'static [S],
}

impl<S: Slot> DenseValues<S> {
    /// The position of the first entry with value `value`.
    #[inline]
    #[must_use]
    pub fn find<V: CodeValue>(&self, value: V) -> Option<usize> {
        let offset = value.to_u64_bits().wrapping_sub(self.min);
        let offset = usize::try_from(offset).ok()?;
        self.slots.get(offset).copied().and_then(Slot::get)
    }
}

/// `from_value` for sparse values: open addressing with linear probing, at most half full,
/// so every probe sequence ends at an empty slot.
#[derive(Debug)]
pub struct HashedValues<V: 'static, S: 'static> {
    /// Seed of `hash_value`, chosen by the macro for short probe sequences.
    pub seed: u64,
    /// `64 - log2(slots.len())`.
    pub shift: u32,
    /// `(value, position)`; an empty slot has `S::EMPTY`.
    pub slots: &'static [(V, S)],
}

impl<V: CodeValue, S: Slot> HashedValues<V, S> {
    /// The position of the first entry with value `value`.
    #[inline]
    #[must_use]
    pub fn find(&self, value: V) -> Option<usize> {
        let mask = self.slots.len() - 1;
        #[allow(clippy::cast_possible_truncation)]
        let mut at = (hash_value(value.to_u64_bits(), self.seed) >> self.shift) as usize;
        loop {
            let (key, slot) = *self.slots.get(at & mask)?;
            let index = slot.get()?;
            if key == value {
                return Some(index);
            }
            at = (at & mask) + 1;
        }
    }
}

/// `from_name`: open addressing with linear probing over the hashes of the names, at most
/// half full.
#[derive(Debug)]
pub struct Names<S: 'static> {
    /// Seed of `hash_name`, chosen by the macro for short probe sequences.
    pub seed: u64,
    /// `64 - log2(slots.len())`.
    pub shift: u32,
    /// Positions of the entries; an empty slot has `S::EMPTY`.
    pub slots: &'static [S],
}

impl<S: Slot> Names<S> {
    /// The position of the entry named `name`, given every entry's name.
    #[inline]
    #[must_use]
    pub fn find(&self, names: &[&str], name: &str) -> Option<usize> {
        let mask = self.slots.len() - 1;
        #[allow(clippy::cast_possible_truncation)]
        let mut at = (hash_name(name.as_bytes(), self.seed) >> self.shift) as usize;
        loop {
            let index = self.slots.get(at & mask).copied()?.get()?;
            if names.get(index).copied() == Some(name) {
                return Some(index);
            }
            at = (at & mask) + 1;
        }
    }
}

/// The position of `lang` in `langs`.
#[inline]
#[must_use]
pub fn lang_index(langs: &[&str], lang: &str) -> Option<usize> {
    langs.iter().position(|l| *l == lang)
}
