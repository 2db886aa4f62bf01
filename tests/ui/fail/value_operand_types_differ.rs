//! The operands of an operator have two types.

codetable::define_codes! {
    /// Codes.
    pub enum Code: u16 {
        MIXED = (1u8 + 2u16) as u16 => "Two types.",
    }
}

fn main() {}
