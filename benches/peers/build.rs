//! Writes `peers.rs`: a module per table of the run-time benchmark (`gen::lookup_tables`)
//! with its competitors (`gen::peers`).

use std::path::PathBuf;

#[allow(dead_code)]
#[path = "../src/gen.rs"]
mod gen;

fn main() {
    println!("cargo::rerun-if-changed=../src/gen.rs");
    println!("cargo::rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut src = String::new();
    for table in gen::lookup_tables() {
        src.push_str(&format!(
            "/// A generated table's competitors.\npub mod {} {{\n{}}}\n\n",
            table.ident,
            gen::peers(&table.entries, table.what)
        ));
    }
    std::fs::write(out.join("peers.rs"), src).expect("write peers.rs");
}
