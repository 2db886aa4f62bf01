//! Writes the generated 1,000-entry table (`gen1000.rs`, used by the library), the tables
//! of the run-time benchmark (`lookup.rs`: each size of [`gen::SIZES`] sparse, dense and
//! with prefixed names, and the Agora `NativeError`, each with its competitors), and the
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

    let mut lib = gen::define_codes("codetable", "Gen1000", &table);
    lib.push_str(&gen::arrays("GEN", &table));
    std::fs::write(out.join("gen1000.rs"), lib).expect("write gen1000.rs");

    std::fs::write(out.join("lookup.rs"), lookup_tables()).expect("write lookup.rs");

    std::fs::write(out.join("sqlstate_competitors.rs"), sqlstate_competitors())
        .expect("write sqlstate_competitors.rs");
}

/// The tables of `benches/lookup.rs`, a module each (`sparse_N`, `dense_N`, `prefixed_N` up
/// to [`gen::PREFIXED_MAX`] entries, `native`) holding the same entries as `Codes` (`define_codes!`), `Peer` (strum's
/// derives, and a hand-written `match` as inherent functions), `phf` maps `PHF_NAMES` and
/// `PHF_VALUES`, and the static arrays `TABLE_NAMES`, `TABLE_VALUES`, `TABLE_DESCRIPTIONS`;
/// each only with what the benchmark reads of it, to keep the build short: lookups by name
/// on sparse, prefixed and native tables, by value and the accessors on sparse, dense and
/// native ones.
fn lookup_tables() -> String {
    let mut out = String::new();
    for &len in &gen::SIZES {
        let sparse = gen::table(len, gen::SEED);
        let dense = gen::dense(&sparse, gen::DENSE_START);
        // The library's `Gen1000` is this size's sparse table: not compiled twice.
        let ours = if len == 1000 {
            Ours::Reuse {
                items: "pub use codetable_benches::{Gen1000 as Codes, GEN_NAMES as TABLE_NAMES, \
                        GEN_VALUES as TABLE_VALUES, GEN_DESCRIPTIONS as TABLE_DESCRIPTIONS};\n",
                arrays: true,
            }
        } else {
            Ours::Generate
        };
        out.push_str(&module(
            &format!("sparse_{len}"),
            &sparse,
            ours,
            BY_NAME | BY_VALUE,
        ));
        out.push_str(&module(
            &format!("dense_{len}"),
            &dense,
            Ours::Generate,
            BY_VALUE,
        ));
        if len <= gen::PREFIXED_MAX {
            let prefixed = gen::prefixed_table(len, gen::SEED, gen::PREFIX);
            out.push_str(&module(
                &format!("prefixed_{len}"),
                &prefixed,
                Ours::Generate,
                BY_NAME,
            ));
        }
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
    out.push_str(&module(
        "native",
        &native,
        Ours::Reuse {
            items: "pub use codetable::agora::native::NativeError as Codes;\n",
            arrays: false,
        },
        BY_NAME | BY_VALUE | NUM_ENUM,
    ));
    out
}

/// What a module of [`lookup_tables`] has besides `Codes`.
const BY_NAME: u8 = 1;
const BY_VALUE: u8 = 2;
const NUM_ENUM: u8 = 4;

/// Where a module's `Codes` comes from.
#[derive(Clone, Copy)]
enum Ours {
    /// `define_codes!` in the module.
    Generate,
    /// Items from elsewhere (`use` lines): `Codes`, and the arrays when `arrays`.
    Reuse { items: &'static str, arrays: bool },
}

/// One module of [`lookup_tables`]: `Codes`, and `Peer` with `EnumString`, `match_from_name`
/// and `PHF_NAMES` for `BY_NAME`; `FromRepr`, `match_from_value`, `PHF_VALUES` and the arrays
/// for `BY_VALUE`; num_enum's `TryFromPrimitive` for `NUM_ENUM`.
fn module(ident: &str, entries: &[gen::Entry], ours: Ours, what: u8) -> String {
    let by_name = what & BY_NAME != 0;
    let by_value = what & BY_VALUE != 0;
    let mut out = format!("/// A generated table and its competitors.\npub mod {ident} {{\n");
    let has_arrays = match ours {
        Ours::Generate => {
            out.push_str(&gen::define_codes("codetable", "Codes", entries));
            false
        }
        Ours::Reuse { items, arrays } => {
            out.push_str(items);
            arrays
        }
    };
    if by_value && !has_arrays {
        out.push_str(&gen::arrays("TABLE", entries));
    }
    let mut derives = Vec::new();
    if by_name {
        derives.push("strum::EnumString");
    }
    if by_value {
        derives.push("strum::FromRepr");
    }
    if what & NUM_ENUM != 0 {
        derives.push("num_enum::TryFromPrimitive");
    }
    out.push_str(&gen::value_enum("Peer", entries, &derives, false));
    out.push_str(&gen::match_lookups("Peer", entries, by_name, by_value));
    if by_name {
        out.push_str(&gen::phf_names("PHF_NAMES", "Peer", entries));
    }
    if by_value {
        out.push_str(&gen::phf_values("PHF_VALUES", "Peer", entries));
    }
    out.push_str("}\n\n");
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
