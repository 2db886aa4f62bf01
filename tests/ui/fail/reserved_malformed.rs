//! A `#[reserved]` item that is no value, range or name: a range without its low end.

codetable::define_codes! {
    /// Codes.
    #[reserved(..=5, 7)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
