//! `#[codes(crate)]` without the path.

codetable::define_codes! {
    /// Codes.
    #[codes(crate)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
