//! An operator without its right-hand operand.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        ONE = 1 + => "Incomplete.",
    }
}

fn main() {}
