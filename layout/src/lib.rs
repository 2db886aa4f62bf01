//! The contract between `define_codes!`, which computes a table's lookup structures at
//! expansion time, and the generated code, which reads them at run time or in `const`
//! evaluation: the hash functions, the byte layout of the tables, and the searches.
//!
//! Both sides use this one crate, so they cannot drift apart (as `phf_shared` serves `phf`
//! and `phf_macros`). The reading half is `no_std`, allocation-free and `const`; the
//! [`build`] half, behind the `build` feature, places keys and writes the bytes.
//!
//! Not public API of `codetable`: generated code reaches these types through
//! `codetable::__private`, and their shape changes with the macro.
//!
//! # Layout
//! - A *position* is an entry's index in declaration order. A table stores positions in
//!   2 bytes little-endian, or 4 when it has [`u16::MAX`] entries or more (`wide`); the
//!   type's largest value marks an empty slot.
//! - A *value's bits* are the value widened to 64 bits: sign-extended for signed types,
//!   zero-extended for unsigned ones (`value as i64 as u64`, or `value as u64` for `u64`).
//! - Names are found by their length and a comparison with each name of that length, in a
//!   table of a few short names; otherwise by open addressing with linear probing, at most
//!   half full, over [`hash_name`], which folds ASCII case so that one table serves exact
//!   and case-insensitive lookups.
//! - Values are found by an [`Index`]: an offset for values that run `min, min + 1, ...` in
//!   declaration order, a direct table over a short range, or open addressing over
//!   [`hash_value`] with records of (bits, position).
#![no_std]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
// The searches run inside the generated accessors; inlined, the choice of structure folds
// away at each call site, which the benchmarks measured as the difference (BENCHMARKS.md).
#![allow(clippy::inline_always)]

#[cfg(feature = "build")]
extern crate alloc;

#[cfg(feature = "build")]
pub mod build;

pub mod url;

/// The multiplier of the hashes (2^64 divided by the golden ratio, made odd).
pub const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Folds ASCII upper case onto lower case in each byte of `word`. Other bytes change too
/// (`@` becomes `` ` ``), which only makes some distinct names share a hash; a lookup always
/// compares the names themselves.
const FOLD: u64 = 0x2020_2020_2020_2020;

/// Hash of a name, case-folded: names that differ only in ASCII case hash the same. The
/// slot of a table of `2^b` slots is the top `b` bits.
#[inline(always)]
#[must_use]
pub const fn hash_name(bytes: &[u8], seed: u64) -> u64 {
    // Eight bytes a round. The last word is read ending at the last byte (overlapping the
    // one before) and a name under 8 bytes is read as two overlapping halves: no copy of a
    // tail of variable length.
    let len = bytes.len();
    let mut h = seed ^ (len as u64).wrapping_mul(K);
    let last = if len >= 8 {
        let mut at = 0;
        while at + 8 < len {
            h = round(h, word(bytes, at) | FOLD);
            at += 8;
        }
        word(bytes, len - 8)
    } else if len >= 4 {
        half(bytes, 0) | (half(bytes, len - 4) << 32)
    } else if len > 0 {
        bytes[0] as u64 | ((bytes[len / 2] as u64) << 8) | ((bytes[len - 1] as u64) << 16)
    } else {
        0
    };
    round(h, last | FOLD)
}

/// One round of [`hash_name`].
#[inline(always)]
const fn round(h: u64, word: u64) -> u64 {
    (h.rotate_left(23) ^ word).wrapping_mul(K)
}

/// The 8 bytes at `at`, little-endian.
#[inline(always)]
const fn word(bytes: &[u8], at: usize) -> u64 {
    match bytes.split_at(at).1.first_chunk::<8>() {
        Some(w) => u64::from_le_bytes(*w),
        None => panic!("word past the end"),
    }
}

/// The 4 bytes at `at`, little-endian.
#[inline(always)]
const fn half(bytes: &[u8], at: usize) -> u64 {
    match bytes.split_at(at).1.first_chunk::<4>() {
        Some(w) => u32::from_le_bytes(*w) as u64,
        None => panic!("half past the end"),
    }
}

/// Hash of a value's bits.
#[inline]
#[must_use]
pub const fn hash_value(bits: u64, seed: u64) -> u64 {
    (bits ^ seed).wrapping_mul(K)
}

