//! `derive(...)` that is not `derive(function)` or `derive(function, overridable)`.

const fn primary_of(value: i32) -> i32 {
    value & 0xFF
}

codetable::define_codes! {
    /// SQLite's codes.
    #[columns(primary: i32 = derive(primary_of, overridden), other: u8 = derive())]
    pub enum Sqlite: i32 {
        IOERR = 10 => "Disk I/O error.",
    }
}

fn main() {}
