//! The deterministic generator of the benchmark tables and of their competitors' sources.
//!
//! The same file is compiled into the build script (which writes the 1,000-entry table used
//! by the criterion benchmarks and the allocation test) and into the library (which the
//! `gen-table` binary of the build-time script uses), so every figure comes from the same
//! tables.

use std::collections::HashSet;
use std::fmt::Write;

/// The seed of every generated table.
pub const SEED: u64 = 0x00C0_DE7A_B1E5_EED5;

/// The sizes of the run-time benchmark's tables (`benches/lookup.rs`).
pub const SIZES: [usize; 7] = [8, 16, 40, 64, 256, 1000, 5000];

/// The first value of the run-time benchmark's dense tables (see [`dense`]).
pub const DENSE_START: i32 = 1000;

/// The prefix every name of the run-time benchmark's prefixed tables starts with.
pub const PREFIX: &str = "ERR_";

/// The largest of [`SIZES`] that has a prefixed table: strum's and the `match`'s lookups by
/// name of 5,000 entries are most of the benchmark's build, and issue 14's targets ask for
/// random names at every size, which the sparse tables have.
pub const PREFIXED_MAX: usize = 1000;

/// One entry of a generated table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// An identifier of 10 to 40 characters: uppercase letters, digits and underscores.
    pub name: String,
    /// A value anywhere in the `i32` range (sparse).
    pub value: i32,
    /// A sentence of words.
    pub description: String,
}

/// SplitMix64: small, fast and fully deterministic.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator started at `seed`.
    #[must_use]
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        // The modulo bias is irrelevant here; only determinism matters.
        usize::try_from(self.next_u64() % n as u64).unwrap_or(0)
    }
}

const WORDS: [&str; 16] = [
    "the", "request", "channel", "token", "failed", "because", "network", "is", "not", "ready",
    "invalid", "user", "timed", "out", "stream", "device",
];

/// The characters of a name after the first.
const REST: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

/// A name of 10 to 40 characters (`prefix` included) that starts with `prefix`, or with a
/// letter when `prefix` is empty, and has no doubled or trailing underscore after it. With
/// an empty prefix the generator is drawn exactly as before prefixes existed, so the
/// tables of earlier runs are unchanged.
fn name(rng: &mut Rng, prefix: &str) -> String {
    const FIRST: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let len = 10 + rng.below(31);
    let mut out = String::with_capacity(len);
    out.push_str(prefix);
    if out.is_empty() {
        out.push(char::from(FIRST[rng.below(FIRST.len())]));
    }
    while out.len() < len {
        let last = out.len() + 1 == len;
        let c = char::from(REST[rng.below(REST.len())]);
        if c == '_' && (last || out.ends_with('_')) {
            continue;
        }
        out.push(c);
    }
    out
}

fn description(rng: &mut Rng) -> String {
    let words = 4 + rng.below(12);
    let mut out = String::new();
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(WORDS[rng.below(WORDS.len())]);
    }
    out.push('.');
    out
}

/// A table of `len` entries with unique names and unique sparse values.
#[must_use]
pub fn table(len: usize, seed: u64) -> Vec<Entry> {
    prefixed_table(len, seed, "")
}

/// A table of `len` entries with unique names, all starting with `prefix` (as real tables'
/// `ERR_...` or `E...`), and unique sparse values. An empty prefix gives [`table`].
#[must_use]
pub fn prefixed_table(len: usize, seed: u64, prefix: &str) -> Vec<Entry> {
    let mut rng = Rng::new(seed);
    let mut names = HashSet::new();
    let mut values = HashSet::new();
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        let name = name(&mut rng, prefix);
        #[allow(clippy::cast_possible_truncation)]
        let value = rng.next_u64() as i32;
        if names.contains(&name) || values.contains(&value) {
            continue;
        }
        names.insert(name.clone());
        values.insert(value);
        let description = description(&mut rng);
        out.push(Entry {
            name,
            value,
            description,
        });
    }
    out
}

/// `count` names of the same shape that no entry of `entries` has.
#[must_use]
pub fn missing_names(entries: &[Entry], count: usize, seed: u64) -> Vec<String> {
    missing_prefixed_names(entries, count, seed, "")
}

