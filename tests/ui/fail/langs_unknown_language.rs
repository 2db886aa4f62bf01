//! A description in a language the table does not declare.

codetable::define_codes! {
    /// Codes.
    #[langs(en, zh)]
    pub enum Code: i32 {
        A = 1 => { en: "English.", zh: "中文", fr: "Français." },
    }
}

fn main() {}
