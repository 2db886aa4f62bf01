//! Run-time benchmarks: `define_codes!` lookups against strum 0.28, num_enum, `phf`, a
//! hand-written `match` and plain static arrays, on a generated 1,000-entry table and on
//! the Agora `NativeError` table.
//!
//! Every benchmark runs one lookup per input over 1,000 inputs (63 for `NativeError`
//! hits): hits in table order, hits in a fixed shuffled order, and misses. Divide the
//! time by the input count (criterion prints it as a throughput) for a time per lookup.
//!
//! `cargo bench -p codetable-benches --bench lookup`

use codetable::agora::native::NativeError;
use codetable_benches::gen::{self, Entry};
use codetable_benches::{Gen1000, GEN_DESCRIPTIONS, GEN_NAMES, GEN_VALUES};
use common::{config, run};
use criterion::{criterion_group, criterion_main, Criterion};
use std::str::FromStr;
use strum::EnumMessage;

mod common;

#[allow(
    clippy::unreadable_literal,
    clippy::too_many_lines,
    clippy::match_same_arms,
    clippy::doc_markdown,
    clippy::large_enum_variant
)]
mod other {
    include!(concat!(env!("OUT_DIR"), "/competitors.rs"));
}
use other::{
    OtherGen, OtherNative, GEN_PHF_NAMES, GEN_PHF_VALUES, NATIVE_DESCRIPTIONS, NATIVE_NAMES,
    NATIVE_PHF_NAMES, NATIVE_PHF_VALUES, NATIVE_VALUES,
};

