//! `#[alias]` on an entry whose value no earlier entry has.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 => "A.",
        #[alias]
        B = 2 => "Claims to share a value no earlier entry has.",
    }
}

fn main() {}
