//! Serializing by value needs a value for every entry.

codetable::define_codes! {
    /// Codes.
    #[codes(serde = value)]
    pub enum Code: i32 {
        A = 1 => "A.",
        B = _ => "No value.",
    }
}

fn main() {}
