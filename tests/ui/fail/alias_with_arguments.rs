//! `#[alias]` takes no arguments. The entry is still taken as an alias: sharing the value
//! of `A` is not reported again.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 => "A.",
        #[alias(A)]
        B = 1 => "B.",
    }
}

fn main() {}
