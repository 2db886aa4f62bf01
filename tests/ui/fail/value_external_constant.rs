//! A constant from outside the table, in an expression.

mod ffi {
    pub const SQLITE_IOERR: i32 = 10;
}

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        IOERR_READ = ffi::SQLITE_IOERR | (1 << 8) => "Reads a constant.",
    }
}

fn main() {
    let _ = ffi::SQLITE_IOERR;
}
