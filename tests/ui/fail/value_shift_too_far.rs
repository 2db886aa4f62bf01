//! A shift by the width of the type or more.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        TOP = 1 << 32 => "Shifts past the width.",
    }
}

fn main() {}
