//! A value that reads a name no entry of the table has.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        IOERR = 10 => "I/O error.",
        IOERR_READ = IOERROR | (1 << 8) => "A misspelt base.",
    }
}

fn main() {}
