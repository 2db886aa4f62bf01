//! A language given twice in one entry.

codetable::define_codes! {
    /// Codes.
    #[langs(en, zh)]
    pub enum Code: i32 {
        A = 1 => { en: "English.", en: "English again.", zh: "中文" },
    }
}

fn main() {}
