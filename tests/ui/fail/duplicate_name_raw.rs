//! Raw identifiers are compared by their name.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        r#type = 1 => "The first.",
        r#type = 2 => "The second.",
    }
}

fn main() {}
