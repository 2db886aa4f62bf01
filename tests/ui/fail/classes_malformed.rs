//! `#[classes]` that declares no class.

codetable::define_codes! {
    /// Codes.
    #[classes(cover)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
