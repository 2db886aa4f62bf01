//! Unary minus on an unsigned value.

codetable::define_codes! {
    /// Codes.
    pub enum Code: u32 {
        ONE = 1 => "One.",
        MINUS_ONE = -ONE => "Unsigned values have no negation.",
    }
}

fn main() {}
