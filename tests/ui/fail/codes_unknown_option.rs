//! `#[codes]` with an option it does not have.

codetable::define_codes! {
    /// Codes.
    #[codes(krate = codetable)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
