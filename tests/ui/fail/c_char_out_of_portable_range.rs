//! `c_char` is signed on some targets and unsigned on others: its values are 0..=127.

codetable::define_codes! {
    /// Codes.
    pub enum Code: c_char {
        HIGH = 200 => "Negative where c_char is signed.",
    }
}

fn main() {}
