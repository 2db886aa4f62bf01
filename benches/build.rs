//! Writes the generated 1,000-entry table (`gen1000.rs`, used by the library) and its
//! competitors' versions together with those of the Agora `NativeError` table
//! (`competitors.rs`, used by the criterion benchmark only), and the competitors of the
//! examples' `SqlState` lookup by value (`sqlstate_competitors.rs`, used by
//! `benches/sqlstate.rs`).

use codetable::agora::native::NativeError;
use std::fmt::Write;
use std::path::PathBuf;

#[allow(dead_code)]
#[path = "src/gen.rs"]
mod gen;

/// The examples' SQLSTATE table, read here for its codes (the benchmark uses the examples
/// crate's own build of it).
#[allow(dead_code)]
#[path = "../examples/src/sqlstate.rs"]
mod sqlstate;

fn main() {
    println!("cargo::rerun-if-changed=src/gen.rs");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=../examples/src/sqlstate.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let table = gen::table(1000, gen::SEED);

    let mut lib = gen::define_codes("codetable", "Gen1000", &table);
    lib.push_str(&gen::arrays("GEN", &table));
    std::fs::write(out.join("gen1000.rs"), lib).expect("write gen1000.rs");

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

    let mut derives = gen::STRUM_DERIVES.to_vec();
    derives.push("num_enum::TryFromPrimitive");
    let mut competitors = String::new();
    for (ident, prefix, entries) in [
        ("OtherGen", "GEN", &table),
        ("OtherNative", "NATIVE", &native),
    ] {
        competitors.push_str(&gen::value_enum(ident, entries, &derives, true));
        competitors.push_str(&gen::match_impl(ident, entries));
        competitors.push_str(&gen::phf_maps(ident, prefix, entries));
    }
    competitors.push_str(&gen::arrays("NATIVE", &native));
    std::fs::write(out.join("competitors.rs"), competitors).expect("write competitors.rs");

    std::fs::write(out.join("sqlstate_competitors.rs"), sqlstate_competitors())
        .expect("write sqlstate_competitors.rs");
}

/// tokio-postgres's way to look a SQLSTATE up (a `phf` map from the code to the constant,
/// which its codegen writes), and a hand-written `match` on `&str`, over `SqlState`'s codes.
fn sqlstate_competitors() -> String {
    use sqlstate::SqlState;
    let mut out = String::from(
        "/// Every SQLSTATE code and its constant, as tokio-postgres keeps them.\n\
         pub static SQLSTATE_PHF: phf::Map<&'static str, SqlState> = phf::phf_map! {\n",
    );
    for code in SqlState::iter() {
        let _ = writeln!(out, "    {:?} => SqlState::{},", code.value(), code.name());
    }
    out.push_str(
        "};\n\n/// The code with this value, by a `match` with an arm per code.\n\
         #[must_use]\n\
         pub fn match_from_value(value: &str) -> Option<SqlState> {\n    match value {\n",
    );
    for code in SqlState::iter() {
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
