//! A negative value in an unsigned table.

codetable::define_codes! {
    /// Codes.
    pub enum Code: u32 {
        MINUS = -1 => "Unsigned types have no negative values.",
    }
}

fn main() {}
