//! An entry that stops before its name: the error points at where it stops, not at the
//! whole invocation.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 => "A.",
        #[deprecated]
    }
}

fn main() {}
