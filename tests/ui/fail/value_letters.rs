//! A SQLSTATE-like code such as `42P01` is not an integer (and not `42` with a suffix).

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        UNDEFINED_TABLE = 42P01 => "The table does not exist.",
    }
}

fn main() {}
