//! `len` on a table of integers.

codetable::define_codes! {
    /// Codes.
    #[codes(len = 3)]
    pub enum Http: u16 {
        OK = 200 => "OK.",
    }
}

fn main() {}
