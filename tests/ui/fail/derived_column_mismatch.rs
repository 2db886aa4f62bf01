//! A declared value of a derived column that differs from its function's, where the table
//! does not allow overriding: a compile error at the declared value, naming the entry, the
//! column, both values and the two fixes.

const fn primary_of(value: i32) -> i32 {
    value & 0xFF
}

/// SMTP's class of a code: its first character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// `4.x.x`.
    Transient,
    /// `5.x.x`.
    Permanent,
}

const fn class_of(value: &str) -> Class {
    match value.as_bytes()[0] {
        b'4' => Class::Transient,
        _ => Class::Permanent,
    }
}

const fn hint_of(value: i32) -> &'static str {
    if value > 255 { "extended" } else { "primary" }
}

codetable::define_codes! {
    /// SQLite's codes.
    #[columns(primary: i32 = derive(primary_of), hint: &'static str = derive(hint_of))]
    pub enum Sqlite: i32 {
        IOERR = 10 => "Disk I/O error.",
        #[columns(primary = 11, hint = "primary")]
        IOERR_READ = 266 => "I/O error while reading.",
    }

    /// SMTP's codes.
    #[columns(class: Class = derive(class_of))]
    pub enum Smtp: str {
        #[columns(class = Class::Permanent)]
        MAILBOX_FULL = "4.2.2" => "Mailbox full.",
    }
}

fn main() {}
