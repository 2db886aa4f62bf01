//! A description of nothing but whitespace.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 => "   ",
    }
}

fn main() {}
