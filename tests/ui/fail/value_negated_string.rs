//! `-"a"` as an integer value: one error, and the description after it still reads.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = -"a" => "A.",
    }
}

fn main() {}
