//! `#[retired]` with an option it does not know.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        #[retired(until = "2.0", because = "old")]
        A = 1 => "A.",
    }
}

fn main() {}
