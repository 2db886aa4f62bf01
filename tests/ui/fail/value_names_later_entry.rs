//! A value that reads an entry declared after it.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        IOERR_READ = IOERR | (1 << 8) => "I/O error while reading.",
        IOERR = 10 => "I/O error.",
    }
}

fn main() {}