/// `count` names of the same shape as [`prefixed_table`]'s, starting with `prefix`, that no
/// entry of `entries` has.
#[must_use]
pub fn missing_prefixed_names(
    entries: &[Entry],
    count: usize,
    seed: u64,
    prefix: &str,
) -> Vec<String> {
    let taken: HashSet<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    let mut rng = Rng::new(seed ^ 0x4E41_4D45);
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let name = name(&mut rng, prefix);
        if !taken.contains(name.as_str()) {
            out.push(name);
        }
    }
    out
}

/// `count` values that no entry of `entries` has.
#[must_use]
pub fn missing_values(entries: &[Entry], count: usize, seed: u64) -> Vec<i32> {
    let taken: HashSet<i32> = entries.iter().map(|e| e.value).collect();
    let mut rng = Rng::new(seed ^ 0x5641_4C55);
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        #[allow(clippy::cast_possible_truncation)]
        let value = rng.next_u64() as i32;
        if !taken.contains(&value) {
            out.push(value);
        }
    }
    out
}

/// The positions `0..len` in a fixed random order (Fisher-Yates).
#[must_use]
pub fn shuffled(len: usize, seed: u64) -> Vec<usize> {
    let mut rng = Rng::new(seed ^ 0x5348_5546);
    let mut out: Vec<usize> = (0..len).collect();
    for i in (1..len).rev() {
        out.swap(i, rng.below(i + 1));
    }
    out
}

/// The same entries with the values `start, start + 1, ...` in declaration order: a dense
/// table (the layout's `Index::Offset`).
#[must_use]
pub fn dense(entries: &[Entry], start: i32) -> Vec<Entry> {
    (start..)
        .zip(entries)
        .map(|(value, e)| Entry { value, ..e.clone() })
        .collect()
}

/// `count` positions in `0..len`: shuffled rounds of every position (a new order each
/// round), cut at `count`. Every position comes up as often as any other, give or take
/// one, and a small table's hits do not repeat in a short cycle.
#[must_use]
pub fn hits(len: usize, count: usize, seed: u64) -> Vec<usize> {
    let mut out = Vec::with_capacity(count);
    let mut round = 0;
    while out.len() < count && len > 0 {
        out.extend(shuffled(len, seed.wrapping_add(round)));
        round += 1;
    }
    out.truncate(count);
    out
}

/// How a near miss differs from the name it is made from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Near {
    /// One byte replaced by another character of a name: the same length, so a search by
    /// length then bytes must compare bytes.
    Changed,
    /// One byte inserted or removed (each half the time): one more or one fewer byte.
    Resized,
}

/// `count` names that no entry of `entries` has, each an entry's name (picked at random)
/// with one byte changed, inserted or removed, at a random place, as `near` says.
#[must_use]
pub fn near_names(entries: &[Entry], count: usize, seed: u64, near: Near) -> Vec<String> {
    let taken: HashSet<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    let mut rng = Rng::new(seed ^ 0x4E45_4152);
    let mut out = Vec::with_capacity(count);
    while out.len() < count && !entries.is_empty() {
        let mut bytes = entries[rng.below(entries.len())].name.clone().into_bytes();
        let at = rng.below(bytes.len());
        let c = REST[rng.below(REST.len())];
        match near {
            Near::Changed => bytes[at] = c,
            Near::Resized if rng.below(2) == 0 => bytes.insert(at, c),
            Near::Resized => {
                bytes.remove(at);
            }
        }
        let name = String::from_utf8(bytes).expect("ASCII");
        if !name.is_empty() && !taken.contains(name.as_str()) {
            out.push(name);
        }
    }
    out
}

/// `count` values near the range of a dense table of `len` entries from `start` but outside
/// it: within `len` below `start` or within `len` above the last value, each half the time
/// (what a range check rejects, as any value out of range).
#[must_use]
pub fn missing_dense_values(start: i32, len: usize, count: usize, seed: u64) -> Vec<i32> {
    let span = len.max(1);
    let wide = |n: usize| i64::try_from(n).expect("a table of fewer than 2^63 entries");
    let mut rng = Rng::new(seed ^ 0x4445_4E53);
    (0..count)
        .map(|_| {
            let by = wide(rng.below(span));
            let value = if rng.below(2) == 0 {
                i64::from(start) - 1 - by
            } else {
                i64::from(start) + wide(span) + by
            };
            i32::try_from(value).expect("a value near an i32 range")
        })
        .collect()
}

