//! `#[cfg]` on a table: it belongs on the invocation.

codetable::define_codes! {
    /// Codes.
    #[cfg(feature = "extra")]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
