//! Generators of inputs: valid invocations (as a model that knows what the macro must
//! produce), random token trees, and mutations of token trees.

use crate::ast::Repr;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

pub const REPRS: [Repr; 8] = [
    Repr::I8,
    Repr::I16,
    Repr::I32,
    Repr::I64,
    Repr::U8,
    Repr::U16,
    Repr::U32,
    Repr::U64,
];

/// The bits the generated code passes to the layout's searches for a value of the table's
/// type: sign-extended for negative values, the value itself otherwise. Written
/// independently of `codetable_layout::build::value_bits`.
pub fn run_time_bits(value: i128) -> u64 {
    if value < 0 {
        u64::MAX - u64::try_from(-value - 1).expect("a 64-bit value")
    } else {
        u64::try_from(value).expect("a 64-bit value")
    }
}

// ---------------------------------------------------------------------------------------
// Valid tables.

/// How an alias names the code it stands for.
#[derive(Clone, Debug)]
pub enum AliasOf {
    /// `#[alias] NAME = value`: the value of an earlier variant.
    Value,
    /// `NAME = EARLIER` (the earlier entry's name as written), with or without `#[alias]`.
    Name { target: String, attr: bool },
}

/// One valid entry, and how it is written.
#[derive(Clone, Debug)]
pub struct EntryModel {
    pub docs: Vec<String>,
    pub deprecated: bool,
    /// `Some` for an alias, which becomes an associated constant, not a variant.
    pub alias: Option<AliasOf>,
    /// As written (may be `r#type`).
    pub ident: String,
    /// The value (of an alias by value: the value it repeats); in a string table, the
    /// index of the string in [`TableModel::strings`].
    pub value: Option<i128>,
    /// How the value is written: base (10, 16, 8, 2), underscores, suffix. A string is
    /// written as a raw string literal for base 16, else as a plain one.
    pub style: (u32, bool, bool),
    /// One per language of the table; none for an alias written without a description.
    pub descriptions: Vec<String>,
}

impl EntryModel {
    /// The name without `r#`.
    pub fn name(&self) -> &str {
        unraw(&self.ident)
    }

    /// What `details()` gives: the doc comment as the parser reads it (one leading space
    /// and trailing whitespace dropped from each line), blank lines at either end dropped.
    pub fn details(&self) -> String {
        let lines: Vec<&str> = self
            .docs
            .iter()
            .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
            .collect();
        let start = lines.iter().position(|l| !l.is_empty());
        let end = lines.iter().rposition(|l| !l.is_empty());
        match (start, end) {
            (Some(start), Some(end)) => lines[start..=end].join("\n"),
            _ => String::new(),
        }
    }
}

/// A name without `r#`.
pub fn unraw(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// One valid table.
#[derive(Clone, Debug)]
pub struct TableModel {
    pub docs: Vec<String>,
    /// `None`: no `#[langs]` (the table is in `en`).
    pub langs: Option<Vec<String>>,
    /// Descriptions written `{ lang: "..." }` in reverse order of the languages.
    pub reversed: bool,
    pub vis: &'static str,
    pub ident: String,
    /// `Repr::Str` for a string table.
    pub repr: Repr,
    /// A string table's values, distinct; the entries' values index them. Empty for an
    /// integer table.
    pub strings: Vec<String>,
    /// A string table's declared shape, which every value has.
    pub shape: ShapeModel,
    pub entries: Vec<EntryModel>,
}

/// `#[codes(len = .., max_len = .., chars = "..")]` of a string table: nothing declared by
/// default.
#[derive(Clone, Debug, Default)]
pub struct ShapeModel {
    pub len: Option<usize>,
    pub max_len: Option<usize>,
    /// The `chars` option as written.
    pub chars: Option<String>,
}

/// What a table must expand to: its variants in declaration order, and its aliases with the
/// position of the variant each stands for.
pub struct Layout<'a> {
    pub variants: Vec<&'a EntryModel>,
    pub aliases: Vec<(&'a EntryModel, usize)>,
}

impl TableModel {
    pub fn lang_count(&self) -> usize {
        self.langs.as_ref().map_or(1, Vec::len)
    }

    pub fn is_str(&self) -> bool {
        self.repr.is_str()
    }

    /// The string value of an entry of a string table.
    pub fn string_of(&self, entry: &EntryModel) -> Option<&str> {
        let index = usize::try_from(entry.value?).ok()?;
        self.strings.get(index).map(String::as_str)
    }

    /// Whether `entry` is written `NAME = _`: an entry without a value in a table where some
    /// entries have one.
    pub fn writes_no_value(&self, entry: &EntryModel) -> bool {
        entry.value.is_none()
            && entry.alias.is_none()
            && self
                .entries
                .iter()
                .any(|e| e.alias.is_none() && e.value.is_some())
    }

    /// The variants and aliases the entries declare.
    pub fn layout(&self) -> Layout<'_> {
        let mut layout = Layout {
            variants: Vec::new(),
            aliases: Vec::new(),
        };
        let mut by_name = HashMap::new();
        let mut by_value = HashMap::new();
        for entry in &self.entries {
            let position = match &entry.alias {
                None => {
                    let position = layout.variants.len();
                    layout.variants.push(entry);
                    if let Some(value) = entry.value {
                        by_value.insert(value, position);
                    }
                    position
                }
                Some(AliasOf::Value) => {
                    let value = entry.value.expect("an alias by value has one");
                    let target = by_value[&value];
                    layout.aliases.push((entry, target));
                    target
                }
                Some(AliasOf::Name { target, .. }) => {
                    let target = by_name[unraw(target)];
                    layout.aliases.push((entry, target));
                    target
                }
            };
            by_name.insert(entry.name(), position);
        }
        layout
    }
}

