//! `=` with no value.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = => "Nothing after `=`.",
    }
}

fn main() {}
