//! A plain string in a table with several languages.

codetable::define_codes! {
    /// Codes.
    #[langs(en, zh)]
    pub enum Code: i32 {
        A = 1 => "Which language is this?",
    }
}

fn main() {}
