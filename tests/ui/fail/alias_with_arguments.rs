//! `#[alias]` takes no arguments.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 => "A.",
        #[alias(A)]
        B = 1 => "B.",
    }
}

fn main() {}