/// `{krate}::define_codes! { pub enum {ident}: i32 { ... } }`.
#[must_use]
pub fn define_codes(krate: &str, ident: &str, entries: &[Entry]) -> String {
    format!(
        "{krate}::define_codes! {{\n{}}}\n",
        define_codes_input(ident, entries)
    )
}

/// What `define_codes!` is given: `pub enum {ident}: i32 { ... }`.
#[must_use]
pub fn define_codes_input(ident: &str, entries: &[Entry]) -> String {
    let mut out = format!("    /// A generated table.\n    pub enum {ident}: i32 {{\n");
    for e in entries {
        let _ = writeln!(
            out,
            "        {} = {} => {:?},",
            e.name, e.value, e.description
        );
    }
    out.push_str("    }\n");
    out
}

/// strum's derives of the comparisons: the features of `define_codes!`, with `EnumMessage`
/// for the descriptions.
pub const STRUM_DERIVES: [&str; 6] = [
    "strum::EnumString",
    "strum::FromRepr",
    "strum::Display",
    "strum::EnumIter",
    "strum::IntoStaticStr",
    "strum::EnumMessage",
];

/// An enum whose discriminants are the values, with the given derives, and
/// `#[strum(message = ...)]` on each variant when `messages` is set.
#[must_use]
pub fn value_enum(ident: &str, entries: &[Entry], derives: &[&str], messages: bool) -> String {
    let mut out = format!(
        "/// A generated table.\n#[derive(Clone, Copy, PartialEq, Eq{})]\n\
         #[repr(i32)]\n#[allow(non_camel_case_types, clippy::upper_case_acronyms)]\n\
         pub enum {ident} {{\n",
        derives.iter().fold(String::new(), |all, d| all + ", " + d)
    );
    for e in entries {
        if messages {
            let _ = writeln!(out, "    #[strum(message = {:?})]", e.description);
        }
        let _ = writeln!(out, "    {} = {},", e.name, e.value);
    }
    out.push_str("}\n");
    out
}

/// Hand-written `match` lookups on an enum written by [`value_enum`]: what a team writes
/// without a crate.
#[must_use]
pub fn match_impl(ident: &str, entries: &[Entry]) -> String {
    let mut out = match_head(ident);
    out.push_str(&match_from_value(entries));
    out.push_str(&match_from_name(entries));
    out.push_str(&match_arms(
        entries,
        "    /// The code's name.\n    #[must_use]\n    pub fn match_name(self) -> &'static str {\n        match self {\n",
        &|e| format!("            Self::{} => {:?},\n", e.name, e.name),
        "        }\n    }\n",
    ));
    out.push_str(&match_arms(
        entries,
        "    /// The code's description.\n    #[must_use]\n    pub fn match_description(self) -> &'static str {\n        match self {\n",
        &|e| format!("            Self::{} => {:?},\n", e.name, e.description),
        "        }\n    }\n",
    ));
    out.push_str(
        "    /// The code's value.\n    #[must_use]\n    pub fn match_value(self) -> i32 {\n        self as i32\n    }\n}\n",
    );
    out
}

/// Only the hand-written lookups by name (`match_from_name`) and by value
/// (`match_from_value`) that `by_name` and `by_value` ask for, on an enum written by
/// [`value_enum`].
#[must_use]
pub fn match_lookups(ident: &str, entries: &[Entry], by_name: bool, by_value: bool) -> String {
    let mut out = match_head(ident);
    if by_value {
        out.push_str(&match_from_value(entries));
    }
    if by_name {
        out.push_str(&match_from_name(entries));
    }
    out.push_str("}\n");
    out
}

fn match_head(ident: &str) -> String {
    format!("#[allow(clippy::too_many_lines, clippy::match_same_arms)]\nimpl {ident} {{\n")
}

/// `head`, an arm per entry, `tail`.
fn match_arms(entries: &[Entry], head: &str, arm: &dyn Fn(&Entry) -> String, tail: &str) -> String {
    let mut out = head.to_owned();
    for e in entries {
        out.push_str(&arm(e));
    }
    out.push_str(tail);
    out
}

fn match_from_value(entries: &[Entry]) -> String {
    match_arms(
        entries,
        "    /// The code with this value.\n    #[must_use]\n    pub fn match_from_value(value: i32) -> Option<Self> {\n        match value {\n",
        &|e| format!("            {} => Some(Self::{}),\n", e.value, e.name),
        "            _ => None,\n        }\n    }\n",
    )
}

