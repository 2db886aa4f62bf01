//! A derived column of an entry without a value: nothing to compute it from.

const fn primary_of(value: i32) -> i32 {
    value & 0xFF
}

codetable::define_codes! {
    /// SQLite's codes.
    #[columns(primary: i32 = derive(primary_of))]
    pub enum Sqlite: i32 {
        IOERR = 10 => "Disk I/O error.",
        UNKNOWN = _ => "Not from the library.",
    }
}

fn main() {}
