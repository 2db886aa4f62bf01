//! Run-time half of the lookup structures that `define_codes!` computes at expansion time.
//!
//! Not public API: generated code reaches these through `codetable::__private`, and their
//! shape may change with the macro. The macro crate has its own copy of [`hash_name`] and
//! [`hash_value`] to place entries; the integration tests prove the two agree by looking up
//! every entry of large generated tables.

use crate::CodeValue;
use core::marker::PhantomData;

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

/// The type of the positions stored in a lookup table: `u16`, or `u32` for tables of
/// 65,535 entries or more. The tables are byte strings (which cost the compiler far less
/// than arrays of integer literals), holding each position little-endian; the type's
/// largest value marks an empty slot.
pub trait Slot {
    /// How many bytes a position takes.
    const BYTES: usize;
    /// The position stored at `slot` of `table`, or `None` if the slot is empty or past
    /// the end.
    fn at(table: &[u8], slot: usize) -> Option<usize>;
}

macro_rules! slot {
    ($($t:ty),*) => {$(
        impl Slot for $t {
            const BYTES: usize = core::mem::size_of::<$t>();
            #[inline]
            fn at(table: &[u8], slot: usize) -> Option<usize> {
                if slot >= table.len() / Self::BYTES {
                    return None;
                }
                let mut raw = [0; core::mem::size_of::<$t>()];
                raw.copy_from_slice(&table[slot * Self::BYTES..(slot + 1) * Self::BYTES]);
                let position = <$t>::from_le_bytes(raw);
                if position == <$t>::MAX {
                    return None;
                }
                usize::try_from(position).ok()
            }
        }
    )*};
}
slot!(u16, u32);

/// `from_value` for values packed into a short range: one slot per value from `min` on.
#[derive(Debug)]
pub struct DenseValues<S> {
    /// The smallest value's bits.
    pub min: u64,
    /// Slot `v - min` holds the position of the first entry with value `v`.
    pub slots: &'static [u8],
    /// The type of the positions.
    pub slot: PhantomData<S>,
}

impl<S: Slot> DenseValues<S> {
    /// The position of the first entry with value `value`.
    #[inline]
    #[must_use]
    pub fn find<V: CodeValue>(&self, value: V) -> Option<usize> {
        let offset = value.to_u64_bits().wrapping_sub(self.min);
        S::at(self.slots, usize::try_from(offset).ok()?)
    }
}

/// `from_value` for sparse values: open addressing with linear probing, at most half full,
/// so every probe sequence ends at an empty slot. A slot is a record of the value's bits
/// (8 bytes, little-endian) followed by the position.
#[derive(Debug)]
pub struct HashedValues<S> {
    /// Seed of `hash_value`, chosen by the macro for short probe sequences.
    pub seed: u64,
    /// `64 - log2(number of slots)`.
    pub shift: u32,
    /// The number of slots minus one (a power of two minus one).
    pub mask: usize,
    /// The records.
    pub slots: &'static [u8],
    /// The type of the positions.
    pub slot: PhantomData<S>,
}

impl<S: Slot> HashedValues<S> {
    /// The position of the first entry with value `value`.
    #[inline]
    #[must_use]
    pub fn find<V: CodeValue>(&self, value: V) -> Option<usize> {
        let bits = value.to_u64_bits();
        let width = 8 + S::BYTES;
        #[allow(clippy::cast_possible_truncation)]
        let mut at = (hash_value(bits, self.seed) >> self.shift) as usize & self.mask;
        loop {
            let record = self.slots.get(at * width..(at + 1) * width)?;
            let position = S::at(&record[8..], 0)?;
            if word(record, 0) == bits {
                return Some(position);
            }
            at = (at + 1) & self.mask;
        }
    }
}

/// `from_name`: open addressing with linear probing over the hashes of the names, at most
/// half full.
#[derive(Debug)]
pub struct Names<S> {
    /// Seed of `hash_name`, chosen by the macro for short probe sequences.
    pub seed: u64,
    /// `64 - log2(number of slots)`.
    pub shift: u32,
    /// The number of slots minus one (a power of two minus one).
    pub mask: usize,
    /// The positions of the entries.
    pub slots: &'static [u8],
    /// The type of the positions.
    pub slot: PhantomData<S>,
}

impl<S: Slot> Names<S> {
    /// The position of the entry named `name`, given every entry's name.
    #[inline]
    #[must_use]
    pub fn find(&self, names: &[&str], name: &str) -> Option<usize> {
        #[allow(clippy::cast_possible_truncation)]
        let mut at = (hash_name(name.as_bytes(), self.seed) >> self.shift) as usize & self.mask;
        loop {
            let index = S::at(self.slots, at)?;
            if names.get(index).copied() == Some(name) {
                return Some(index);
            }
            at = (at + 1) & self.mask;
        }
    }
}

/// The position of `lang` in `langs`.
#[inline]
#[must_use]
pub fn lang_index(langs: &[&str], lang: &str) -> Option<usize> {
    langs.iter().position(|l| *l == lang)
}