/// A valid invocation: tables with distinct names.
#[derive(Clone, Debug)]
pub struct InvocationModel {
    pub tables: Vec<TableModel>,
}

/// Writes a string value: a raw string literal (`r#"..."#`) when `raw` and the text allows
/// it, a plain literal with escapes otherwise.
fn write_string(out: &mut String, text: &str, raw: bool) {
    if raw && !text.contains("\"#") && !text.contains('\r') {
        let _ = write!(out, "r#\"{text}\"#");
    } else {
        let _ = write!(out, "{text:?}");
    }
}

/// Writes `value` in `base`. Decimal digits never start with `0` but for `0` itself (the
/// macro rejects C's octal `010`), and an underscore never comes first. An octal value with
/// a suffix is written as an expression, `(0o17_i128 as u8)`: a literal of another type,
/// cast to the table's.
fn write_value(
    out: &mut String,
    value: i128,
    (base, underscores, suffix): (u32, bool, bool),
    repr: Repr,
) {
    if base == 8 && suffix {
        let sign = if value < 0 { "-" } else { "" };
        let _ = write!(
            out,
            "({sign}0o{:o}_i128 as {})",
            value.unsigned_abs(),
            repr.name()
        );
        return;
    }
    let magnitude = value.unsigned_abs();
    if value < 0 {
        out.push_str("- ");
    }
    let digits = match base {
        16 => format!("0x{magnitude:X}"),
        8 => format!("0o{magnitude:o}"),
        2 => format!("0b{magnitude:b}"),
        _ => magnitude.to_string(),
    };
    if underscores && digits.len() > 3 {
        // `0x_1F`, `1_000`: an underscore after the first two characters.
        out.push_str(&digits[..2]);
        out.push('_');
        out.push_str(&digits[2..]);
    } else {
        out.push_str(&digits);
    }
    if suffix {
        out.push_str(repr.name());
    }
}

fn write_docs(out: &mut String, docs: &[String]) {
    for line in docs {
        // Doc comments and `#[doc = ...]` alternate, to exercise both.
        if line.len() % 2 == 0 && !line.starts_with('/') {
            let _ = writeln!(out, "///{line}");
        } else {
            let _ = writeln!(out, "#[doc = {line:?}]");
        }
    }
}

impl InvocationModel {
    /// The invocation's source text.
    pub fn source(&self) -> String {
        let mut out = String::new();
        for table in &self.tables {
            write_docs(&mut out, &table.docs);
            if let Some(langs) = &table.langs {
                let langs: Vec<String> = langs
                    .iter()
                    .map(|l| {
                        if l.contains('-') {
                            format!("{l:?}")
                        } else {
                            l.clone()
                        }
                    })
                    .collect();
                let _ = writeln!(out, "#[langs({})]", langs.join(", "));
            }
            let shape = &table.shape;
            let mut options = Vec::new();
            if let Some(chars) = &shape.chars {
                options.push(format!("chars = {chars:?}"));
            }
            if let Some(len) = shape.len {
                options.push(format!("len = {len}"));
            }
            if let Some(max) = shape.max_len {
                options.push(format!("max_len = {max}"));
            }
            if !options.is_empty() {
                let _ = writeln!(out, "#[codes({})]", options.join(", "));
            }
            let _ = writeln!(
                out,
                "{} enum {}: {} {{",
                table.vis,
                table.ident,
                table.repr.name()
            );
            for entry in &table.entries {
                write_docs(&mut out, &entry.docs);
                if entry.deprecated {
                    out.push_str("#[deprecated]\n");
                }
                if let Some(AliasOf::Value | AliasOf::Name { attr: true, .. }) = &entry.alias {
                    out.push_str("#[alias]\n");
                }
                out.push_str(&entry.ident);
                if let Some(AliasOf::Name { target, .. }) = &entry.alias {
                    let _ = write!(out, " = {target}");
                } else if let Some(text) = table.string_of(entry) {
                    out.push_str(" = ");
                    write_string(&mut out, text, entry.style.0 == 16);
                } else if let Some(value) = entry.value {
                    out.push_str(" = ");
                    write_value(&mut out, value, entry.style, table.repr);
                } else if table.writes_no_value(entry) {
                    out.push_str(" = _");
                }
                if entry.descriptions.is_empty() {
                    out.push_str(",\n");
                    continue;
                }
                out.push_str(" => ");
                match &table.langs {
                    None => {
                        let _ = write!(out, "{:?}", entry.descriptions[0]);
                    }
                    Some(langs) => {
                        let mut pairs: Vec<String> = langs
                            .iter()
                            .zip(&entry.descriptions)
                            .map(|(lang, text)| {
                                if lang.contains('-') {
                                    format!("{lang:?}: {text:?}")
                                } else {
                                    format!("{lang}: {text:?}")
                                }
                            })
                            .collect();
                        if table.reversed {
                            pairs.reverse();
                        }
                        let _ = write!(out, "{{ {} }}", pairs.join(", "));
                    }
                }
                out.push_str(",\n");
            }
            out.push_str("}\n");
        }
        out
    }

