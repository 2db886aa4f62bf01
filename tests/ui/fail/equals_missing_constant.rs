//! A rule that names a constant the module does not have.

#[allow(dead_code)]
mod ffi {
    pub const SQLITE_OK: i32 = 0;
}

codetable::define_codes! {
    /// Codes.
    #[equals(ffi::SQLITE_*)]
    pub enum Sqlite: i32 {
        OK = 0 => "Fine.",
        LOCAL = 99 => "Not in the library, and not marked #[equals(_)].",
    }
}

fn main() {}
