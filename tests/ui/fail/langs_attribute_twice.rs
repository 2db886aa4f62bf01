//! `#[langs]` given twice.

codetable::define_codes! {
    /// Codes.
    #[langs(en)]
    #[langs(zh)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
