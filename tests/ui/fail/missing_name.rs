//! An entry without a name; the next entry is still read.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        = 1 => "No name.",
        B = 2 => "B.",
    }
}

fn main() {}
