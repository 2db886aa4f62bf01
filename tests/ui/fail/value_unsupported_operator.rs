//! An operator that is not an integer operator.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        ONE = 1 => "One.",
        SAME = ONE == 1 => "A comparison.",
    }
}

fn main() {}
