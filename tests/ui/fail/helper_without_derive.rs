//! A derive's helper attribute on a table that passes no derive through is unknown.

codetable::define_codes! {
    /// Codes.
    #[serde(rename_all = "lowercase")]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