fn match_from_name(entries: &[Entry]) -> String {
    match_arms(
        entries,
        "    /// The code with this name.\n    #[must_use]\n    pub fn match_from_name(name: &str) -> Option<Self> {\n        match name {\n",
        &|e| format!("            {:?} => Some(Self::{}),\n", e.name, e.name),
        "            _ => None,\n        }\n    }\n",
    )
}

/// `phf` maps from names and from values to the variants of `ident`.
#[must_use]
pub fn phf_maps(ident: &str, prefix: &str, entries: &[Entry]) -> String {
    phf_names(&format!("{prefix}_PHF_NAMES"), ident, entries)
        + &phf_values(&format!("{prefix}_PHF_VALUES"), ident, entries)
}

/// `static {map}`: a `phf` map from names to the variants of `ident`.
#[must_use]
pub fn phf_names(map: &str, ident: &str, entries: &[Entry]) -> String {
    let mut out = format!(
        "/// Names to codes.\npub static {map}: phf::Map<&'static str, {ident}> = phf::phf_map! {{\n"
    );
    for e in entries {
        let _ = writeln!(out, "    {:?} => {ident}::{},", e.name, e.name);
    }
    out.push_str("};\n");
    out
}

/// `static {map}`: a `phf` map from values to the variants of `ident`.
#[must_use]
pub fn phf_values(map: &str, ident: &str, entries: &[Entry]) -> String {
    let mut out = format!(
        "/// Values to codes.\npub static {map}: phf::Map<i32, {ident}> = phf::phf_map! {{\n"
    );
    for e in entries {
        let _ = writeln!(out, "    {}i32 => {ident}::{},", e.value, e.name);
    }
    out.push_str("};\n");
    out
}

/// Plain static arrays of the names, values and descriptions: the floor of the build-time
/// comparison and the baseline of the accessor benchmarks.
#[must_use]
pub fn arrays(prefix: &str, entries: &[Entry]) -> String {
    let n = entries.len();
    let mut out = format!("/// The names.\npub static {prefix}_NAMES: [&str; {n}] = [\n");
    for e in entries {
        let _ = writeln!(out, "    {:?},", e.name);
    }
    let _ = write!(
        out,
        "];\n/// The values.\npub static {prefix}_VALUES: [i32; {n}] = [\n"
    );
    for e in entries {
        let _ = writeln!(out, "    {},", e.value);
    }
    let _ = write!(
        out,
        "];\n/// The descriptions.\npub static {prefix}_DESCRIPTIONS: [&str; {n}] = [\n"
    );
    for e in entries {
        let _ = writeln!(out, "    {:?},", e.description);
    }
    out.push_str("];\n");
    out
}

/// What a table of the run-time benchmark is looked up by: [`peers`] writes the competitors
/// of these lookups only, to keep the build short.
pub const BY_NAME: u8 = 1;
/// See [`BY_NAME`].
pub const BY_VALUE: u8 = 2;
/// num_enum's `TryFromPrimitive` as well (the derive is a dependency of the benchmark only).
pub const NUM_ENUM: u8 = 4;

/// One generated table of the run-time benchmark (`benches/lookup.rs`).
#[derive(Clone, Debug)]
pub struct LookupTable {
    /// Its module: `sparse_N`, `dense_N` or `prefixed_N`.
    pub ident: String,
    /// Its entries.
    pub entries: Vec<Entry>,
    /// What it is looked up by ([`BY_NAME`], [`BY_VALUE`]).
    pub what: u8,
}

/// The generated tables of the run-time benchmark: each size of [`SIZES`] sparse (by name
/// and by value), dense (by value) and, up to [`PREFIXED_MAX`] entries, with prefixed names
/// (by name).
#[must_use]
pub fn lookup_tables() -> Vec<LookupTable> {
    let mut out = Vec::new();
    for &len in &SIZES {
        let sparse = table(len, SEED);
        out.push(LookupTable {
            ident: format!("dense_{len}"),
            entries: dense(&sparse, DENSE_START),
            what: BY_VALUE,
        });
        out.push(LookupTable {
            ident: format!("sparse_{len}"),
            entries: sparse,
            what: BY_NAME | BY_VALUE,
        });
        if len <= PREFIXED_MAX {
            out.push(LookupTable {
                ident: format!("prefixed_{len}"),
                entries: prefixed_table(len, SEED, PREFIX),
                what: BY_NAME,
            });
        }
    }
    out
}

