//! `#[alias]` refers to an earlier entry: an alias first, then the original, is two mistakes in one (the alias has no original yet, and the later entry duplicates it).

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        #[alias]
        A = 1 => "Alias declared before the entry it shares the value of.",
        B = 1 => "B.",
    }
}

fn main() {}
