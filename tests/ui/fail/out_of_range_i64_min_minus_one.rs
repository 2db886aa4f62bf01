//! One below the smallest i64.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i64 {
        LOW = -9_223_372_036_854_775_809 => "One below i64::MIN.",
    }
}

fn main() {}
