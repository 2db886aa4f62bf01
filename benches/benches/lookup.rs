//! Run-time benchmarks of issue 14's targets 1 to 3: `define_codes!` lookups and accessors
//! against strum 0.28, a hand-written `match`, `phf` maps and plain static arrays, on
//! generated tables of 8, 16, 40, 64, 256, 1,000 and 5,000 entries and on the Agora
//! `NativeError` table (63 entries).
//!
//! Each size has three tables (`build.rs`, from `src/gen.rs` with a fixed seed): *sparse*
//! (values anywhere in the `i32` range), *dense* (the same names, values `1000, 1001, ...`
//! in order) and, up to 1,000 entries, *prefixed* (other names, all starting with `ERR_`).
//! The benchmarks:
//!
//! - `from_name/{random,prefixed}/{hit,miss,near_changed,near_resized}`: by name on the
//!   sparse table (random names) and on the prefixed one, with hits in shuffled order,
//!   random names of the same shape that are no entry's (with the prefix on the prefixed
//!   table), an entry's name with one byte replaced (same length), and with one byte
//!   inserted or removed (one longer or shorter). `NativeError` is among the prefixed.
//! - `from_value/{dense,sparse}/{hit,miss}`: by value, hits in shuffled order; misses near
//!   the dense table's range (within its length below or above it) or anywhere in the
//!   `i32` range for the sparse one. `NativeError` is among the sparse.
//! - `{name,description,value}/{dense,sparse}`: the accessors of codes in shuffled order
//!   against reading a static array at their positions (`TABLE_NAMES[i]`).
//! - At 40 and 1,000 entries the same groups also time the trait's lookups through a
//!   generic function (`Code::from_value`, `Code::from_name`: the inherent `const fn`s
//!   behind the trait), `from_name_ignore_ascii_case` and `decode`; at `NativeError`,
//!   num_enum's `TryFromPrimitive` too.
//!
//! Every benchmark runs one lookup per input over `max(entries, 1,000)` inputs (hits cycle
//! through the entries in a new shuffled order each round), the inputs hidden from the
//! optimizer and every result kept (`common::run`); each is named `group/who/size`, and
//! criterion's throughput is the input count, so a time per lookup is the median divided
//! by it (`benches/summarize.py`).
//!
//! `cargo bench -p codetable-benches --bench lookup [-- FILTER]`

use codetable::Code;
use codetable_benches::gen::{self, Entry, Near};
use common::{config, run};
use criterion::{criterion_group, criterion_main, Criterion};
use std::str::FromStr;

mod common;

#[allow(
    clippy::unreadable_literal,
    clippy::too_many_lines,
    clippy::match_same_arms,
    clippy::doc_markdown,
    clippy::large_enum_variant
)]
mod tables {
    include!(concat!(env!("OUT_DIR"), "/lookup.rs"));
}

/// The sizes at which the trait, `from_name_ignore_ascii_case` and `decode` are timed too.
const EXTRA_SIZES: [usize; 2] = [40, 1000];

/// How many inputs a benchmark of a table of `len` entries runs.
fn input_count(len: usize) -> usize {
    len.max(1000)
}

fn leak(strings: Vec<String>) -> Vec<&'static str> {
    strings.into_iter().map(|s| &*s.leak()).collect()
}

/// The inputs by name: hits, misses, near misses of the same length and of another length.
fn name_inputs(entries: &[Entry], prefix: &str) -> Vec<(&'static str, Vec<&'static str>)> {
    let count = input_count(entries.len());
    let names = leak(entries.iter().map(|e| e.name.clone()).collect());
    let hits = gen::hits(entries.len(), count, gen::SEED);
    vec![
        ("hit", hits.iter().map(|&i| names[i]).collect()),
        (
            "miss",
            leak(gen::missing_prefixed_names(
                entries,
                count,
                gen::SEED,
                prefix,
            )),
        ),
        (
            "near_changed",
            leak(gen::near_names(entries, count, gen::SEED, Near::Changed)),
        ),
        (
            "near_resized",
            leak(gen::near_names(entries, count, gen::SEED, Near::Resized)),
        ),
    ]
}

/// The inputs by value: hits, and misses near a dense table's range or anywhere.
fn value_inputs(entries: &[Entry], dense: bool) -> Vec<(&'static str, Vec<i32>)> {
    let count = input_count(entries.len());
    let hits = gen::hits(entries.len(), count, gen::SEED);
    let misses = if dense {
        gen::missing_dense_values(gen::DENSE_START, entries.len(), count, gen::SEED)
    } else {
        gen::missing_values(entries, count, gen::SEED)
    };
    vec![
        ("hit", hits.iter().map(|&i| entries[i].value).collect()),
        ("miss", misses),
    ]
}

