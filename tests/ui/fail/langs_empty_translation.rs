//! An empty description in one language.

codetable::define_codes! {
    /// Codes.
    #[langs(en, zh)]
    pub enum Code: i32 {
        A = 1 => { en: "English.", zh: "" },
    }
}

fn main() {}