/// The competitors of a table of the run-time benchmark, as items of its module: `Peer`
/// (strum's `EnumString`, `match_from_name` and `PHF_NAMES` for [`BY_NAME`]; `FromRepr`,
/// `match_from_value`, `PHF_VALUES` and the static arrays `TABLE_NAMES`, `TABLE_VALUES`,
/// `TABLE_DESCRIPTIONS` for [`BY_VALUE`]; num_enum's `TryFromPrimitive` for [`NUM_ENUM`]).
#[must_use]
pub fn peers(entries: &[Entry], what: u8) -> String {
    let by_name = what & BY_NAME != 0;
    let by_value = what & BY_VALUE != 0;
    let mut out = String::new();
    let mut derives = Vec::new();
    if by_name {
        derives.push("strum::EnumString");
    }
    if by_value {
        derives.push("strum::FromRepr");
        out.push_str(&arrays("TABLE", entries));
    }
    if what & NUM_ENUM != 0 {
        derives.push("num_enum::TryFromPrimitive");
    }
    out.push_str(&value_enum("Peer", entries, &derives, false));
    out.push_str(&match_lookups("Peer", entries, by_name, by_value));
    if by_name {
        out.push_str(&phf_names("PHF_NAMES", "Peer", entries));
    }
    if by_value {
        out.push_str(&phf_values("PHF_VALUES", "Peer", entries));
    }
    out
}

/// The four versions of a table that the build-time comparison compiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    /// `define_codes!`.
    Codetable,
    /// strum's derives: `EnumString`, `FromRepr`, `Display`, `EnumIter`, `IntoStaticStr`,
    /// and `EnumMessage` for the descriptions.
    Strum,
    /// An enum with hand-written `match` lookups.
    Match,
    /// The enum (`#[repr(i32)]`, the values as discriminants, as `define_codes!` writes it)
    /// and static arrays of the names, values and descriptions: no per-variant derive or
    /// `match`, no lookups, no list of the variants.
    Floor,
}

impl Flavor {
    /// Every flavor, in the order of the report.
    pub const ALL: [Flavor; 4] = [
        Flavor::Floor,
        Flavor::Codetable,
        Flavor::Match,
        Flavor::Strum,
    ];

    /// The flavor's name on the command line and in the report.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Flavor::Codetable => "define_codes",
            Flavor::Strum => "strum",
            Flavor::Match => "match",
            Flavor::Floor => "floor",
        }
    }
}

/// `static ALL: [Table; N]`, every variant in order.
fn all_array(entries: &[Entry]) -> String {
    let mut out = format!("static ALL: [Table; {}] = [", entries.len());
    for e in entries {
        let _ = write!(out, "Table::{}, ", e.name);
    }
    out.push_str("];\n");
    out
}

