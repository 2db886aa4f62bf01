//! A value that computes with an entry declared without one.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        BASE = _ => "No value.",
        OK = 0 => "Fine.",
        DERIVED = BASE + 1 => "Needs BASE's value.",
    }
}

fn main() {}
