//! A new entry that reuses the value of a retired code.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        #[retired(until = "2.0")]
        OLD = 1 => "Retired.",
        NEW = 1 => "Reuses the retired value.",
    }
}

fn main() {}
