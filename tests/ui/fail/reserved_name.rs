//! Names the generated enum uses for its own items.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        ALL = 1 => "Clashes with the generated `ALL`.",
        COUNT = 2 => "Clashes with the generated `COUNT`.",
    }
}

fn main() {}
