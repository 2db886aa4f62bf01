//! The same mistake three times: each later entry is reported once, against the first.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 => "A.",
        B = 1 => "B.",
        C = 1 => "C.",
        D = 2 => "D.",
        E = 2 => "E.",
    }
}

fn main() {}
