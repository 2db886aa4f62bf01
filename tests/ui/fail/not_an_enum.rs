//! Something other than `enum`.

codetable::define_codes! {
    /// Codes.
    pub struct Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
