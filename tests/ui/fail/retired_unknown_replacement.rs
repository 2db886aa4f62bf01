//! A retired code whose replacement is no code of the table.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        #[retired(replacement = NOPE)]
        A = 1 => "A.",
    }
}

fn main() {}
