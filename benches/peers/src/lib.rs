//! The competitors of the run-time benchmark's generated tables (`benches/lookup.rs` of
//! `codetable-benches`), one module per table of `gen::lookup_tables` (`sparse_N`,
//! `dense_N`, `prefixed_N`), each with what `gen::peers` writes: `Peer` (strum's derives,
//! and a hand-written `match` as inherent functions), the `phf` maps and the static arrays.
//!
//! This crate does not depend on codetable, so a change to the macro does not rebuild the
//! 5,000-arm `match`es; `codetable-benches` declares the same tables with `define_codes!`
//! and re-exports these next to them.

#![allow(
    clippy::unreadable_literal,
    clippy::too_many_lines,
    clippy::match_same_arms,
    clippy::doc_markdown,
    clippy::large_enum_variant
)]

include!(concat!(env!("OUT_DIR"), "/peers.rs"));
