//! `usize` depends on the target, so it is not a code type.

codetable::define_codes! {
    /// Codes.
    pub enum Code: usize {
        A = 1 => "A.",
    }
}

fn main() {}