    pub fn tokens(&self) -> TokenStream {
        self.source().parse().expect("a valid table lexes")
    }
}

/// How the values of a table are spread.
#[derive(Clone, Copy, Debug)]
pub enum Spread {
    /// `base, base + 1, ...`
    Dense,
    /// Anywhere in the type's range.
    Sparse,
    /// A few clusters of neighbouring values.
    Clustered,
    /// Negative values (or the low end for unsigned types).
    Negative,
    /// The type's limits and their neighbours first.
    Limits,
}

pub fn spread() -> impl Strategy<Value = Spread> {
    prop_oneof![
        Just(Spread::Dense),
        Just(Spread::Sparse),
        Just(Spread::Clustered),
        Just(Spread::Negative),
        Just(Spread::Limits),
    ]
}

/// A number in `min..=max` from 64 random bits.
fn in_range(bits: u64, min: i128, max: i128) -> i128 {
    let span = u128::try_from(max - min).expect("max >= min") + 1;
    let offset = u128::from(bits) % span;
    min + i128::try_from(offset).expect("fits")
}

/// `n` values of type `repr` spread as `spread`, from random `bits`; may repeat (a repeat
/// becomes an `#[alias]` or is dropped by the caller).
pub fn values_for(repr: Repr, spread: Spread, n: usize, bits: &[u64]) -> Vec<i128> {
    let (min, max) = repr.range().expect("an integer type");
    let bit = |i: usize| {
        bits[i % bits.len()].rotate_left(u32::try_from(i / bits.len()).unwrap_or(0) * 7)
            ^ (i as u64).wrapping_mul(0x9E37_79B9)
    };
    let len = i128::try_from(n).expect("small");
    (0..n)
        .map(|i| {
            let i128_i = i128::try_from(i).expect("small");
            match spread {
                Spread::Dense => {
                    let base = in_range(bits[0], min, (max - len + 1).max(min));
                    (base + i128_i).min(max)
                }
                Spread::Sparse => in_range(bit(i), min, max),
                Spread::Clustered => {
                    let centre = in_range(bits[(i / 7) % bits.len()], min, max);
                    (centre + i128::from(u8::try_from(bit(i) % 16).expect("small")) - 8)
                        .clamp(min, max)
                }
                Spread::Negative => {
                    let top = if min < 0 { -1 } else { min + len * 3 };
                    in_range(bit(i), min.max(-len * 4 - 1), top.min(max))
                }
                Spread::Limits => match i % 6 {
                    0 => min,
                    1 => max,
                    2 => min + 1,
                    3 => max - 1,
                    4 => 0,
                    _ => in_range(bit(i), min, max),
                },
            }
        })
        .collect()
}

const LANG_POOL: [&str; 5] = ["en", "zh", "fr", "zh-Hans", "r#type"];

/// A description: any text, escapes and non-ASCII included.
fn description() -> impl Strategy<Value = String> {
    "[ -~àé中文\\n\\t\"\\\\]{0,12}".prop_map(|s| format!("{s}."))
}

fn doc_line() -> impl Strategy<Value = String> {
    "[ -~é中]{0,10}"
}

/// How names are formed.
#[derive(Clone, Copy, Debug)]
pub enum NameKind {
    /// `WORD_1`, `WORD_2`, ... with a long shared prefix.
    SharedPrefix,
    /// Random names, all of one length.
    OneLength,
    /// One word in every mix of pairs such as `À`/`à`, whose UTF-8 differs in the bit that
    /// `hash_name` folds for ASCII case: distinct names (even ignoring ASCII case) that all
    /// share one hash.
    FoldAlike,
    /// Random identifiers, raw keywords included.
    Random,
}