/// How many bytes a position takes: 2, or 4 when `wide`.
#[inline]
#[must_use]
pub const fn slot_width(wide: bool) -> usize {
    if wide {
        4
    } else {
        2
    }
}

/// Whether a table of `len` keys stores its positions in 4 bytes rather than 2.
#[inline]
#[must_use]
pub const fn is_wide(len: usize) -> bool {
    len >= u16::MAX as usize
}

/// The position stored at byte `at` of `bytes`, or `None` for an empty slot or one past the
/// end.
#[inline(always)]
#[must_use]
pub const fn read_slot(bytes: &[u8], at: usize, wide: bool) -> Option<usize> {
    if at > bytes.len() {
        return None;
    }
    let rest = bytes.split_at(at).1;
    if wide {
        match rest.first_chunk::<4>() {
            Some(w) if u32::from_le_bytes(*w) != u32::MAX => Some(u32::from_le_bytes(*w) as usize),
            _ => None,
        }
    } else {
        match rest.first_chunk::<2>() {
            Some(w) if u16::from_le_bytes(*w) != u16::MAX => Some(u16::from_le_bytes(*w) as usize),
            _ => None,
        }
    }
}

/// The slot of `hash` in a table of `mask + 1` slots.
#[inline(always)]
#[allow(clippy::cast_possible_truncation)]
const fn home(hash: u64, shift: u32, mask: usize) -> usize {
    (hash >> shift) as usize & mask
}

/// Whether `name` is `known`, or is it ignoring ASCII case when `fold`, compared as
/// [`Names`] compares: the generated lookups of small tables call it with `known` a
/// constant, so that the words of `known` fold into the compares.
#[inline(always)]
#[must_use]
pub const fn same_name(name: &[u8], known: &[u8], fold: bool) -> bool {
    same(name, known, fold)
}

/// Whether `a` and `b` are the same bytes, or the same ignoring ASCII case when `fold`:
/// eight at a time (the last word read ending at the last byte, overlapping), as
/// `hash_name` reads them, since a `const fn` cannot call `memcmp`. `fold` is a constant
/// at every call site, so the unused case folds away.
#[inline(always)]
const fn same(a: &[u8], b: &[u8], fold: bool) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    if len >= 8 {
        let mut at = 0;
        while at + 8 < len {
            if !same_word(word(a, at), word(b, at), fold) {
                return false;
            }
            at += 8;
        }
        same_word(word(a, len - 8), word(b, len - 8), fold)
    } else if len >= 4 {
        same_word(half(a, 0), half(b, 0), fold)
            && same_word(half(a, len - 4), half(b, len - 4), fold)
    } else {
        let mut at = 0;
        while at < len {
            if !same_word(a[at] as u64, b[at] as u64, fold) {
                return false;
            }
            at += 1;
        }
        true
    }
}

/// Whether two words are equal, or equal ignoring ASCII case when `fold`.
#[inline(always)]
const fn same_word(a: u64, b: u64, fold: bool) -> bool {
    if fold {
        lower(a) == lower(b)
    } else {
        a == b
    }
}

/// ASCII upper case of each byte of `w` folded to lower case (SWAR).
#[inline(always)]
const fn lower(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let low7 = w & !HIGH;
    let ge_a = low7 + ONES * (0x80 - b'A' as u64);
    let gt_z = low7 + ONES * (0x80 - b'Z' as u64 - 1);
    let upper = ge_a & !gt_z & !w & HIGH;
    w | (upper >> 2)
}

/// A name table: the key of each name, a key being the index of a name in the list the
/// search is given. `build::names` chooses the form.
#[derive(Clone, Copy, Debug)]
pub enum Names<'a> {
    /// For a few short names: the keys grouped by the length of their names, so that a
    /// search compares only the names of its length (no hash).
    Lengths {
        /// Where the keys of names of length `l` start in `keys`, for `l` up to the longest
        /// name's length plus one (the end of the last group); one byte each.
        starts: &'a [u8],
        /// The keys, one byte each, by the length of their names, then in key order.
        keys: &'a [u8],
    },
    /// Open addressing with linear probing over [`hash_name`], at most half full, so every
    /// probe sequence ends at an empty slot.
    Hashed {
        /// Seed of [`hash_name`], chosen at expansion time for short probe sequences.
        seed: u64,
        /// `64 - log2(number of slots)`.
        shift: u32,
        /// The number of slots minus one (a power of two minus one).
        mask: usize,
        /// The keys, one per slot, in the layout of [`read_slot`].
        slots: &'a [u8],
        /// Whether the keys take 4 bytes.
        wide: bool,
    },
}

