//! A retired code whose replacement is retired too.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        #[retired(replacement = B)]
        A = 1 => "A.",
        #[retired]
        B = 2 => "B.",
    }
}

fn main() {}
