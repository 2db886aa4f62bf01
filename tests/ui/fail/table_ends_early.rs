//! A table that stops after its type: the error points at the type, where the body is
//! missing.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32
}

fn main() {}
