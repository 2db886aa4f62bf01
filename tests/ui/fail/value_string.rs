//! A value written as a string.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = "17" => "A string is not a number.",
    }
}

fn main() {}