pub fn name_kind() -> impl Strategy<Value = NameKind> {
    prop_oneof![
        Just(NameKind::SharedPrefix),
        Just(NameKind::OneLength),
        Just(NameKind::FoldAlike),
        Just(NameKind::Random),
    ]
}

/// Whether `name` can name an entry without `r#`.
pub fn usable_name(name: &str) -> bool {
    syn::parse_str::<syn::Ident>(name).is_ok() && !crate::names::RESERVED.contains(&name)
}

/// `n` names of kind `kind`, from random `bits`, distinct ignoring ASCII case (as a table's
/// names must be). Fewer when the kind runs out.
pub fn names_for(kind: NameKind, n: usize, bits: &[u64]) -> Vec<String> {
    let mut out = Vec::with_capacity(n);
    let mut seen = HashSet::new();
    let mut push = |name: String| {
        if seen.insert(unraw(&name).to_ascii_lowercase()) {
            out.push(name);
        }
        seen.len()
    };
    let letter = |b: u64| {
        char::from(
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"[usize::try_from(b % 37).expect("small")],
        )
    };
    match kind {
        NameKind::SharedPrefix => {
            let prefix = "ERR_CONNECTION_REJECTED_BY_THE_REMOTE_SERVER_BECAUSE_OF_";
            for i in 0..n {
                push(format!("{prefix}{i}"));
            }
        }
        NameKind::OneLength => {
            let len = 6 + usize::try_from(bits[0] % 10).expect("small");
            let mut state = bits[0] | 1;
            let mut attempts = 0;
            let mut count = 0;
            while count < n && attempts < n * 4 {
                attempts += 1;
                let mut name = String::from("E");
                for _ in 1..len {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    name.push(letter(state));
                }
                count = push(name);
            }
        }
        NameKind::FoldAlike => {
            // Each name costs its table a probe per earlier one (`check_names` allows for
            // it): 2^8 names at most.
            let word = "ÀÉÎÕÜÇÑÅ";
            for i in 0..n.min(1 << 8) {
                let name: String = word
                    .chars()
                    .enumerate()
                    .map(|(bit, c)| {
                        if i >> bit & 1 == 1 {
                            c.to_lowercase().next().expect("a letter")
                        } else {
                            c
                        }
                    })
                    .collect();
                push(name);
            }
        }
        NameKind::Random => {
            const WORDS: [&str; 12] = [
                "r#type", "r#match", "r#fn", "Ok", "Err", "Some", "None", "Self_", "_x", "é",
                "ALLx", "名前",
            ];
            for i in 0..n {
                let b = bits[i % bits.len()].rotate_left(u32::try_from(i % 64).expect("small"));
                let name = if b % 5 == 0 {
                    format!(
                        "{}{}",
                        WORDS[usize::try_from(b % 12).expect("small")],
                        i / 12
                    )
                } else {
                    format!(
                        "{}{i}",
                        ["a", "B", "_c", "Dd", "e_E"][usize::try_from(b % 5).expect("small")]
                    )
                };
                push(name);
            }
        }
    }
    out.retain(|name| usable_name(name) || name.starts_with("r#"));
    if out.is_empty() {
        out.push("A".to_owned());
    }
    out
}

/// How a string table's values are formed.
#[derive(Clone, Copy, Debug)]
pub enum StringKind {
    /// Five digits or upper-case letters, as SQLSTATE's (`42P01`).
    SqlState,
    /// Lower-case words joined by `_`, as OAuth's (`invalid_grant`).
    Words,
    /// One word in many mixes of ASCII case (`abc`, `aBc`, `ABC`): distinct values that
    /// `hash_name`, which folds ASCII case, hashes alike.
    CaseMix,
    /// A long shared prefix (more than one 8-byte round of the hash) and a number.
    SharedPrefix,
    /// One to three bytes (the hash's short path): digits, letters and punctuation.
    Short,
    /// Any text: non-ASCII letters, combining marks, emoji, quotes, backslashes, controls.
    Unicode,
}

pub fn string_kind() -> impl Strategy<Value = StringKind> {
    prop_oneof![
        Just(StringKind::SqlState),
        Just(StringKind::Words),
        Just(StringKind::CaseMix),
        Just(StringKind::SharedPrefix),
        Just(StringKind::Short),
        Just(StringKind::Unicode),
    ]
}

