//! An entry's `#[equals]` names a constant, not an expression.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        #[equals(1 + 2)]
        THREE = 3 => "Three.",
    }
}

fn main() {}
