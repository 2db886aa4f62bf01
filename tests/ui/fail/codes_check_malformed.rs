//! `#[codes(check = ...)]` takes `negated`, `negative` or `nonzero`.

codetable::define_codes! {
    /// Codes.
    #[codes(check = errno)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
