//! An entry with a value but no description.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1,
        B = 2 => "B.",
    }
}

fn main() {}
