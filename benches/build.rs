//! Writes the generated 1,000-entry table (`gen1000.rs`, used by the library), the tables
//! of the run-time benchmark (`lookup.rs`: each size of [`gen::SIZES`] sparse, dense and
//! with prefixed names as `define_codes!`, their competitors being the crate
//! `codetable-bench-peers`'s; and the Agora `NativeError` with its competitors), and the
//! competitors of the examples' `SqlState` lookup by value (`sqlstate_competitors.rs`, used
//! by `benches/sqlstate.rs`).

use codetable::agora::native::NativeError;
use std::fmt::Write;
use std::path::PathBuf;

#[allow(dead_code)]
#[path = "src/gen.rs"]
mod gen;

/// The examples' SQLSTATE table, declared here from the same file for its codes (the
/// benchmark uses the examples crate's own build of it; a data file's path is relative to
/// the manifest of the crate that declares the table, this one).
#[allow(dead_code)]
mod sqlstate {
    codetable::define_codes! {
        /// PostgreSQL's SQLSTATE codes.
        #[codes(len = 5, chars = "0-9A-Z")]
        #[file("../examples/fixtures/errcodes.txt", format = errcodes, name_prefix = "ERRCODE_")]
        pub enum SqlState: str {}
    }
}

fn main() {
    println!("cargo::rerun-if-changed=src/gen.rs");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=../examples/fixtures/errcodes.txt");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let table = gen::table(1000, gen::SEED);

    let lib = gen::define_codes("codetable", "Gen1000", &table);
    std::fs::write(out.join("gen1000.rs"), lib).expect("write gen1000.rs");

    std::fs::write(out.join("lookup.rs"), lookup_tables()).expect("write lookup.rs");

    std::fs::write(out.join("sqlstate_competitors.rs"), sqlstate_competitors())
        .expect("write sqlstate_competitors.rs");
}

/// The tables of `benches/lookup.rs`, a module each: every table of `gen::lookup_tables` as
/// `Codes` (`define_codes!`) next to its competitors, which the crate `codetable-bench-peers`
/// compiles (it does not depend on codetable, so a change to the macro does not rebuild
/// them); and the Agora `NativeError` (`native`) with its competitors written here, from the
/// table itself.
fn lookup_tables() -> String {
    let mut out = String::new();
    for table in gen::lookup_tables() {
        let ident = &table.ident;
        // The library's `Gen1000` is the 1,000-entry sparse table: not compiled twice.
        let codes = if ident == "sparse_1000" {
            "pub use codetable_benches::Gen1000 as Codes;\n".to_owned()
        } else {
            gen::define_codes("codetable", "Codes", &table.entries)
        };
        let _ = write!(
            out,
            "/// A generated table and its competitors.\npub mod {ident} {{\n{codes}\
             pub use codetable_bench_peers::{ident}::*;\n}}\n\n"
        );
    }
    // NativeError as the other crates would declare it, from the table itself: its codes
    // (aliases are not among them), whose values are unique, as their discriminants are.
    let native: Vec<gen::Entry> = NativeError::all()
        .iter()
        .map(|code| gen::Entry {
            name: code.name().to_owned(),
            value: code.value(),
            description: code.description().to_owned(),
        })
        .collect();
    let _ = write!(
        out,
        "/// The Agora `NativeError` and its competitors.\npub mod native {{\n\
         pub use codetable::agora::native::NativeError as Codes;\n{}}}\n",
        gen::peers(&native, gen::BY_NAME | gen::BY_VALUE | gen::NUM_ENUM)
    );
    out
}

/// tokio-postgres's way to look a SQLSTATE up (a `phf` map from the code to the constant,
/// which its codegen writes), and a hand-written `match` on `&str`, over `SqlState`'s codes.
fn sqlstate_competitors() -> String {
    use sqlstate::SqlState;
    let mut out = String::from(
        "/// Every SQLSTATE code and its constant, as tokio-postgres keeps them.\n\
         pub static SQLSTATE_PHF: phf::Map<&'static str, SqlState> = phf::phf_map! {\n",
    );
    for &code in SqlState::all() {
        let _ = writeln!(out, "    {:?} => SqlState::{},", code.value(), code.name());
    }
    out.push_str(
        "};\n\n/// The code with this value, by a `match` with an arm per code.\n\
         #[must_use]\n\
         pub fn match_from_value(value: &str) -> Option<SqlState> {\n    match value {\n",
    );
    for &code in SqlState::all() {
        let _ = writeln!(
            out,
            "        {:?} => Some(SqlState::{}),",
            code.value(),
            code.name()
        );
    }
    out.push_str("        _ => None,\n    }\n}\n");
    out
}
