//! Tests of codetable live in `tests/` and `ui/`; this library is empty.
