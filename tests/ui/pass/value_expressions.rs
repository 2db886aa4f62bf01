//! Values written as C headers write them: integer constant expressions over literals and
//! earlier entries, evaluated as rustc evaluates a discriminant of the table's type.

codetable::define_codes! {
    /// A few of SQLite's result codes, primary and extended, as `sqlite3.h` defines them.
    pub enum Sqlite: i32 {
        SQLITE_OK = 0 => "Successful result.",
        SQLITE_IOERR = 10 => "Some kind of disk I/O error occurred.",
        SQLITE_CORRUPT = 11 => "The database disk image is malformed.",
        SQLITE_IOERR_READ = SQLITE_IOERR | (1 << 8) => "I/O error while reading.",
        SQLITE_IOERR_SHORT_READ = SQLITE_IOERR | (2 << 8) => "A read returned fewer bytes.",
        SQLITE_CORRUPT_VTAB = SQLITE_CORRUPT | (1<<8) => "Corrupt virtual table.",
        /// C's way of saying "the same code": a bare earlier name is an alias.
        SQLITE_IOERR_ALIAS = SQLITE_IOERR,
    }

    /// HRESULTs are signed; the headers write their bits in hex.
    pub enum HResult: i32 {
        S_OK = 0 => "Success.",
        E_FAIL = 0x8000_4005_u32 as i32 => "Unspecified failure.",
        E_ACCESSDENIED = 0x80070005u32 as i32 => "General access denied error.",
        E_SMALLEST = i32::MIN => "The smallest HRESULT.",
        E_NOT_SET = !0 => "All bits set.",
    }

    /// Precedence, casts and wrapping as in Rust.
    pub enum Forms: u16 {
        A = 1 + 2 * 3 => "7.",
        B = (1 + 2) * 3 => "9.",
        C = 0xFF_u8 as u16 + 1 => "256.",
        D = (-1i8) as u8 as u16 => "255.",
        E = u16::MAX - 1 => "65534.",
        F = 0o17 % 4 << 2 => "12.",
        /// A code the family reserves without a value.
        UNASSIGNED = _ => "Reserved.",
    }
}

/// An expression passed through `macro_rules!` is one operand.
macro_rules! scaled {
    ($name:ident = $value:expr) => {
        codetable::define_codes! {
            /// Scaled codes.
            pub enum $name: i32 {
                TEN = $value * 10 => "Ten times the operand.",
            }
        }
    };
}

scaled!(Scaled = 1 + 2);

// rustc's own evaluation of the same expressions agrees.
const _: () = {
    assert!(Forms::A as u16 == 1 + 2 * 3);
    assert!(Forms::B as u16 == (1 + 2) * 3);
    assert!(Forms::C as u16 == 0xFF_u8 as u16 + 1);
    assert!(Forms::D as u16 == (-1i8) as u8 as u16);
    assert!(Forms::E as u16 == u16::MAX - 1);
    assert!(Forms::F as u16 == 0o17 % 4 << 2);
    assert!(HResult::E_FAIL as i32 == 0x8000_4005_u32 as i32);
    assert!(HResult::E_NOT_SET as i32 == !0);
    assert!(Sqlite::SQLITE_IOERR_READ as i32 == Sqlite::SQLITE_IOERR as i32 | (1 << 8));
};

fn main() {
    assert_eq!(Sqlite::SQLITE_IOERR_READ as i32, 266);
    assert_eq!(Sqlite::SQLITE_IOERR_SHORT_READ as i32, 522);
    assert_eq!(Sqlite::SQLITE_CORRUPT_VTAB as i32, 267);
    assert_eq!(Sqlite::SQLITE_IOERR_ALIAS, Sqlite::SQLITE_IOERR);
    assert_eq!(Sqlite::from_value(266), Some(Sqlite::SQLITE_IOERR_READ));
    assert_eq!(HResult::E_FAIL as i32, -2_147_467_259);
    assert_eq!(HResult::E_ACCESSDENIED as i32, -2_147_024_891);
    assert_eq!(HResult::E_SMALLEST as i32, i32::MIN);
    assert_eq!(HResult::E_NOT_SET as i32, -1);
    let forms: Vec<u16> = Forms::all().iter().filter_map(|f| f.value()).collect();
    assert_eq!(forms, [7, 9, 256, 255, 65534, 12]);
    assert_eq!(Forms::UNASSIGNED.value(), None);
    assert_eq!(Scaled::TEN as i32, 30);
}
