//! A restated value of a derived column of the wrong type: rustc's error at the value, once.

const fn primary_of(value: i32) -> i32 {
    value & 0xFF
}

codetable::define_codes! {
    /// SQLite's codes.
    #[columns(primary: i32 = derive(primary_of))]
    pub enum Sqlite: i32 {
        #[columns(primary = "ten")]
        IOERR = 10 => "Disk I/O error.",
    }
}

fn main() {}
