//! The macro reads `#[langs]` itself, so it cannot be conditional.

codetable::define_codes! {
    /// Codes.
    #[cfg_attr(all(), langs(en, zh))]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
