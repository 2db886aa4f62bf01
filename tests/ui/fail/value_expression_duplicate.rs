//! An expression whose value an earlier entry has: a duplicate, not an alias.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        AGAIN = 11 => "Try again.",
        WOULDBLOCK = AGAIN | 0 => "Would block.",
    }
}

fn main() {}