impl Names<'_> {
    /// The key of `name` among `names`, compared exactly.
    #[inline(always)]
    #[must_use]
    pub const fn find(&self, names: &[&str], name: &str) -> Option<usize> {
        self.search(names, name.as_bytes(), false)
    }

    /// The key of `name` among `names`, compared ignoring ASCII case.
    #[inline(always)]
    #[must_use]
    pub const fn find_ignore_ascii_case(&self, names: &[&str], name: &str) -> Option<usize> {
        self.search(names, name.as_bytes(), true)
    }

    #[inline(always)]
    const fn search(&self, names: &[&str], name: &[u8], fold: bool) -> Option<usize> {
        match *self {
            Self::Lengths { starts, keys } => {
                let len = name.len();
                if len + 1 >= starts.len() {
                    return None;
                }
                let mut at = starts[len] as usize;
                let end = starts[len + 1] as usize;
                while at < end && at < keys.len() {
                    let key = keys[at] as usize;
                    if key < names.len() && same(names[key].as_bytes(), name, fold) {
                        return Some(key);
                    }
                    at += 1;
                }
                None
            }
            Self::Hashed {
                seed,
                shift,
                mask,
                slots,
                wide,
            } => {
                let width = slot_width(wide);
                let mut at = home(hash_name(name, seed), shift, mask);
                loop {
                    let Some(key) = read_slot(slots, at * width, wide) else {
                        return None;
                    };
                    if key < names.len() && same(names[key].as_bytes(), name, fold) {
                        return Some(key);
                    }
                    at = (at + 1) & mask;
                }
            }
        }
    }
}

/// Finds the position of an entry from its value's bits.
#[derive(Clone, Copy, Debug)]
pub enum Index<'a> {
    /// The values are `min, min + 1, ...` in declaration order: the position is
    /// `bits - min`.
    Offset {
        /// The first value's bits.
        min: u64,
        /// How many values there are.
        len: usize,
    },
    /// The values lie in a short range: slot `bits - min` holds the position.
    Dense {
        /// The smallest value's bits.
        min: u64,
        /// The positions, in the layout of [`read_slot`].
        slots: &'a [u8],
        /// Whether the positions take 4 bytes.
        wide: bool,
    },
    /// Open addressing with linear probing over [`hash_value`], at most half full. A slot
    /// is a record of the value's bits (8 bytes, little-endian) and the position.
    Hashed {
        /// Seed of [`hash_value`], chosen at expansion time for short probe sequences.
        seed: u64,
        /// `64 - log2(number of slots)`.
        shift: u32,
        /// The number of slots minus one (a power of two minus one).
        mask: usize,
        /// The records.
        records: &'a [u8],
        /// Whether the positions take 4 bytes.
        wide: bool,
    },
}

impl Index<'_> {
    /// The position of the entry whose value has these bits.
    #[inline(always)]
    #[must_use]
    pub const fn find(&self, bits: u64) -> Option<usize> {
        match *self {
            Self::Offset { min, len } => {
                let offset = bits.wrapping_sub(min);
                if offset < len as u64 {
                    #[allow(clippy::cast_possible_truncation)]
                    Some(offset as usize)
                } else {
                    None
                }
            }
            Self::Dense { min, slots, wide } => {
                let offset = bits.wrapping_sub(min);
                let width = slot_width(wide) as u64;
                if offset >= slots.len() as u64 / width {
                    return None;
                }
                #[allow(clippy::cast_possible_truncation)]
                read_slot(slots, (offset * width) as usize, wide)
            }
            Self::Hashed {
                seed,
                shift,
                mask,
                records,
                wide,
            } => {
                let width = 8 + slot_width(wide);
                let mut at = home(hash_value(bits, seed), shift, mask);
                loop {
                    let start = at * width;
                    let Some(position) = read_slot(records, start + 8, wide) else {
                        return None;
                    };
                    if word(records, start) == bits {
                        return Some(position);
                    }
                    at = (at + 1) & mask;
                }
            }
        }
    }
}

