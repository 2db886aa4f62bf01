//! A table that mirrors a binding's constants states it, and the build checks every value.

/// Constants as a -sys crate declares them.
#[allow(non_upper_case_globals, dead_code)]
mod ffi {
    pub const SQLITE_OK: i32 = 0;
    pub const SQLITE_IOERR: i32 = 10;
    pub const SQLITE_IOERR_READ: i32 = 266;
    pub const SQLITE_IOERR_SHORT_READ: i32 = 522;
    pub const E_FAIL: u32 = 0x8000_4005;
    pub const r#type: i32 = 3;
}

codetable::define_codes! {
    /// Short names; the constants have a prefix.
    #[equals(ffi::SQLITE_*)]
    pub enum Short: i32 {
        OK = 0 => "Successful result.",
        IOERR = 10 => "Disk I/O error.",
        IOERR_READ = IOERR | (1 << 8) => "I/O error while reading.",
        IOERR_SHORT_READ = IOERR | (2 << 8) => "A short read.",
        /// An alias is checked by its own name too, unless it says `_`.
        #[equals(_)]
        READ_ERROR = IOERR_READ,
        #[equals(_)]
        LOCAL = 99 => "Not in the library.",
    }

    /// The constants have the entries' names.
    #[equals(ffi::*)]
    pub enum Full: i32 {
        SQLITE_OK = 0 => "Successful result.",
        SQLITE_IOERR = 10 => "Disk I/O error.",
        r#type = 3 => "A keyword name.",
    }

    /// One entry checked on its own, against a constant of another type.
    pub enum HResult: i64 {
        #[equals(ffi::E_FAIL)]
        E_FAIL = 0x8000_4005 => "Unspecified failure.",
        S_OK = 0 => "Success.",
    }
}

fn main() {
    assert_eq!(Short::IOERR_READ as i32, ffi::SQLITE_IOERR_READ);
    assert_eq!(Full::r#type as i32, 3);
    assert_eq!(HResult::E_FAIL as i64, 0x8000_4005);
}
