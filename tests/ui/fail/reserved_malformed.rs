//! A `#[reserved]` item that is no value, range or name.

codetable::define_codes! {
    /// Codes.
    #[reserved(1 + 2, 7)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
