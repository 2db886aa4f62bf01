//! A table has no default code.

codetable::define_codes! {
    /// Codes.
    #[derive(Default)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