/// The flag of a deprecated entry in [`Data::flags`].
pub const DEPRECATED: u8 = 1;
/// The flag of an entry declared with a value in [`Data::flags`]. An entry without one
/// still has a discriminant, which lookups by value must not find.
pub const HAS_VALUE: u8 = 2;

/// Everything a table knows, indexed by position: what the generated methods read.
#[derive(Clone, Copy, Debug)]
pub struct Data<'a> {
    /// How many variants the table has.
    pub count: usize,
    /// How many languages the descriptions are written in.
    pub langs: usize,
    /// The names of the variants, then those of the aliases.
    pub names: &'a [&'a str],
    /// For each alias, the position of its variant, in the layout of [`read_slot`] (wide
    /// when [`is_wide`] of `count`).
    pub alias_of: &'a [u8],
    /// The descriptions: `langs` per variant.
    pub descriptions: &'a [&'a str],
    /// The doc comment of each variant, `""` for none; empty when no variant has one.
    pub details: &'a [&'a str],
    /// [`DEPRECATED`] and [`HAS_VALUE`] of each variant.
    pub flags: &'a [u8],
    /// The position of each discriminant's bits.
    pub positions: Index<'a>,
    /// The key of each name, variant or alias.
    pub by_name: Names<'a>,
    /// A string table's values, by position; empty for an integer table.
    pub strings: &'a [&'a str],
    /// The position of each of `strings`; empty for an integer table.
    pub by_string: Names<'a>,
}

impl<'a> Data<'a> {
    /// The doc comment of the variant at `position`; `None` for a variant without one (and
    /// for every variant when none has one: `details` is then empty).
    #[inline]
    #[must_use]
    pub const fn details_of(&self, position: usize) -> Option<&'a str> {
        if self.details.is_empty() || self.details[position].is_empty() {
            None
        } else {
            Some(self.details[position])
        }
    }

    /// The position of the variant whose discriminant has these bits. Every variant has one;
    /// `0` stands in for bits of no variant, which a value of the enum never has.
    #[inline(always)]
    #[must_use]
    pub const fn position(&self, bits: u64) -> usize {
        match self.positions.find(bits) {
            Some(position) => position,
            None => 0,
        }
    }

    /// The position of the variant whose value has these bits (not one declared without a
    /// value).
    #[inline(always)]
    #[must_use]
    pub const fn position_of_value(&self, bits: u64) -> Option<usize> {
        match self.positions.find(bits) {
            Some(position) if self.flags[position] & HAS_VALUE != 0 => Some(position),
            _ => None,
        }
    }

    /// The position of the variant of a string table whose value is `value`.
    #[inline]
    #[must_use]
    pub const fn position_of_string(&self, value: &str) -> Option<usize> {
        match self.by_string.find(self.strings, value) {
            Some(position) if self.flags[position] & HAS_VALUE != 0 => Some(position),
            _ => None,
        }
    }

    /// The position of the variant named `name`, or of the one an alias of that name stands
    /// for; compared exactly, or ignoring ASCII case when `fold`.
    #[inline]
    #[must_use]
    pub const fn position_of_name(&self, name: &str, fold: bool) -> Option<usize> {
        let key = if fold {
            self.by_name.find_ignore_ascii_case(self.names, name)
        } else {
            self.by_name.find(self.names, name)
        };
        match key {
            Some(key) if key < self.count => Some(key),
            Some(key) => {
                let wide = is_wide(self.count);
                read_slot(self.alias_of, (key - self.count) * slot_width(wide), wide)
            }
            None => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::same;

    #[test]
    fn same_compares_every_byte_at_every_length() {
        let text = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for len in 0..text.len() {
            let a = &text[..len];
            assert!(same(a, a, false));
            assert!(!same(a, &text[..=len], false));
            for at in 0..len {
                let mut b = [0; 64];
                b[..len].copy_from_slice(a);
                b[at] ^= 1;
                assert!(!same(a, &b[..len], false), "length {len}, byte {at}");
                b[at] ^= 0x21;
                let folded = a[at].is_ascii_alphabetic() && b[at] == a[at] ^ 0x20;
                assert_eq!(same(a, &b[..len], true), folded, "{len} {at}");
            }
        }
    }
}
