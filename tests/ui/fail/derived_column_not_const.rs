//! A derived column's function that is not a `const fn`: rustc's error, at the function's
//! name in the table's declaration, once.

fn primary_of(value: i32) -> i32 {
    value & 0xFF
}

codetable::define_codes! {
    /// SQLite's codes.
    #[columns(primary: i32 = derive(primary_of))]
    pub enum Sqlite: i32 {
        IOERR = 10 => "Disk I/O error.",
        IOERR_READ = 266 => "I/O error while reading.",
    }
}

fn main() {}
