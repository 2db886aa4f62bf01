//! An entry and an alias that take names the table reserves.

codetable::define_codes! {
    /// Codes.
    #[reserved(OLD_A, OLD_B)]
    pub enum Code: i32 {
        OLD_A = 1 => "A reserved name.",
        OLD_B = OLD_A,
    }
}

fn main() {}
