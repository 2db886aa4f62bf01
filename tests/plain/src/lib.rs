//! Holds no code: its test runs `../ui/pass` against `codetable` without features.
