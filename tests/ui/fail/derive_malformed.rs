//! `#[derive]` that is not a list of paths.

codetable::define_codes! {
    /// Codes.
    #[derive = "serde::Serialize"]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