/// `n` non-empty string values of kind `kind`, from random `bits`; every ninth repeats an
/// earlier one (a repeat becomes an `#[alias]` or is dropped by the caller), and others may
/// repeat by chance.
pub fn string_values(kind: StringKind, n: usize, bits: &[u64]) -> Vec<String> {
    let mut state = bits[0] | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pick = |pool: &[char], b: u64| pool[usize::try_from(b % pool.len() as u64).expect("small")];
    const SQLSTATE: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const WORDS: [&str; 10] = [
        "invalid", "request", "grant", "client", "scope", "token", "card", "declined", "rate",
        "exceeded",
    ];
    let sqlstate: Vec<char> = SQLSTATE.chars().collect();
    let short: Vec<char> = "0123456789aZ_-. /\\\"".chars().collect();
    let any: Vec<char> = [
        'a', 'Z', '0', 'é', 'É', 'ß', '中', '\u{301}', '"', '\\', '\n', '\t', ' ', '🦀', '-', '_',
        '\0', '\u{7f}', 'İ', '\u{202e}',
    ]
    .to_vec();
    let mut out: Vec<String> = Vec::with_capacity(n);
    for i in 0..n {
        if i % 9 == 8 {
            let earlier = usize::try_from(next() % i as u64).expect("small");
            out.push(out[earlier].clone());
            continue;
        }
        let text = match kind {
            StringKind::SqlState => (0..5).map(|_| pick(&sqlstate, next())).collect(),
            StringKind::Words => {
                let words = 1 + next() % 3;
                (0..words)
                    .map(|_| WORDS[usize::try_from(next() % 10).expect("small")])
                    .collect::<Vec<_>>()
                    .join("_")
            }
            StringKind::CaseMix => "abcdefghi"
                .chars()
                .enumerate()
                .map(|(bit, c)| {
                    if i >> bit & 1 == 1 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    }
                })
                .collect(),
            StringKind::SharedPrefix => {
                format!("ThrottlingExceptionFromTheService{}", next() % 1000)
            }
            StringKind::Short => {
                let len = 1 + next() % 3;
                (0..len).map(|_| pick(&short, next())).collect()
            }
            StringKind::Unicode => {
                let len = 1 + next() % 10;
                (0..len).map(|_| pick(&any, next())).collect()
            }
        };
        out.push(text);
    }
    out
}

/// A shape that every one of `values` has, as `bits` chooses: bit 0 declares `chars` (the
/// values' own characters, or a range that covers them), bit 1 `len` where the values share
/// one length, else bit 2 `max_len` (the longest, or up to 3 more).
pub fn shape_for(values: &[String], bits: u8) -> ShapeModel {
    let mut shape = ShapeModel::default();
    if bits & 1 != 0 {
        let mut chars: Vec<char> = values.iter().flat_map(|v| v.chars()).collect();
        chars.sort_unstable();
        chars.dedup();
        let within = |low: char, high: char| chars.iter().all(|c| (low..=high).contains(c));
        shape.chars = Some(if bits & 8 != 0 && within(' ', '~') {
            " -~".to_owned()
        } else if bits & 8 != 0
            && chars
                .iter()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        {
            "0-9A-Z".to_owned()
        } else {
            // A `-` first is itself, not a range.
            let dash = chars.contains(&'-');
            let rest: String = chars.into_iter().filter(|c| *c != '-').collect();
            if dash {
                format!("-{rest}")
            } else {
                rest
            }
        });
    }
    let lens: HashSet<usize> = values.iter().map(String::len).collect();
    let longest = lens.iter().copied().max().unwrap_or(1);
    if bits & 2 != 0 && lens.len() == 1 {
        shape.len = Some(longest);
    } else if bits & 4 != 0 {
        shape.max_len = Some(longest + usize::from(bits >> 4 & 3));
    }
    shape
}

