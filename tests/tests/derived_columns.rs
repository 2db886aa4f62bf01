//! Derived columns: a column computed from each entry's value by a `const fn` the table
//! names, on the motivating tables: SQLite's primary result code (`value & 0xFF`)
//! and SMTP's enhanced status codes, whose class and subject are the first two parts of the
//! string value.

use codetable::{define_codes, ColumnKind, Table};

/// SQLite's primary result code of an extended one: its low byte.
const fn primary_of(value: i32) -> i32 {
    value & 0xFF
}

/// Whether an SMTP enhanced status code is transient (`4.x.x`) or permanent (`5.x.x`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// `2.x.x`.
    Success,
    /// `4.x.x`: try again later.
    Transient,
    /// `5.x.x`: do not try again.
    Permanent,
}

/// The class of an enhanced status code: its first character.
const fn class_of(value: &str) -> Class {
    match value.as_bytes()[0] {
        b'2' => Class::Success,
        b'4' => Class::Transient,
        _ => Class::Permanent,
    }
}

/// The subject of an enhanced status code: its second part (`x.7.x` is security).
const fn subject_of(value: &str) -> u8 {
    value.as_bytes()[2] - b'0'
}

/// A function that happens to be named `derive`: a default calling it is not a derived
/// column when written in braces, or with anything after the call.
const fn derive(value: i32) -> i32 {
    value * 2
}

define_codes! {
    /// Defaults that call `derive`, not derived columns.
    #[columns(braced: i32 = { derive(3) }, summed: i32 = derive(1) + 1)]
    pub enum NotDerived: i32 {
        ONE = 1 => "One.",
    }

    /// A few of SQLite's extended result codes, each with its primary code.
    #[columns(primary: i32 = derive(primary_of), transient: bool = false)]
    pub enum Sqlite: i32 {
        IOERR = 10 => "Disk I/O error.",
        /// Restating the derived value is allowed, and checked.
        #[columns(primary = 10)]
        IOERR_READ = 266 => "I/O error while reading.",
        #[columns(transient = true)]
        BUSY_RECOVERY = 261 => "Another connection is recovering a WAL.",
        /// An entry without a value gives the column itself.
        #[columns(primary = 0)]
        UNKNOWN = _ => "Not from the library.",
    }

    /// A few SMTP enhanced status codes (RFC 3463): the class from the value, fixed; the
    /// subject from the value unless an entry says otherwise.
    #[columns(class: Class = derive(class_of), subject: u8 = derive(subject_of, overridable))]
    pub enum Smtp: str {
        OK = "2.0.0" => "Success.",
        MAILBOX_FULL = "4.2.2" => "Mailbox full.",
        #[columns(class = Class::Permanent)]
        AUTH_REQUIRED = "5.7.0" => "Authentication required.",
        /// The subject overridden: an entry may say so where the table allows it.
        #[columns(subject = 9)]
        LOCAL = "5.0.9" => "A site-specific code.",
    }
}

#[test]
fn sqlite_primary_is_the_low_byte() {
    assert_eq!(Sqlite::IOERR.primary(), 10);
    assert_eq!(Sqlite::IOERR_READ.primary(), 10);
    assert_eq!(Sqlite::BUSY_RECOVERY.primary(), 5);
    assert!(Sqlite::BUSY_RECOVERY.transient());
    assert_eq!(Sqlite::UNKNOWN.primary(), 0);
    // A derived column is a `const fn` like any column.
    const PRIMARY: i32 = Sqlite::BUSY_RECOVERY.primary();
    assert_eq!(PRIMARY, 5);
    for code in Sqlite::all() {
        if let Some(value) = code.value() {
            assert_eq!(code.primary(), primary_of(value), "{code:?}");
        }
    }
}

#[test]
fn a_default_may_call_a_function_named_derive() {
    assert_eq!(NotDerived::ONE.braced(), 6);
    assert_eq!(NotDerived::ONE.summed(), 3);
}

#[test]
fn smtp_class_and_subject_come_from_the_value() {
    assert_eq!(Smtp::OK.class(), Class::Success);
    assert_eq!(Smtp::MAILBOX_FULL.class(), Class::Transient);
    assert_eq!(Smtp::AUTH_REQUIRED.class(), Class::Permanent);
    assert_eq!(Smtp::MAILBOX_FULL.subject(), 2);
    assert_eq!(Smtp::AUTH_REQUIRED.subject(), 7);
    assert_eq!(Smtp::LOCAL.subject(), 9);
    assert_eq!(Smtp::LOCAL.class(), Class::Permanent);
}

#[test]
fn derived_columns_show_as_others_do() {
    let entry = Table::of::<Smtp>().from_name("MAILBOX_FULL").unwrap();
    let shown: Vec<String> = entry.columns().map(|c| format!("{}={c}", c.name)).collect();
    assert_eq!(shown, ["class=Transient", "subject=2"]);
    let primary = Table::of::<Sqlite>().from_value(266).unwrap();
    let primary = primary.column("primary").unwrap();
    assert_eq!(
        (primary.to_string(), primary.kind()),
        ("10".to_owned(), ColumnKind::Number)
    );
}
