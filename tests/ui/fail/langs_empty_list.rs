//! `#[langs()]` with no language.

codetable::define_codes! {
    /// Codes.
    #[langs()]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
