//! Writes one version of a generated table as a program, for `compile_time.py`.
//!
//! `gen-table FLAVOR ENTRIES` prints the `main.rs`; FLAVOR is `floor`, `define_codes`,
//! `match` or `strum`.

use codetable_benches::gen::{self, Flavor};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [flavor, len] = args.as_slice() else {
        eprintln!("usage: gen-table floor|define_codes|match|strum ENTRIES");
        return ExitCode::FAILURE;
    };
    let Some(flavor) = Flavor::ALL.into_iter().find(|f| f.name() == flavor) else {
        eprintln!("unknown flavor {flavor}");
        return ExitCode::FAILURE;
    };
    let Ok(len) = len.parse() else {
        eprintln!("ENTRIES must be a number, not {len}");
        return ExitCode::FAILURE;
    };
    print!("{}", gen::program(flavor, &gen::table(len, gen::SEED)));
    ExitCode::SUCCESS
}
