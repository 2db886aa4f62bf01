//! `#[r#cfg]` on an entry: a raw identifier is the same attribute to rustc.

codetable::define_codes! {
    /// Codes.
    pub enum Code: u8 {
        A = 1 => "A.",
        #[r#cfg(any())]
        B = 2 => "B.",
    }
}

fn main() {}
