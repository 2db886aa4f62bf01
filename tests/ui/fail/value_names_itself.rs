//! A value that reads its own entry.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        LOOP = LOOP + 1 => "Reads itself.",
    }
}

fn main() {}
