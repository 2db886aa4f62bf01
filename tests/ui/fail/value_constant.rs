//! A value that is a constant, not a literal: a name reads as an alias of an entry, and
//! no entry has it.

const LIMIT: i32 = 7;

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = LIMIT => "A constant is not evaluated.",
    }
}

fn main() {
    let _ = LIMIT;
}
