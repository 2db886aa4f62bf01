//! A misspelt table attribute gets a suggestion.

codetable::define_codes! {
    /// Codes.
    #[lang(en, zh)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
