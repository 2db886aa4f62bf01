//! A table's rule must end in `*`.

#[allow(dead_code)]
mod ffi {
    pub const SQLITE_OK: i32 = 0;
}

codetable::define_codes! {
    /// Codes.
    #[equals(ffi::SQLITE_OK)]
    pub enum Sqlite: i32 {
        OK = 0 => "Fine.",
    }
}

fn main() {}
