//! A value used twice without `#[alias]`: an error on the later entry, a note on the first.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        FIRST = 7 => "The first.",
        SECOND = 7 => "The second, by mistake.",
    }
}

fn main() {}
