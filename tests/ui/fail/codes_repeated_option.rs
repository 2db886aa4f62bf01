//! An option of `#[codes(...)]` given twice.

codetable::define_codes! {
    /// Codes.
    #[codes(serde = name, serde = value)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
