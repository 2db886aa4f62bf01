//! Examples of codetable: the `explain` tool and a family declared outside the core crate.
