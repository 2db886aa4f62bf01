//! `check = negated` and `check = negative` read negative failures, which a `u32` never is.

codetable::define_codes! {
    /// Codes.
    #[codes(check = negated)]
    pub enum Code: u32 {
        A = 1 => "A.",
    }
}

fn main() {}
