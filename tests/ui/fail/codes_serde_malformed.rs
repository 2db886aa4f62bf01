//! `#[codes(serde = ...)]` takes `value` or `name`.

codetable::define_codes! {
    /// Codes.
    #[codes(serde = number)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
