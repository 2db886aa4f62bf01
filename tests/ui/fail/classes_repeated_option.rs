//! `cover` given twice.

codetable::define_codes! {
    /// Codes.
    #[classes(cover, Low = 0..10 => "Low codes.", cover)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
