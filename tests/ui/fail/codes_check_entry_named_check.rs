//! With `#[codes(check = ...)]`, an entry named `check` would clash with the method.

codetable::define_codes! {
    /// Codes.
    #[codes(check = nonzero)]
    pub enum Code: i32 {
        A = 1 => "A.",
        check = 2 => "Check.",
    }
}

fn main() {}
