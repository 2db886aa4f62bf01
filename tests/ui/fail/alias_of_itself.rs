//! `B = B`: an entry that names itself as its value.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 => "A.",
        B = B,
    }
}

fn main() {}
