//! A decimal value with a leading zero: C reads `010` as octal 8 (fine forms:
//! pass/value_forms).

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 010 => "Eight in C, ten in Rust.",
    }
}

fn main() {}
