//! A table with no entries.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {}
}

fn main() {}
