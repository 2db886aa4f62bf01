//! No value type after the name.

codetable::define_codes! {
    /// Codes.
    pub enum Code {
        A = 1 => "A.",
    }
}

fn main() {}