/// The `main.rs` of a build-time crate: the table as `flavor`, and a `main` that reaches
/// every lookup (so that none is left out of code generation) from its arguments.
#[must_use]
pub fn program(flavor: Flavor, entries: &[Entry]) -> String {
    let body = match flavor {
        Flavor::Codetable => format!(
            "{}\nfn lookup(arg: &str) -> Option<(&'static str, i32, &'static str)> {{\n    \
             let code = arg.parse().ok().and_then(Table::from_value).or_else(|| arg.parse::<Table>().ok())?;\n    \
             Some((code.name(), code.value(), code.description()))\n}}\n\
             fn count() -> usize {{\n    Table::all().len()\n}}\n",
            define_codes("codetable", "Table", entries)
        ),
        Flavor::Strum => format!(
            "use strum::{{EnumMessage, IntoEnumIterator}};\n{}\n\
             fn lookup(arg: &str) -> Option<(&'static str, i32, &'static str)> {{\n    \
             let code = arg.parse().ok().and_then(Table::from_repr).or_else(|| arg.parse::<Table>().ok())?;\n    \
             println!(\"{{code}}\");\n    \
             Some((code.into(), code as i32, code.get_message().unwrap_or_default()))\n}}\n\
             fn count() -> usize {{\n    Table::iter().count()\n}}\n",
            value_enum("Table", entries, &STRUM_DERIVES, true)
        ),
        Flavor::Match => format!(
            "{}{}\nfn lookup(arg: &str) -> Option<(&'static str, i32, &'static str)> {{\n    \
             let code = arg.parse().ok().and_then(Table::match_from_value).or_else(|| Table::match_from_name(arg))?;\n    \
             Some((code.match_name(), code.match_value(), code.match_description()))\n}}\n\
             {}\nfn count() -> usize {{\n    ALL.len()\n}}\n",
            value_enum("Table", entries, &[], false),
            match_impl("Table", entries),
            all_array(entries),
        ),
        Flavor::Floor => format!(
            "#[allow(dead_code)]\n{}{}\n\
             fn lookup(arg: &str) -> Option<(&'static str, i32, &'static str)> {{\n    \
             let i = arg.parse::<usize>().ok()?;\n    \
             Some((T_NAMES.get(i)?, T_VALUES[i], T_DESCRIPTIONS[i]))\n}}\n\
             fn count() -> usize {{\n    T_NAMES.len()\n}}\n",
            value_enum("Table", entries, &[], false),
            arrays("T", entries),
        ),
    };
    format!(
        "{body}\nfn main() {{\n    for arg in std::env::args().skip(1) {{\n        \
         if let Some((name, value, description)) = lookup(&arg) {{\n            \
         println!(\"{{name}} ({{value}}): {{description}}\");\n        }}\n    }}\n    \
         println!(\"{{}}\", count());\n}}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixed_tables_share_the_prefix_and_keep_the_shape() {
        let entries = prefixed_table(500, SEED, PREFIX);
        let names: HashSet<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names.len(), entries.len());
        for e in &entries {
            assert!(e.name.starts_with(PREFIX), "{}", e.name);
            assert!((10..=40).contains(&e.name.len()), "{}", e.name);
        }
        for name in missing_prefixed_names(&entries, 200, SEED, PREFIX) {
            assert!(name.starts_with(PREFIX) && !names.contains(name.as_str()));
        }
        // Without a prefix, the tables of earlier runs: a small one is a larger one's start.
        assert_eq!(table(8, SEED)[..], table(1000, SEED)[..8]);
        assert_ne!(table(8, SEED), prefixed_table(8, SEED, PREFIX));
    }

    /// Whether `a` and `b` have the same length and differ in exactly one byte.
    fn changed(a: &str, b: &str) -> bool {
        let diff = a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count();
        a.len() == b.len() && diff == 1
    }

    /// Whether one of `a` and `b` is the other with one byte removed.
    fn resized(a: &str, b: &str) -> bool {
        let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
        long.len() == short.len() + 1
            && (0..long.len()).any(|i| [&long[..i], &long[i + 1..]].concat() == short)
    }

    #[test]
    fn near_misses_differ_by_one_byte() {
        let entries = table(40, SEED);
        let names: HashSet<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        for (near, edit) in [
            (Near::Changed, changed as fn(&str, &str) -> bool),
            (Near::Resized, resized),
        ] {
            let misses = near_names(&entries, 300, SEED, near);
            assert_eq!(misses.len(), 300);
            for miss in &misses {
                assert!(!names.contains(miss.as_str()), "{miss}");
                assert!(names.iter().any(|name| edit(name, miss)), "{near:?} {miss}");
            }
        }
        assert!(!changed("ABC", "ABC") && !changed("ABC", "ABD_") && changed("ABC", "ABD"));
        assert!(!resized("ABC", "ABC") && !resized("ABC", "AC_") && resized("ABC", "AC"));
    }

    #[test]
    fn hits_cover_every_position_evenly_and_misses_miss() {
        for (len, count) in [(8, 1000), (40, 1000), (1000, 1000), (5000, 5000)] {
            let hits = hits(len, count, SEED);
            assert_eq!(hits.len(), count);
            let mut seen = vec![0usize; len];
            for &i in &hits {
                seen[i] += 1;
            }
            let (min, max) = (seen.iter().min(), seen.iter().max());
            assert!(
                max.zip(min).is_some_and(|(max, min)| max - min <= 1),
                "{len}"
            );
        }
        let dense = dense(&table(64, SEED), DENSE_START);
        assert!(dense.iter().zip(DENSE_START..).all(|(e, v)| e.value == v));
        let misses = missing_dense_values(DENSE_START, 64, 1000, SEED);
        let (table, near) = (
            DENSE_START..DENSE_START + 64,
            DENSE_START - 64..DENSE_START + 128,
        );
        assert!(misses
            .iter()
            .all(|v| !table.contains(v) && near.contains(v)));
        assert!(misses.iter().any(|&v| v < DENSE_START) && misses.iter().any(|&v| v > DENSE_START));
    }
}
