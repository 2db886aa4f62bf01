//! An entry that takes a value the table reserves: the error names the reservation and
//! points at it.

codetable::define_codes! {
    /// Codes.
    #[reserved(3, 9..=11)]
    pub enum Code: i32 {
        A = 1 => "A.",
        B = 10 => "B takes a reserved value.",
    }
}

fn main() {}
