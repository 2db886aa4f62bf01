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
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        h = (h.rotate_left(23) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    let mut tail = [0; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    (h.rotate_left(23) ^ u64::from_le_bytes(tail)).wrapping_mul(K)
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
