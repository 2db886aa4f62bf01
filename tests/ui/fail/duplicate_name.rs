//! A name used twice: the later one is reported, pointing back at the first.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        SAME = 1 => "The first.",
        SAME = 2 => "The second.",
    }
}

fn main() {}