/// A valid table of `1..=max_entries` entries.
pub fn table(max_entries: usize) -> impl Strategy<Value = TableModel> {
    let langs = prop_oneof![
        3 => Just(None),
        1 => proptest::sample::subsequence(LANG_POOL.to_vec(), 1..=3)
            .prop_shuffle()
            .prop_map(|l| Some(l.into_iter().map(|s| s.trim_start_matches("r#").to_owned()).collect::<Vec<_>>())),
    ];
    (
        proptest::collection::vec(doc_line(), 0..2),
        langs,
        any::<bool>(),
        select(vec!["", "pub", "pub(crate)", "pub(super)"]),
        select(REPRS.to_vec()),
        spread(),
        name_kind(),
        1..=max_entries,
        proptest::collection::vec(any::<u64>(), 1..8),
        proptest::collection::vec(
            (
                proptest::collection::vec(doc_line(), 0..2),
                proptest::bits::u8::ANY,
                select(vec![10, 16, 8, 2]),
                proptest::collection::vec(description(), 3),
                proptest::bits::u8::ANY,
            ),
            1..=max_entries.min(64),
        ),
        // A string table (1 in 3), its values' kind and its shape.
        prop_oneof![
            2 => Just(None),
            1 => (string_kind(), proptest::bits::u8::ANY).prop_map(Some),
        ],
    )
        .prop_map(
            |(docs, langs, reversed, vis, repr, spread, kind, n, bits, shapes, strings)| {
                let names = names_for(kind, n, &bits);
                // A string table's values are indices into its distinct strings.
                let (repr, values, strings, shape) = match strings {
                    None => (
                        repr,
                        values_for(repr, spread, names.len(), &bits),
                        Vec::new(),
                        ShapeModel::default(),
                    ),
                    Some((kind, shape)) => {
                        let texts = string_values(kind, names.len(), &bits);
                        let mut distinct: Vec<String> = Vec::new();
                        let mut index: HashMap<String, i128> = HashMap::new();
                        let values = texts
                            .into_iter()
                            .map(|text| {
                                *index.entry(text.clone()).or_insert_with(|| {
                                    distinct.push(text);
                                    i128::try_from(distinct.len() - 1).expect("small")
                                })
                            })
                            .collect();
                        let shape = shape_for(&distinct, shape);
                        (Repr::Str, values, distinct, shape)
                    }
                };
                let lang_count = langs.as_ref().map_or(1, Vec::len);
                let mut seen = HashSet::new();
                let entries = names
                    .iter()
                    .zip(values)
                    .enumerate()
                    .map(|(i, (ident, value))| {
                        let (docs, flags, base, descriptions, extra) =
                            shapes[i % shapes.len()].clone();
                        // flags: bit 0 deprecated, bit 1 no value, bit 2 underscores,
                        // bit 3 suffix, bit 4 a repeated value is an alias (else the entry
                        // goes without a value), bit 5 an alias goes without a description.
                        // extra: below 32 (1 in 8), an alias of an earlier entry by name,
                        // written with `#[alias]` when odd.
                        let mut value = (flags & 2 == 0).then_some(value);
                        let mut alias = None;
                        if i > 0 && extra < 32 {
                            let pick = bits[i % bits.len()] ^ u64::from(extra);
                            let at = usize::try_from(pick % i as u64).expect("small");
                            alias = Some(AliasOf::Name {
                                target: names[at].clone(),
                                attr: extra % 2 == 1,
                            });
                            value = None;
                        } else if let Some(v) = value {
                            if !seen.insert(v) {
                                if flags & 16 != 0 {
                                    alias = Some(AliasOf::Value);
                                } else {
                                    value = None;
                                }
                            }
                        }
                        let described = alias.is_none() || flags & 32 == 0;
                        EntryModel {
                            docs,
                            deprecated: flags & 1 != 0,
                            alias,
                            ident: ident.clone(),
                            value,
                            style: (base, flags & 4 != 0, flags & 8 != 0),
                            descriptions: descriptions
                                .into_iter()
                                .take(if described { lang_count } else { 0 })
                                .collect(),
                        }
                    })
                    .collect();
                TableModel {
                    docs,
                    langs,
                    reversed,
                    vis,
                    ident: String::new(),
                    repr,
                    strings,
                    shape,
                    entries,
                }
            },
        )
}

/// A valid invocation of 1 to 3 tables of at most `max_entries` entries each.
pub fn invocation(max_entries: usize) -> impl Strategy<Value = InvocationModel> {
    proptest::collection::vec(table(max_entries), 1..=3).prop_map(|tables| InvocationModel {
        tables: tables
            .into_iter()
            .enumerate()
            .map(|(i, table)| TableModel {
                ident: ["Codes", "r#Status", "E", "Errors_2"][i % 4].to_owned()
                    + &"x".repeat(i / 4),
                ..table
            })
            .collect(),
    })
}

// ---------------------------------------------------------------------------------------
// Token trees.

/// A token tree that can be written as source and read back.
#[derive(Clone, Debug)]
pub enum Tok {
    Ident(String),
    /// The character, and whether it is joined to a following punctuation character.
    Punct(char, bool),
    Literal(String),
    /// `(`, `[` or `{`, and the contents.
    Group(char, Vec<Tok>),
}

pub fn from_tokens(tokens: TokenStream) -> Vec<Tok> {
    tokens
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Ident(i) => Tok::Ident(i.to_string()),
            TokenTree::Punct(p) => {
                Tok::Punct(p.as_char(), p.spacing() == proc_macro2::Spacing::Joint)
            }
            TokenTree::Literal(l) => Tok::Literal(l.to_string()),
            TokenTree::Group(g) => {
                let open = match g.delimiter() {
                    Delimiter::Parenthesis => '(',
                    Delimiter::Bracket => '[',
                    Delimiter::Brace | Delimiter::None => '{',
                };
                Tok::Group(open, from_tokens(g.stream()))
            }
        })
        .collect()
}

/// Source text of the trees. Joint punctuation is written joined, except where that would
/// start a comment.
pub fn render(trees: &[Tok]) -> String {
    let mut out = String::new();
    render_into(trees, &mut out);
    out
}

