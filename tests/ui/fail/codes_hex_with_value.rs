//! `hex` takes no value.

codetable::define_codes! {
    /// Codes.
    #[codes(hex = true)]
    pub enum HResult: i32 {
        S_OK = 0 => "Success.",
    }
}

fn main() {}
