//! A keyword as a name: the fix is `r#type`.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        type = 1 => "A keyword cannot name a variant.",
    }
}

fn main() {}
