//! `hex` given twice.

codetable::define_codes! {
    /// Codes.
    #[codes(hex, hex)]
    pub enum HResult: i32 {
        S_OK = 0 => "Success.",
    }
}

fn main() {}
