//! `#[langs]` not written as a list.

codetable::define_codes! {
    /// Codes.
    #[langs = "en"]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