fn render_into(trees: &[Tok], out: &mut String) {
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            Tok::Ident(s) | Tok::Literal(s) => out.push_str(s),
            Tok::Punct(c, joint) => {
                out.push(*c);
                let next = trees.get(i + 1);
                let joined = *joint
                    && matches!(next, Some(Tok::Punct(n, _)) if !(*c == '/' && matches!(n, '/' | '*')));
                if joined {
                    continue;
                }
            }
            Tok::Group(open, inner) => {
                let close = match open {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                out.push(*open);
                render_into(inner, out);
                out.push(close);
            }
        }
        out.push(' ');
    }
}

/// Literals that stress the value and description parsers.
pub fn literal() -> impl Strategy<Value = String> {
    let extremes = select(vec![
        "0",
        "-0",
        "9223372036854775807",
        "9223372036854775808",
        "18446744073709551615",
        "18446744073709551616",
        "0x8000_0000",
        "0x7FFF_FFFF",
        "0xFFFF_FFFF",
        "0x8000_0000_0000_0000",
        "0xFFFF_FFFF_FFFF_FFFF",
        "0x1_0000_0000_0000_0000",
        "170141183460469231731687303715884105727",
        "170141183460469231731687303715884105728",
        "340282366920938463463374607431768211455",
        "999999999999999999999999999999999999999999",
        "128i8",
        "255u8",
        "256u8",
        "1u128",
        "1usize",
        "2147483648i32",
        "0b1111_1111",
        "0o777",
        "1.5",
        "1e10",
        "1.0f32",
        "'a'",
        "b'a'",
        "\"\"",
        "\"text\"",
        "r#\"raw\"#",
        "b\"bytes\"",
        "c\"c\"",
        "\"\\u{10FFFF}\\n\"",
    ]);
    prop_oneof![
        3 => extremes.prop_map(str::to_owned),
        1 => any::<i128>().prop_map(|n| n.unsigned_abs().to_string()),
        1 => (any::<u64>(), select(vec!["", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "i128"]))
            .prop_map(|(n, s)| format!("0x{n:x}_{s}")),
        1 => (any::<i64>(), select(vec!["", "i8", "i32", "i64", "u64"])).prop_map(|(n, s)| format!("{}{s}", n.unsigned_abs())),
    ]
}

const IDENTS: [&str; 36] = [
    "enum",
    "pub",
    "crate",
    "struct",
    "fn",
    "Self",
    "self",
    "r#type",
    "r#enum",
    "i8",
    "i32",
    "u64",
    "u128",
    "f32",
    "String",
    "langs",
    "codes",
    "alias",
    "deprecated",
    "doc",
    "derive",
    "repr",
    "cfg",
    "note",
    "en",
    "zh",
    "all",
    "name",
    "from_value",
    "from_name_ignore_ascii_case",
    "A",
    "B",
    "OK",
    "_",
    "é",
    "x",
];

const PUNCTS: [char; 16] = [
    '=', '>', ',', ':', ';', '#', '!', '-', '<', '.', '*', '&', '|', '+', '?', '@',
];

pub fn leaf() -> impl Strategy<Value = Tok> {
    prop_oneof![
        3 => select(IDENTS.to_vec()).prop_map(|s| Tok::Ident(s.to_owned())),
        1 => "[a-zA-Z][a-zA-Z0-9_]{0,6}".prop_map(Tok::Ident),
        3 => (select(PUNCTS.to_vec()), any::<bool>()).prop_map(|(c, j)| Tok::Punct(c, j)),
        2 => literal().prop_map(Tok::Literal),
    ]
}

/// Random token trees, up to three groups deep.
pub fn trees(max_len: usize) -> impl Strategy<Value = Vec<Tok>> {
    let tree = leaf().prop_recursive(3, 48, 8, |inner| {
        (
            select(vec!['(', '[', '{']),
            proptest::collection::vec(inner, 0..8),
        )
            .prop_map(|(open, inner)| Tok::Group(open, inner))
    });
    proptest::collection::vec(tree, 0..max_len)
}

/// An edit of a token tree.
#[derive(Clone, Debug)]
pub enum Mutation {
    Delete(Index),
    Duplicate(Index),
    /// Swaps a tree with the one after it.
    Swap(Index),
    Replace(Index, Tok),
    Insert(Index, Tok),
    /// Replaces a literal (the index counts literals only) by another.
    ChangeLiteral(Index, String),
    /// Replaces a value's literal and an optional leading `-` by an extreme value.
    ExtremeValue(Index, String),
}

