//! A table whose values differ from the constants it says it mirrors.

#[allow(dead_code)]
mod ffi {
    pub const SQLITE_IOERR: i32 = 10;
    pub const SQLITE_IOERR_READ: i32 = 266;
    pub const SQLITE_IOERR_SHORT_READ: i32 = 522;
}

codetable::define_codes! {
    /// Codes.
    #[equals(ffi::SQLITE_*)]
    pub enum Sqlite: i32 {
        IOERR = 10 => "Disk I/O error.",
        IOERR_READ = IOERR | (3 << 8) => "A typo: 778, not 266.",
        IOERR_SHORT_READ = IOERR | (2 << 8) => "Right.",
    }
}

fn main() {}