/// The inputs of one table: hits in order and shuffled, and misses.
struct Inputs {
    names: [(&'static str, Vec<&'static str>); 3],
    values: [(&'static str, Vec<i32>); 3],
    positions: [(&'static str, Vec<usize>); 2],
}

impl Inputs {
    fn new(entries: &[Entry], misses: usize) -> Self {
        let order = gen::shuffled(entries.len(), gen::SEED);
        let names: Vec<&'static str> = entries.iter().map(|e| &*e.name.clone().leak()).collect();
        let values: Vec<i32> = entries.iter().map(|e| e.value).collect();
        let missing_names = gen::missing_names(entries, misses, gen::SEED)
            .into_iter()
            .map(|n| &*n.leak())
            .collect();
        Self {
            names: [
                ("hit_in_order", names.clone()),
                ("hit_shuffled", order.iter().map(|&i| names[i]).collect()),
                ("miss", missing_names),
            ],
            values: [
                ("hit_in_order", values.clone()),
                ("hit_shuffled", order.iter().map(|&i| values[i]).collect()),
                ("miss", gen::missing_values(entries, misses, gen::SEED)),
            ],
            positions: [
                ("in_order", (0..entries.len()).collect()),
                ("shuffled", order),
            ],
        }
    }
}

/// Every benchmark of one table. `$ours` is the `define_codes!` enum, `$other` the same
/// table with strum's and num_enum's derives and the hand-written `match`; the arrays and
/// `phf` maps hold the same entries.
macro_rules! suite {
    ($c:expr, $table:literal, $ours:ty, $other:ty, $inputs:expr,
     $names:expr, $values:expr, $descriptions:expr, $phf_names:expr, $phf_values:expr) => {{
        let inputs: &Inputs = $inputs;
        let c: &mut Criterion = $c;

        let mut group = c.benchmark_group(concat!($table, "/from_name"));
        for (order, names) in &inputs.names {
            run(&mut group, "define_codes", order, names, |n| {
                <$ours>::from_name(n)
            });
            run(
                &mut group,
                "define_codes_ignore_ascii_case",
                order,
                names,
                |n| <$ours>::from_name_ignore_ascii_case(n),
            );
            run(&mut group, "strum_from_str", order, names, |n| {
                <$other>::from_str(n).ok()
            });
            run(&mut group, "match", order, names, |n| {
                <$other>::match_from_name(n)
            });
            run(&mut group, "phf", order, names, |n| {
                $phf_names.get(n).copied()
            });
        }
        group.finish();

        let mut group = c.benchmark_group(concat!($table, "/from_value"));
        for (order, values) in &inputs.values {
            run(&mut group, "define_codes", order, values, |v| {
                <$ours>::from_value(v)
            });
            run(&mut group, "define_codes_decode", order, values, |v| {
                <$ours>::decode(v)
            });
            run(&mut group, "strum_from_repr", order, values, |v| {
                <$other>::from_repr(v)
            });
            run(&mut group, "num_enum", order, values, |v| {
                <$other>::try_from(v).ok()
            });
            run(&mut group, "match", order, values, |v| {
                <$other>::match_from_value(v)
            });
            run(&mut group, "phf", order, values, |v| {
                $phf_values.get(&v).copied()
            });
        }
        group.finish();

        for (what, index) in [("name", 0), ("value", 1), ("description", 2)] {
            let mut group = c.benchmark_group(format!("{}/{what}", $table));
            for (order, positions) in &inputs.positions {
                let ours: Vec<$ours> = positions.iter().map(|&i| <$ours>::all()[i]).collect();
                let other: Vec<$other> = positions
                    .iter()
                    .map(|&i| <$other>::from_repr($values[i]).expect("same table"))
                    .collect();
                match index {
                    0 => {
                        run(&mut group, "define_codes", order, &ours, |c| c.name());
                        run(&mut group, "static_array", order, positions, |i| $names[i]);
                        run(
                            &mut group,
                            "strum_into_str",
                            order,
                            &other,
                            <&'static str>::from,
                        );
                        run(&mut group, "match", order, &other, <$other>::match_name);
                    }
                    1 => {
                        run(&mut group, "define_codes", order, &ours, |c| c.value());
                        run(&mut group, "define_codes_as_i32", order, &ours, |c| {
                            c as i32
                        });
                        run(&mut group, "static_array", order, positions, |i| $values[i]);
                        run(&mut group, "as_i32", order, &other, |c| c as i32);
                    }
                    _ => {
                        run(&mut group, "define_codes", order, &ours, |c| {
                            c.description()
                        });
                        run(&mut group, "static_array", order, positions, |i| {
                            $descriptions[i]
                        });
                        run(&mut group, "strum_message", order, &other, |c| {
                            c.get_message()
                        });
                        run(
                            &mut group,
                            "match",
                            order,
                            &other,
                            <$other>::match_description,
                        );
                    }
                }
            }
            group.finish();
        }
    }};
}

fn generated(c: &mut Criterion) {
    let entries = gen::table(1000, gen::SEED);
    // The generator and the build script agree: the arrays hold the same table.
    assert!(entries.iter().zip(GEN_NAMES).all(|(e, n)| e.name == n));
    let inputs = Inputs::new(&entries, 1000);
    suite!(
        c,
        "gen1000",
        Gen1000,
        OtherGen,
        &inputs,
        GEN_NAMES,
        GEN_VALUES,
        GEN_DESCRIPTIONS,
        GEN_PHF_NAMES,
        GEN_PHF_VALUES
    );
}

fn native(c: &mut Criterion) {
    let entries: Vec<Entry> = NativeError::all()
        .iter()
        .map(|code| Entry {
            name: code.name().to_owned(),
            value: code.value(),
            description: code.description().to_owned(),
        })
        .collect();
    let inputs = Inputs::new(&entries, 1000);
    suite!(
        c,
        "native_error",
        NativeError,
        OtherNative,
        &inputs,
        NATIVE_NAMES,
        NATIVE_VALUES,
        NATIVE_DESCRIPTIONS,
        NATIVE_PHF_NAMES,
        NATIVE_PHF_VALUES
    );
}

criterion_group! {
    name = benches;
    config = config();
    targets = generated, native
}
criterion_main!(benches);