/// The code with this value, through the trait from generic code.
fn trait_from_value<C: Code>(value: C::Value) -> Option<C> {
    C::from_value(value)
}

/// The code with this name, through the trait from generic code.
fn trait_from_name<C: Code>(name: &str) -> Option<C> {
    C::from_name(name)
}

/// Checks that module `$m` of `tables` holds `$entries`, in order.
macro_rules! check_table {
    ($m:ident, $entries:expr) => {{
        use tables::$m::Codes;
        let entries: &[Entry] = $entries;
        assert_eq!(Codes::all().len(), entries.len());
        for (code, e) in Codes::all().iter().zip(entries) {
            assert_eq!((code.name(), *code as i32), (e.name.as_str(), e.value));
        }
    }};
}

/// The lookups by name of module `$m` of `tables`, in the groups `from_name/$shape/INPUT`.
macro_rules! by_name {
    ($c:expr, $shape:literal, $label:expr, $m:ident, $entries:expr, $prefix:expr) => {{
        use tables::$m::{Codes, Peer, PHF_NAMES};
        check_table!($m, $entries);
        let label: &str = $label;
        let extras = EXTRA_SIZES.contains(&$entries.len());
        for (input, names) in &name_inputs($entries, $prefix) {
            // All agree on every input, and it hits or misses as its set says.
            for &n in names {
                let ours = Codes::from_name(n).map(|c| c as i32);
                assert_eq!(ours.is_some(), *input == "hit", "{n}");
                assert_eq!(Peer::from_str(n).ok().map(|p| p as i32), ours, "{n}");
                assert_eq!(Peer::match_from_name(n).map(|p| p as i32), ours, "{n}");
                assert_eq!(PHF_NAMES.get(n).map(|&p| p as i32), ours, "{n}");
            }
            let mut group = $c.benchmark_group(format!("from_name/{}/{input}", $shape));
            run(&mut group, "codetable", label, names, Codes::from_name);
            run(&mut group, "strum", label, names, |n| {
                Peer::from_str(n).ok()
            });
            run(&mut group, "match", label, names, Peer::match_from_name);
            run(&mut group, "phf", label, names, |n| {
                PHF_NAMES.get(n).copied()
            });
            if extras && *input != "near_resized" {
                if *input == "hit" {
                    run(
                        &mut group,
                        "codetable_trait",
                        label,
                        names,
                        trait_from_name::<Codes>,
                    );
                }
                run(
                    &mut group,
                    "codetable_ignore_ascii_case",
                    label,
                    names,
                    Codes::from_name_ignore_ascii_case,
                );
            }
            group.finish();
        }
    }};
}

/// The lookups by value of module `$m` of `tables`, in the groups `from_value/$shape/INPUT`;
/// num_enum's too when `$num_enum`.
macro_rules! by_value {
    ($c:expr, $shape:literal, $label:expr, $m:ident, $entries:expr, $num_enum:tt) => {{
        use tables::$m::{Codes, Peer, PHF_VALUES};
        check_table!($m, $entries);
        let (shape, label): (&str, &str) = ($shape, $label);
        let extras = EXTRA_SIZES.contains(&$entries.len());
        for (input, values) in &value_inputs($entries, shape == "dense") {
            for &v in values {
                let ours = Codes::from_value(v).map(|c| c as i32);
                assert_eq!(ours.is_some(), *input == "hit", "{v}");
                assert_eq!(Peer::from_repr(v).map(|p| p as i32), ours, "{v}");
                assert_eq!(Peer::match_from_value(v).map(|p| p as i32), ours, "{v}");
                assert_eq!(PHF_VALUES.get(&v).map(|&p| p as i32), ours, "{v}");
            }
            let mut group = $c.benchmark_group(format!("from_value/{shape}/{input}"));
            run(&mut group, "codetable", label, values, Codes::from_value);
            run(&mut group, "strum", label, values, Peer::from_repr);
            run(&mut group, "match", label, values, Peer::match_from_value);
            run(&mut group, "phf", label, values, |v| PHF_VALUES.get(&v).copied());
            if extras && *input == "hit" {
                run(
                    &mut group,
                    "codetable_trait",
                    label,
                    values,
                    trait_from_value::<Codes>,
                );
            }
            if extras && shape == "sparse" {
                run(&mut group, "codetable_decode", label, values, Codes::decode);
            }
            by_value!(@num_enum $num_enum, group, label, values, Peer);
            group.finish();
        }
    }};
    (@num_enum true, $group:ident, $label:ident, $values:ident, $peer:ty) => {
        run(&mut $group, "num_enum", $label, $values, |v| {
            <$peer>::try_from(v).ok()
        });
    };
    (@num_enum false, $($rest:tt)*) => {};
}

