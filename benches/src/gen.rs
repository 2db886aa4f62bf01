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

/// A name of 10 to 40 characters that starts with a letter and has no doubled or trailing
/// underscore.
fn name(rng: &mut Rng) -> String {
    const FIRST: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const REST: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    let len = 10 + rng.below(31);
    let mut out = String::with_capacity(len);
    out.push(char::from(FIRST[rng.below(FIRST.len())]));
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
    let mut rng = Rng::new(seed);
    let mut names = HashSet::new();
    let mut values = HashSet::new();
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        let name = name(&mut rng);
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
    let taken: HashSet<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    let mut rng = Rng::new(seed ^ 0x4E41_4D45);
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let name = name(&mut rng);
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
    let mut out =
        format!("#[allow(clippy::too_many_lines, clippy::match_same_arms)]\nimpl {ident} {{\n");
    let arms = |out: &mut String, head: &str, arm: &dyn Fn(&Entry) -> String, tail: &str| {
        out.push_str(head);
        for e in entries {
            out.push_str(&arm(e));
        }
        out.push_str(tail);
    };
    arms(
        &mut out,
        "    /// The code with this value.\n    #[must_use]\n    pub fn match_from_value(value: i32) -> Option<Self> {\n        match value {\n",
        &|e| format!("            {} => Some(Self::{}),\n", e.value, e.name),
        "            _ => None,\n        }\n    }\n",
    );
    arms(
        &mut out,
        "    /// The code with this name.\n    #[must_use]\n    pub fn match_from_name(name: &str) -> Option<Self> {\n        match name {\n",
        &|e| format!("            {:?} => Some(Self::{}),\n", e.name, e.name),
        "            _ => None,\n        }\n    }\n",
    );
    arms(
        &mut out,
        "    /// The code's name.\n    #[must_use]\n    pub fn match_name(self) -> &'static str {\n        match self {\n",
        &|e| format!("            Self::{} => {:?},\n", e.name, e.name),
        "        }\n    }\n",
    );
    arms(
        &mut out,
        "    /// The code's description.\n    #[must_use]\n    pub fn match_description(self) -> &'static str {\n        match self {\n",
        &|e| format!("            Self::{} => {:?},\n", e.name, e.description),
        "        }\n    }\n",
    );
    out.push_str(
        "    /// The code's value.\n    #[must_use]\n    pub fn match_value(self) -> i32 {\n        self as i32\n    }\n}\n",
    );
    out
}

/// `phf` maps from names and from values to the variants of `ident`.
#[must_use]
pub fn phf_maps(ident: &str, prefix: &str, entries: &[Entry]) -> String {
    let mut out = format!("/// Names to codes.\npub static {prefix}_PHF_NAMES: phf::Map<&'static str, {ident}> = phf::phf_map! {{\n");
    for e in entries {
        let _ = writeln!(out, "    {:?} => {ident}::{},", e.name, e.name);
    }
    let _ = write!(out, "}};\n/// Values to codes.\npub static {prefix}_PHF_VALUES: phf::Map<i32, {ident}> = phf::phf_map! {{\n");
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
             fn count() -> usize {{\n    Table::iter().count()\n}}\n",
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
