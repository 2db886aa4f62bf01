//! `#[derive]` on a table: the macro already implements the traits.

codetable::define_codes! {
    /// Codes.
    #[derive(Debug)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
