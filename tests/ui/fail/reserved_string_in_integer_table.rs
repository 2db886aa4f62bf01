//! An integer table reserving a string.

codetable::define_codes! {
    /// Codes.
    #[reserved("A")]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
