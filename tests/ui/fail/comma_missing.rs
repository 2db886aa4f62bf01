//! Two entries without a comma between them.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 => "A."
        B = 2 => "B.",
    }
}

fn main() {}
