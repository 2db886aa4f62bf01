//! `#[codes(check = ...)]`: each form's `check(ret)`, clean under strict lints and in a
//! module without the prelude; an entry may be named `check` in a table without the option.
#![deny(warnings, missing_docs, clippy::all, clippy::pedantic)]

#[no_implicit_prelude]
mod tables {
    ::codetable::define_codes! {
        /// Failures negated, as the Linux kernel returns them.
        #[codes(check = negated)]
        pub enum Errno: i32 {
            EPERM = 1 => "Operation not permitted.",
            EINVAL = 22 => "Invalid argument.",
        }

        /// libusb's errors: negative themselves.
        #[codes(check = negative, serde = value)]
        pub enum Usb: i8 {
            ERROR_IO = -1 => "Input/output error.",
            ERROR_TIMEOUT = -7 => "Operation timed out.",
        }

        /// SQLite's primary result codes: zero is success.
        #[codes(check = nonzero)]
        pub enum Sqlite: u16 {
            OK = 0 => "Successful result.",
            BUSY = 5 => "The database file is locked.",
        }

        /// Without the option, `check` is an entry like any other.
        pub enum Plain: u8 {
            check = 1 => "A check.",
        }
    }
}

use codetable::Open;
use tables::{Errno, Plain, Sqlite, Usb};

fn main() {
    assert_eq!(Errno::check(-22), Err(Open::Known(Errno::EINVAL)));
    assert_eq!(Errno::check(-95), Err(Errno::decode(95)));
    assert_eq!(Errno::check(4096), Ok(4096));
    assert_eq!(Errno::check(i32::MIN), Err(Errno::decode(i32::MIN)));
    assert_eq!(Usb::check(-7), Err(Open::Known(Usb::ERROR_TIMEOUT)));
    assert_eq!(Usb::check(-128), Err(Usb::decode(-128)));
    assert_eq!(Usb::check(12), Ok(12));
    assert_eq!(Sqlite::check(0), Ok(()));
    assert_eq!(Sqlite::check(5), Err(Open::Known(Sqlite::BUSY)));
    assert_eq!(Sqlite::check(u16::MAX), Err(Sqlite::decode(u16::MAX)));
    assert_eq!(Plain::check.value(), 1);
}
