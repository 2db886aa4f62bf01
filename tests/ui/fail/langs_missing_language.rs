//! A table with two languages and an entry that gives one.

codetable::define_codes! {
    /// Codes.
    #[langs(en, zh)]
    pub enum Code: i32 {
        A = 1 => { en: "Only English." },
    }
}

fn main() {}