pub fn mutation() -> impl Strategy<Value = Mutation> {
    let extreme = prop_oneof![
        select(vec![
            "- 9223372036854775808", // i64::MIN
            "-9223372036854775809",
            "18446744073709551615", // u64::MAX
            "- 18446744073709551615",
            "0x8000_0000", // one past i32::MAX
            "- 0x8000_0000",
            "- 0x8000_0001",
            "0xFFFF_FFFF",
            "- 128",
            "255",
            "- 170141183460469231731687303715884105728", // i128::MIN
            "170141183460469231731687303715884105728",
            "0u64",
            "- 1u64",
            "- - 1",
        ])
        .prop_map(str::to_owned),
        (select(REPRS.to_vec()), 0..4u8).prop_map(|(r, which)| {
            let (min, max) = r.range().expect("an integer type");
            match which {
                0 => format!("- {}", min.unsigned_abs()),
                1 => max.to_string(),
                2 => format!("- {}", (min - 1).unsigned_abs()),
                _ => (max + 1).to_string(),
            }
            .replace("- 0", "0")
        }),
    ];
    prop_oneof![
        2 => any::<Index>().prop_map(Mutation::Delete),
        1 => any::<Index>().prop_map(Mutation::Duplicate),
        1 => any::<Index>().prop_map(Mutation::Swap),
        2 => (any::<Index>(), leaf()).prop_map(|(i, t)| Mutation::Replace(i, t)),
        1 => (any::<Index>(), leaf()).prop_map(|(i, t)| Mutation::Insert(i, t)),
        2 => (any::<Index>(), literal()).prop_map(|(i, l)| Mutation::ChangeLiteral(i, l)),
        2 => (any::<Index>(), extreme).prop_map(|(i, l)| Mutation::ExtremeValue(i, l)),
    ]
}

/// Addresses of the trees: the indices from the top down.
fn addresses(
    trees: &[Tok],
    prefix: &mut Vec<usize>,
    out: &mut Vec<Vec<usize>>,
    keep: &impl Fn(&Tok) -> bool,
) {
    for (i, tree) in trees.iter().enumerate() {
        prefix.push(i);
        if keep(tree) {
            out.push(prefix.clone());
        }
        if let Tok::Group(_, inner) = tree {
            addresses(inner, prefix, out, keep);
        }
        prefix.pop();
    }
}

/// The list that holds the tree at `address`, and its index there.
fn parent<'a>(trees: &'a mut Vec<Tok>, address: &[usize]) -> (&'a mut Vec<Tok>, usize) {
    match address {
        [i] => (trees, *i),
        [i, rest @ ..] => match &mut trees[*i] {
            Tok::Group(_, inner) => parent(inner, rest),
            _ => unreachable!("addresses lead through groups"),
        },
        [] => unreachable!("an address is not empty"),
    }
}

fn pick(trees: &[Tok], index: &Index, keep: impl Fn(&Tok) -> bool) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    addresses(trees, &mut Vec::new(), &mut out, &keep);
    (!out.is_empty()).then(|| out.swap_remove(index.index(out.len())))
}

fn lex(text: &str) -> Vec<Tok> {
    text.parse().map(from_tokens).unwrap_or_default()
}

/// Applies `mutation` to `trees`; a mutation with nothing to act on does nothing.
pub fn apply(trees: &mut Vec<Tok>, mutation: &Mutation) {
    let any = |_: &Tok| true;
    match mutation {
        Mutation::Delete(i) => {
            if let Some(a) = pick(trees, i, any) {
                let (list, at) = parent(trees, &a);
                list.remove(at);
            }
        }
        Mutation::Duplicate(i) => {
            if let Some(a) = pick(trees, i, any) {
                let (list, at) = parent(trees, &a);
                let copy = list[at].clone();
                list.insert(at, copy);
            }
        }
        Mutation::Swap(i) => {
            if let Some(a) = pick(trees, i, any) {
                let (list, at) = parent(trees, &a);
                if at + 1 < list.len() {
                    list.swap(at, at + 1);
                }
            }
        }
        Mutation::Replace(i, tok) => {
            if let Some(a) = pick(trees, i, any) {
                let (list, at) = parent(trees, &a);
                list[at] = tok.clone();
            }
        }
        Mutation::Insert(i, tok) => match pick(trees, i, any) {
            Some(a) => {
                let (list, at) = parent(trees, &a);
                list.insert(at, tok.clone());
            }
            None => trees.push(tok.clone()),
        },
        Mutation::ChangeLiteral(i, text) => {
            if let Some(a) = pick(trees, i, |t| matches!(t, Tok::Literal(_))) {
                let (list, at) = parent(trees, &a);
                list.splice(at..=at, lex(text));
            }
        }
        Mutation::ExtremeValue(i, text) => {
            let value = |t: &Tok| matches!(t, Tok::Literal(l) if l.starts_with(|c: char| c.is_ascii_digit()));
            if let Some(a) = pick(trees, i, value) {
                let (list, at) = parent(trees, &a);
                let start = if at > 0 && matches!(list[at - 1], Tok::Punct('-', _)) {
                    at - 1
                } else {
                    at
                };
                list.splice(start..=at, lex(text));
            }
        }
    }
}
