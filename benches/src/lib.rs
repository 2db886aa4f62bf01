//! Benchmarks of `codetable` (not published).
//!
//! - `benches/lookup.rs`: criterion run-time benchmarks of the lookups against strum,
//!   num_enum, `phf`, a hand-written `match` and plain static arrays
//!   (`cargo bench -p codetable-benches`).
//! - `benches/sqlstate.rs`: a string table's lookup by value (the examples' `SqlState`, 260
//!   codes) against a `phf` map (tokio-postgres's approach) and a `match` on `&str`
//!   (`cargo bench -p codetable-benches --bench sqlstate`).
//! - `compile_time.py`: build time and peak memory of tables of 1,000 to 20,000 entries
//!   declared with `define_codes!` (with and without codetable's `serde` feature), strum, a
//!   hand-written `match` and plain arrays.
//! - `tests/no_alloc.rs`: no generated function allocates.
//!
//! See `BENCHMARKS.md` at the root of the repository for the figures.

pub mod gen;

#[allow(clippy::unreadable_literal)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/gen1000.rs"));
}

pub use generated::Gen1000;
