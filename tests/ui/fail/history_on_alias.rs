//! `#[since]` and `#[retired]` on an alias.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 => "A.",
        #[since = "1.0"]
        B = A,
        #[alias]
        #[retired]
        C = 1,
    }
}

fn main() {}
