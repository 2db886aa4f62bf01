//! `#[deprecated]` given twice on one entry.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        #[deprecated]
        #[deprecated(note = "twice")]
        A = 1 => "A.",
    }
}

fn main() {}
