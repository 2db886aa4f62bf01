//! A language declared twice in `#[langs]`.

codetable::define_codes! {
    /// Codes.
    #[langs(en, zh, en)]
    pub enum Code: i32 {
        A = 1 => { en: "A.", zh: "甲" },
    }
}

fn main() {}
