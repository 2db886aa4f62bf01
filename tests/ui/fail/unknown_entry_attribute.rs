//! An attribute entries do not take.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        #[serde(rename = "a")]
        A = 1 => "A.",
    }
}

fn main() {}
