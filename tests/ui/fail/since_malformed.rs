//! `#[since]` with a number, not a version string.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        #[since = 1]
        A = 1 => "A.",
    }
}

fn main() {}
