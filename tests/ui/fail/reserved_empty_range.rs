//! A reserved range written backwards holds no value.

codetable::define_codes! {
    /// Codes.
    #[reserved(11..=9)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
