//! Writes the generated 1,000-entry table (`gen1000.rs`, used by the library) and its
//! competitors' versions together with those of the Agora `NativeError` table
//! (`competitors.rs`, used by the criterion benchmark only).

use codetable::agora::native::NativeError;
use std::path::PathBuf;

#[allow(dead_code)]
#[path = "src/gen.rs"]
mod gen;

fn main() {
    println!("cargo::rerun-if-changed=src/gen.rs");
    println!("cargo::rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let table = gen::table(1000, gen::SEED);

    let mut lib = gen::define_codes("codetable", "Gen1000", &table);
    lib.push_str(&gen::arrays("GEN", &table));
    std::fs::write(out.join("gen1000.rs"), lib).expect("write gen1000.rs");

    // NativeError as the other crates would declare it, from the table itself: its codes
    // (aliases are not among them), whose values are unique, as their discriminants are.
    let native: Vec<gen::Entry> = NativeError::ALL
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
}