/// The accessors of module `$m` of `tables` against its static arrays, in the groups
/// `{name,description,value}/$shape`.
macro_rules! accessors {
    ($c:expr, $shape:literal, $label:expr, $m:ident, $entries:expr) => {{
        use tables::$m::{Codes, TABLE_DESCRIPTIONS, TABLE_NAMES, TABLE_VALUES};
        let label: &str = $label;
        let len = $entries.len();
        let positions = gen::hits(len, input_count(len), gen::SEED ^ 0x4143_4345);
        let codes: Vec<Codes> = positions.iter().map(|&i| Codes::all()[i]).collect();
        for (&i, code) in positions.iter().zip(&codes) {
            assert_eq!(code.name(), TABLE_NAMES[i]);
            assert_eq!(code.description(), TABLE_DESCRIPTIONS[i]);
            assert_eq!(code.value(), TABLE_VALUES[i]);
        }
        let mut group = $c.benchmark_group(format!("name/{}", $shape));
        run(&mut group, "codetable", label, &codes, Codes::name);
        run(&mut group, "array", label, &positions, |i| TABLE_NAMES[i]);
        group.finish();
        let mut group = $c.benchmark_group(format!("description/{}", $shape));
        run(&mut group, "codetable", label, &codes, Codes::description);
        run(&mut group, "array", label, &positions, |i| {
            TABLE_DESCRIPTIONS[i]
        });
        group.finish();
        let mut group = $c.benchmark_group(format!("value/{}", $shape));
        run(&mut group, "codetable", label, &codes, Codes::value);
        run(&mut group, "array", label, &positions, |i| TABLE_VALUES[i]);
        group.finish();
    }};
}

/// Every benchmark of one size, from its modules (no prefixed one above
/// `gen::PREFIXED_MAX` entries).
macro_rules! size {
    ($c:expr, $len:literal, $sparse:ident, $dense:ident $(, $prefixed:ident)?) => {{
        let sparse = gen::table($len, gen::SEED);
        let dense = gen::dense(&sparse, gen::DENSE_START);
        let label = stringify!($len);
        by_name!($c, "random", label, $sparse, &sparse, "");
        $(
            let prefixed = gen::prefixed_table($len, gen::SEED, gen::PREFIX);
            by_name!($c, "prefixed", label, $prefixed, &prefixed, gen::PREFIX);
        )?
        by_value!($c, "dense", label, $dense, &dense, false);
        by_value!($c, "sparse", label, $sparse, &sparse, false);
        accessors!($c, "dense", label, $dense, &dense);
        accessors!($c, "sparse", label, $sparse, &sparse);
    }};
}

fn generated(c: &mut Criterion) {
    assert_eq!(
        gen::SIZES,
        [8, 16, 40, 64, 256, 1000, 5000],
        "one size! per size"
    );
    assert_eq!(
        gen::PREFIXED_MAX,
        1000,
        "a prefixed table up to 1,000 entries"
    );
    size!(c, 8, sparse_8, dense_8, prefixed_8);
    size!(c, 16, sparse_16, dense_16, prefixed_16);
    size!(c, 40, sparse_40, dense_40, prefixed_40);
    size!(c, 64, sparse_64, dense_64, prefixed_64);
    size!(c, 256, sparse_256, dense_256, prefixed_256);
    size!(c, 1000, sparse_1000, dense_1000, prefixed_1000);
    size!(c, 5000, sparse_5000, dense_5000);
}

/// The Agora `NativeError` table: a real one, 63 codes named `ERR_...`, values from 0 to
/// 1,603 with gaps.
fn native(c: &mut Criterion) {
    use codetable::agora::native::NativeError;
    let entries: Vec<Entry> = NativeError::all()
        .iter()
        .map(|code| Entry {
            name: code.name().to_owned(),
            value: code.value(),
            description: code.description().to_owned(),
        })
        .collect();
    let label = "63_NativeError";
    by_name!(c, "prefixed", label, native, &entries, gen::PREFIX);
    by_value!(c, "sparse", label, native, &entries, true);
    accessors!(c, "sparse", label, native, &entries);
}

criterion_group! {
    name = benches;
    config = config();
    targets = generated, native
}
criterion_main!(benches);
