//! An empty URL template.

codetable::define_codes! {
    /// Codes.
    #[codes(url = "")]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
