//! `#[alias]` shares the value of an earlier entry. An alias declared before the entry with
//! its value is one error, at the alias; the later entry is then the code, not a duplicate.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        #[alias]
        A = 1 => "Alias declared before the entry it shares the value of.",
        B = 1 => "B.",
    }
}

fn main() {
    let _ = Code::B;
}
