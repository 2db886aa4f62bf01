//! No `=>` before the description.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 "No arrow.",
    }
}

fn main() {}
