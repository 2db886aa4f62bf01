//! `#[alias]` on an entry with no value.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 => "A.",
        #[alias]
        B => "No value to share.",
    }
}

fn main() {}
