//! `#[cfg]` on an entry.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        #[cfg(feature = "extra")]
        A = 1 => "A.",
    }
}

fn main() {}
