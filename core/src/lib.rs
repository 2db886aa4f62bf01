//! Error and status code tables, written once and checked at compile time.
//!
//! A team writes its codes as a table of `NAME = value => "description"` entries in
//! [`define_codes!`]; the macro rejects a value or a name used twice (pointing at both
//! entries), and expands the table into an enum with names, values, descriptions,
//! `Display`, lookups by value and by name, iteration, and the [`Code`] trait that lets
//! generic code handle any table.
//!
//! ```
//! codetable::define_codes! {
//!     /// Statuses of an in-house protocol.
//!     pub enum Status: u16 {
//!         OK = 200 => "The request succeeded.",
//!         /// Sent when the peer is overloaded; retry with backoff.
//!         BUSY = 503 => "The service is busy.",
//!         #[deprecated]
//!         OLD_BUSY = 0x1F7_0 => "Replaced by BUSY.",
//!     }
//! }
//!
//! let code = Status::from_value(503).unwrap();
//! assert_eq!(code, Status::BUSY);
//! assert_eq!(code.name(), "BUSY");
//! assert_eq!(code.description(), "The service is busy.");
//! assert_eq!(code.to_string(), "BUSY (503): The service is busy.");
//! assert_eq!(format!("{code:#}"), "Status::BUSY (503): The service is busy.");
//! assert_eq!(code.details(), Some("Sent when the peer is overloaded; retry with backoff."));
//! assert_eq!("OK".parse::<Status>(), Ok(Status::OK));
//! assert_eq!("200".parse::<Status>(), Ok(Status::OK));
//! assert_eq!(Status::try_from(404).unwrap_err().to_string(), "Status has no code with value 404");
//! assert_eq!(Status::all().len(), Status::COUNT);
//! ```
//!
//! # One vocabulary
//!
//! A table is read three ways, with the same words: the enum's own items (`const` where
//! they can be), the [`Code`] trait (for code generic over tables), and [`Table`] (an erased
//! handle, for tools that hold tables of several types in one list). All three read the one
//! description of the table that the macro writes.
//!
//! | operation | inherent (`Status::`) | `Code` (generic `C::`) | `Table` (erased `table.`) |
//! |---|---|---|---|
//! | look a code up by value | `from_value(v)` | `from_value(v)` | `from_value(v)` |
//! | by name (or an alias's) | `from_name(n)` | `from_name(n)` | `from_name(n)` |
//! | by name, ignoring ASCII case | `from_name_ignore_ascii_case(n)` | `from_name_ignore_ascii_case(n)` | `from_name_ignore_ascii_case(n)` |
//! | a value, known or not | `decode(v)` → `Open` | `decode(v)` → `Open` | `decode(v)` → `Result<Entry, Unknown>` |
//! | list the codes | `all()` | `all()` | `all()` |
//! | count them | `COUNT` | `COUNT` | `count()` |
//! | the aliases | `ALIASES` | `ALIASES` | `aliases()` |
//! | the table's name, languages, columns | (`{:#}`), `LANGS` | `TABLE`, `LANGS`, `COLUMNS` | `name()`, `langs()`, `columns()` |
//! | a code's name, value, description | `name()`, `value()`, `description()` | the same | `Entry`'s fields |
//!
//! The value types, each for one job: a table's declared type is [`Code::Value`] (an
//! integer, or `&'static str`); [`Open::Unknown`] keeps [`Code::Raw`] of a value the table
//! does not know (the integer, or an [`InlineStr`], since no `'static` string exists for
//! it); [`Value`] is a value of any table, borrowed, for [`Table`]; [`CodeValue`] is the
//! sealed trait of those types and [`IntegerValue`] the integers' `i128` conversions for
//! generic code over integer tables.
//!
//! # A code is its value
//!
//! The enum is `#[repr(T)]`, `T` the table's value type, and each code's discriminant is
//! its value. So `code as T` is the value, the enum can be returned to C as a `T`, and codes
//! order by value. `T` is one of Rust's integer types (`i8` to `i64`, `u8` to `u64`,
//! `isize`, `usize`) or of C's, as `core::ffi` names them (`c_char`, `c_schar`, `c_uchar`,
//! `c_short`, `c_ushort`, `c_int`, `c_uint`, `c_long`, `c_ulong`, `c_longlong`,
//! `c_ulonglong`; a path such as `libc::c_int` is read by its last segment), whose width
//! depends on the target: the macro checks values against the widest the type is anywhere
//! (`c_long` as `i64`), the enum takes the type's layout on each target, and a value that
//! does not fit the type on the target being built is a compile error there, never a
//! silent wrap. `c_char`, signed on some targets and unsigned on others, holds `0..=127`.
//!
//! ```
//! codetable::define_codes! {
//!     /// Results of a C library.
//!     pub enum Status: i32 {
//!         TIMEOUT = 1001 => "The call timed out.",
//!         BUSY = 7 => "The device is busy.",
//!     }
//! }
//!
//! assert_eq!(Status::TIMEOUT as i32, 1001);
//! assert!(Status::BUSY < Status::TIMEOUT);
//!
//! /// Safe to hand to C: the enum is an `i32`.
//! pub extern "C" fn last_status() -> Status {
//!     Status::BUSY
//! }
//! assert_eq!(last_status() as i32, 7);
//! ```
//!
//! # Codes from C
//!
//! Returning a code to C is sound: every value of the enum is a code. Receiving one from C
//! *as the enum* is not: a parameter, a callback argument, a struct field or a return value
//! of type `Status` that C fills in is undefined behaviour the moment C sends a value the
//! table lacks (a newer version of the library will), because no value of the enum has
//! those bits; rustc may assume it never happens, before any `match` or `from_value` runs,
//! and `improper_ctypes` does not warn. Take the value as [`Ffi<Status>`](Ffi) instead:
//! `#[repr(transparent)]` over the table's integer type, so it has the integer's ABI and
//! every bit pattern is a valid one, and [`get`](Ffi::get) decodes it into an [`Open`] (or
//! [`code`](Ffi::code) into an `Option`, to `match` on the table's codes). (Or take the raw
//! integer and `decode` it.)
//!
//! ```
//! #![deny(improper_ctypes, improper_ctypes_definitions)]
//! use codetable::{Ffi, Open};
//!
//! codetable::define_codes! {
//!     /// Results of a C library.
//!     pub enum Status: i32 {
//!         OK = 0 => "Success.",
//!         BUSY = 7 => "The device is busy.",
//!     }
//! }
//!
//! /// To C: the enum.
//! pub extern "C" fn last_status() -> Status {
//!     Status::BUSY
//! }
//!
//! /// From C: any `int`, known to the table or not.
//! pub extern "C" fn on_status(status: Ffi<Status>) -> bool {
//!     match status.code() {
//!         Some(Status::OK) => true,
//!         Some(Status::BUSY) | None => false,
//!     }
//! }
//!
//! /// A C struct with a code in it.
//! #[repr(C)]
//! pub struct Event {
//!     /// As C wrote it.
//!     pub status: Ffi<Status>,
//!     /// What it is about.
//!     pub id: u32,
//! }
//!
//! extern "C" {
//!     /// C's `int device_poll(struct event *)`: a code, and an event filled in.
//!     fn device_poll(event: *mut Event) -> Ffi<Status>;
//! }
//!
//! let newer = Ffi::<Status>::new(1005); // what a newer library may send
//! assert!(!on_status(newer));
//! assert_eq!(newer.get(), Status::decode(1005));
//! assert_eq!(Ffi::<Status>::new(0), Status::OK);
//! ```
//!
//! A C function's return value often holds either a result or a failure's code. A table
//! with `#[codes(check = ...)]` gets `check(ret)`, which reads it in one of three
//! conventions (the generic functions of [`check`] do the same for any table):
//!
//! | option | `check`'s signature (`T` the table's type) | success | failure's code |
//! |---|---|---|---|
//! | `check = negated` | `fn(T) -> Result<T, Open<Self>>` | `ret >= 0`, as is | `-ret` (`T::MIN`: `Unknown(T::MIN)`) |
//! | `check = negative` | `fn(T) -> Result<T, Open<Self>>` | `ret >= 0`, as is | `ret < 0` itself |
//! | `check = nonzero` | `fn(T) -> Result<(), Open<Self>>` | `ret == 0` | any other `ret` |
//!
//! ```
//! use codetable::Open;
//!
//! codetable::define_codes! {
//!     /// A few errno values; the kernel returns them negated (`-EINVAL`).
//!     #[codes(check = negated)]
//!     pub enum Errno: i32 {
//!         EPERM = 1 => "Operation not permitted.",
//!         EINVAL = 22 => "Invalid argument.",
//!     }
//!
//!     /// Two of SQLite's result codes: zero is success.
//!     #[codes(check = nonzero)]
//!     pub enum Sqlite: i32 {
//!         SQLITE_OK = 0 => "Successful result.",
//!         SQLITE_BUSY = 5 => "The database file is locked.",
//!     }
//! }
//!
//! assert_eq!(Errno::check(512), Ok(512)); // a count of bytes
//! assert_eq!(Errno::check(-22), Err(Open::Known(Errno::EINVAL)));
//! assert_eq!(Errno::check(-95), Err(Errno::decode(95))); // EOPNOTSUPP: not in the table
//! assert_eq!(Sqlite::check(0), Ok(()));
//! assert_eq!(Sqlite::check(5), Err(Open::Known(Sqlite::SQLITE_BUSY)));
//! ```
//!
//! `negated` and `negative` need a signed type, and a string table has no `check`; the
//! method exists only with the option, so an entry named `check` is an error only in a table
//! that has it.
//!
//! An entry declared without a value (the Web SDK's string codes are such) still needs a
//! discriminant: it gets the next number after the table's largest value (or, when that is
//! the type's largest, the smallest number no entry has), which is not a code.
//! `value()` is `None` for it, and `from_value` never finds it.
//!
//! Lookups are `const`: `from_value`, `from_name` and `from_name_ignore_ascii_case` work in
//! `const` items. No two names of a table are equal ignoring ASCII case, so the last one is
//! unambiguous.
//!
//! ```
//! codetable::define_codes! {
//!     /// Statuses of a toy protocol.
//!     pub enum Toy: u8 {
//!         OK = 0 => "Everything went well.",
//!         BUSY = 7 => "Try again later.",
//!     }
//! }
//!
//! const BUSY: Option<Toy> = Toy::from_value(7);
//! const OK: Option<Toy> = Toy::from_name_ignore_ascii_case("ok");
//! assert_eq!((BUSY, OK), (Some(Toy::BUSY), Some(Toy::OK)));
//! ```
//!
//! # String tables
//!
//! Half of the world's code tables have string values: SQLSTATE's `"42P01"`, OAuth's
//! `"invalid_grant"`. Declare such a table with `str` as its value type: the type after the
//! colon is what `value()` returns, as for integer tables, so no new keyword is needed.
//! `#[codes(len = 5)]` (or `max_len = 32`) and `chars = "0-9A-Z"` declare a shape that every
//! value must have; the length is also how many bytes [`Open`] keeps inline of a value the
//! table does not know (without one, the longest value's length).
//!
//! ```
//! use codetable::Open;
//!
//! codetable::define_codes! {
//!     /// A few of PostgreSQL's SQLSTATE codes.
//!     #[codes(len = 5, chars = "0-9A-Z")]
//!     pub enum SqlState: str {
//!         UNIQUE_VIOLATION = "23505" => "unique_violation",
//!         UNDEFINED_TABLE = "42P01" => "undefined_table",
//!         ARRAY_SUBSCRIPT_ERROR = "2202E" => "array_subscript_error",
//!         /// errcodes.txt gives 2202E a second name.
//!         ARRAY_ELEMENT_ERROR = ARRAY_SUBSCRIPT_ERROR,
//!     }
//! }
//!
//! assert_eq!(SqlState::UNDEFINED_TABLE.value(), "42P01");
//! const UNIQUE: Option<SqlState> = SqlState::from_value("23505");
//! assert_eq!(UNIQUE, Some(SqlState::UNIQUE_VIOLATION));
//! assert_eq!("42P01".parse::<SqlState>(), Ok(SqlState::UNDEFINED_TABLE));
//! assert_eq!(SqlState::ARRAY_ELEMENT_ERROR, SqlState::ARRAY_SUBSCRIPT_ERROR);
//! assert_eq!(SqlState::UNIQUE_VIOLATION.to_string(), "UNIQUE_VIOLATION (23505): unique_violation");
//! assert!(SqlState::ARRAY_SUBSCRIPT_ERROR < SqlState::UNIQUE_VIOLATION); // by value
//!
//! // A code the table does not know is kept inline, up to the declared length.
//! let unknown = SqlState::decode("XX999");
//! assert_eq!(unknown.to_string(), "SqlState XX999 (not in the table)");
//! assert_eq!(unknown.value().unwrap(), "XX999");
//! let long = SqlState::decode("XX9990");
//! assert!(long.value().unwrap().is_truncated());
//! assert_eq!(long.to_string(), "SqlState XX999... (not in the table)");
//! ```
//!
//! # Typed columns
//!
//! A table can carry more than a name and a text: `#[columns(...)]` on the table declares
//! columns, each with a type and an optional default, and `#[columns(...)]` on an entry
//! gives its values. Each column becomes a `const fn` of the enum returning the column's
//! type, read from a static array (data, not a `match`). The values are Rust constant
//! expressions, of the column's type, so rustc checks them and points at the entry's value;
//! they may not name `Self`, and one with a comma outside brackets goes in braces. A column's
//! type must be `Copy` (use a `&'static` reference for others) and `Debug`. An alias has
//! its original's columns.
//!
//! Tools (the [`Table`] view, the exports, `explain`) show a column's value as a person
//! writes it ([`Column`]'s `Display`): integers and booleans plainly, a `&str` without quotes
//! or escapes, `None` as an empty cell (JSON's `null`) and `Some(x)` as `x`, a code of any
//! table (this one's too) by its name, any other type through its `Display` where it has
//! one, else through its `Debug` (a derived `Debug` writes an enum's variant by name).
//! [`Column::kind`] tells a number or a `bool` (bare in JSON) from text. The choice is made
//! on the column's concrete type in the generated code, by ordinary method resolution
//! (autoref specialization): no `unsafe`, nothing to declare.
//!
//! ```
//! /// How bad a status is.
//! #[derive(Clone, Copy, Debug, PartialEq)]
//! pub enum Severity {
//!     Info,
//!     Error,
//! }
//!
//! codetable::define_codes! {
//!     /// A few gRPC status codes.
//!     #[columns(http: u16, retryable: bool = false, severity: Severity = Severity::Error)]
//!     pub enum Grpc: i32 {
//!         #[columns(http = 200, severity = Severity::Info)]
//!         OK = 0 => "Not an error; returned on success.",
//!         #[columns(http = 503, retryable = true)]
//!         UNAVAILABLE = 14 => "The service is currently unavailable.",
//!     }
//! }
//!
//! assert_eq!(Grpc::UNAVAILABLE.http(), 503);
//! assert!(Grpc::UNAVAILABLE.retryable() && !Grpc::OK.retryable());
//! assert_eq!(Grpc::OK.severity(), Severity::Info);
//! const HTTP: u16 = Grpc::OK.http();
//! assert_eq!(HTTP, 200);
//!
//! // Tools see the columns as text.
//! let entry = codetable::Table::of::<Grpc>().from_value(0).unwrap();
//! assert_eq!(entry.column("severity").unwrap().to_string(), "Info");
//! ```
//!
//! Mistakes are compile errors on the offending token: a required column an entry lacks, an
//! unknown column (with a did-you-mean), a column given twice, a column whose name clashes
//! with a generated method or an entry, and a malformed `#[columns]`.
//!
//! ## Derived columns
//!
//! `name: Type = derive(function)` computes a column from each entry's value by a `const fn`
//! (taking the value type: `i32` for an `i32` table, `&str` for a string table) instead of
//! a value restated per entry. An entry may still state it: a value that differs from the
//! function's is a compile error at the declared value, naming the entry, the column, the
//! declared value and, for a column of an integer type, `bool` or `&str`, the computed one.
//! `derive(function, overridable)` lets an entry's value win. An entry declared without a
//! value (`NAME = _`) gives the column itself. A restated column's type must be comparable
//! in a constant: `&str`, or a type usable as a constant pattern (integers, `bool`, `char`,
//! `#[derive(PartialEq, Eq)]` types holding no `&str`). A default that calls a function
//! named `derive` is written in braces: `= { derive(x) }`.
//!
//! ```
//! /// Whether an SMTP enhanced status code (RFC 3463) is transient or permanent.
//! #[derive(Clone, Copy, Debug, PartialEq, Eq)]
//! pub enum Class {
//!     Transient,
//!     Permanent,
//! }
//!
//! const fn class_of(value: &str) -> Class {
//!     match value.as_bytes()[0] {
//!         b'4' => Class::Transient,
//!         _ => Class::Permanent,
//!     }
//! }
//!
//! const fn subject_of(value: &str) -> u8 {
//!     value.as_bytes()[2] - b'0'
//! }
//!
//! codetable::define_codes! {
//!     /// A few enhanced status codes.
//!     #[columns(class: Class = derive(class_of), subject: u8 = derive(subject_of, overridable))]
//!     pub enum Smtp: str {
//!         MAILBOX_FULL = "4.2.2" => "Mailbox full.",
//!         #[columns(class = Class::Permanent)] // restated: checked
//!         AUTH_REQUIRED = "5.7.0" => "Authentication required.",
//!         #[columns(subject = 9)] // overridden: allowed
//!         LOCAL = "5.0.9" => "A site-specific code.",
//!     }
//! }
//!
//! assert_eq!(Smtp::MAILBOX_FULL.class(), Class::Transient);
//! assert_eq!(Smtp::AUTH_REQUIRED.subject(), 7);
//! assert_eq!(Smtp::LOCAL.subject(), 9);
//! ```
//!
//! ```compile_fail
//! # #[derive(Clone, Copy, Debug, PartialEq, Eq)]
//! # pub enum Class { Transient, Permanent }
//! # const fn class_of(value: &str) -> Class {
//! #     if value.as_bytes()[0] == b'4' { Class::Transient } else { Class::Permanent }
//! # }
//! codetable::define_codes! {
//!     /// `4.2.2` is transient: declaring it permanent fails the build.
//!     #[columns(class: Class = derive(class_of))]
//!     pub enum Smtp: str {
//!         #[columns(class = Class::Permanent)]
//!         MAILBOX_FULL = "4.2.2" => "Mailbox full.",
//!     }
//! }
//! ```
//!
//! # Printing
//!
//! - `{}` prints `NAME (value): description`, or `NAME: description` for an entry without a
//!   value, so an error chain or a log line keeps the code. It never writes a line break: a
//!   description of several lines is printed up to its first line break (its first line is
//!   its summary; leading blank lines are skipped); [`description`](Code::description) is the whole text and
//!   [`details`](Code::details) the doc comment.
//! - `{:#}` puts the table's name in front, `Table::NAME (value): description`, for logs that
//!   mix tables; a table with `#[codes(url = "...", display_url)]` adds the code's URL,
//!   ` <https://...>` (see [Documentation links](#documentation-links)).
//! - `{:?}` prints `NAME = value` (`NAME` without a value; a string table's value quoted),
//!   and `{:#?}` `Table::NAME = value`. An alias is the code it stands for, and prints its
//!   name. [`Open`] wraps it: `Known(NAME = value)`, and `Unknown(Table value)` for a value
//!   the table does not know, so a panic message, `fn main() -> Result<_, Open<_>>` or a
//!   `dbg!` shows the number and the table.
//! - [`short()`](Code::short) (and [`Open::short`]) is a [`Short`] that prints
//!   `NAME (value)` (`Table::NAME (value)` with `{:#}`; `Table value` for an unknown value):
//!   the code without its description, for log fields.
//!
//! Fill, width, alignment and precision apply to the whole output of each, as for a `str`:
//! `format!("{code:>40}")` right-aligns all of it.
//!
//! ```
//! use codetable::{Code, Open};
//!
//! codetable::define_codes! {
//!     /// Errors of a device.
//!     pub enum Device: i32 {
//!         BUSY = 7 => "The device is busy.",
//!         GONE = 9 => "The device was removed.\nPlug it in again, then retry.",
//!         /// The older name.
//!         REMOVED = GONE,
//!     }
//! }
//!
//! assert_eq!(Device::GONE.to_string(), "GONE (9): The device was removed.");
//! assert_eq!(format!("{:#}", Device::GONE), "Device::GONE (9): The device was removed.");
//! assert_eq!(Device::GONE.description(), "The device was removed.\nPlug it in again, then retry.");
//! assert_eq!(format!("{:?}", Device::REMOVED), "GONE = 9");
//! assert_eq!(format!("{:#?}", Device::BUSY), "Device::BUSY = 7");
//! assert_eq!(format!("{:?}", Device::decode(7)), "Known(BUSY = 7)");
//! assert_eq!(format!("{:?}", Device::decode(12)), "Unknown(Device 12)");
//! assert_eq!(Device::decode(12).to_string(), "Device 12 (not in the table)");
//! assert_eq!(Device::BUSY.short().to_string(), "BUSY (7)");
//! assert_eq!(format!("{:#}", Device::BUSY.short()), "Device::BUSY (7)");
//! assert_eq!(Device::decode(12).short().to_string(), "Device 12");
//! assert_eq!(format!("[{:>10}]", Device::BUSY.short()), "[  BUSY (7)]");
//! ```
//!
//! A string table quotes its values in `Debug` (`Known(UNIQUE_VIOLATION = "23505")`,
//! `Unknown(SqlState "XX999")`) and writes them bare elsewhere (`UNIQUE_VIOLATION (23505)`);
//! a hex table writes them in hex everywhere (below).
//!
//! `#[codes(hex)]` on an integer table prints its values in hex, as families such as
//! HRESULT write them: `0x` and the upper-case digits of the value's bit pattern, as many as
//! the type's width takes (`0x05` for a `u8` 5, `0xFFFFFFFF` for an `i32` -1). A negative
//! value of a signed table is its two's complement bits, as HRESULTs are written. `Display`,
//! `{:#}`, [`Open`]'s unknown values, [`Table::display_value`], `explain` and the exports
//! (Markdown, CSV, the C header; JSON keeps the number and adds a `hex` key) all write it so.
//!
//! Every integer table, hex or not, reads a value from text the same way
//! ([`IntegerValue::parse`]: its `FromStr`, [`Table::parse_value`], serde's human-readable
//! formats): decimal, range-checked; `0x…` as the bit pattern of the type when it fits in
//! the type's width, so `"0x80070005"` is -2147024891 to an `i32` table and what a hex table
//! prints reads back; `-0x…` as a negative number (`-0x10` is -16).
//!
//! ```
//! use codetable::Code;
//!
//! codetable::define_codes! {
//!     /// Two HRESULTs.
//!     #[codes(hex)]
//!     pub enum HResult: i32 {
//!         S_OK = 0 => "Operation successful.",
//!         E_ACCESSDENIED = 0x8007_0005_u32 as i32 => "General access denied error.",
//!     }
//! }
//!
//! assert_eq!(format!("{:#}", HResult::S_OK), "HResult::S_OK (0x00000000): Operation successful.");
//! assert_eq!("0x80070005".parse::<HResult>(), Ok(HResult::E_ACCESSDENIED));
//! assert_eq!(HResult::decode(-1).to_string(), "HResult 0xFFFFFFFF (not in the table)");
//! assert_eq!(format!("{:?}", HResult::decode(-1)), "Unknown(HResult 0xFFFFFFFF)");
//! assert_eq!(format!("{:?}", HResult::E_ACCESSDENIED), "E_ACCESSDENIED = 0x80070005");
//! assert_eq!(HResult::E_ACCESSDENIED.short().to_string(), "E_ACCESSDENIED (0x80070005)");
//! ```
//!
//! # Codes in errors and logs
//!
//! Each table is a `std::error::Error` with no source, and so is [`Open`].
//!
//! **thiserror**: `#[from]` in a wrapping variant keeps the code as the
//! [`source`](core::error::Error::source), so a report walks to it; `#[error(transparent)]`
//! makes the variant the code itself: its message, and its source (none).
//!
//! ```
//! use codetable::{Code, Open};
//! use std::error::Error as _;
//!
//! codetable::define_codes! {
//!     /// Errors of a device.
//!     pub enum Device: i32 {
//!         BUSY = 7 => "The device is busy.",
//!         GONE = 9 => "The device was removed.\nPlug it in again, then retry.",
//!     }
//! }
//!
//! #[derive(Debug, thiserror::Error)]
//! enum AppError {
//!     #[error("could not open the device")]
//!     Open(#[from] Open<Device>),
//!     #[error(transparent)]
//!     Device(#[from] Device),
//! }
//!
//! let wrapped = AppError::from(Device::decode(7));
//! assert_eq!(wrapped.to_string(), "could not open the device");
//! assert_eq!(wrapped.source().unwrap().to_string(), "BUSY (7): The device is busy.");
//! assert_eq!(format!("{wrapped:?}"), "Open(Known(BUSY = 7))");
//!
//! let transparent = AppError::from(Device::GONE);
//! assert_eq!(transparent.to_string(), "GONE (9): The device was removed.");
//! assert!(transparent.source().is_none());
//! ```
//!
//! **anyhow**: `{:#}` joins the chain on one line, since no code writes a line break; the
//! code downcasts back.
//!
//! ```
//! use anyhow::Context;
//!
//! codetable::define_codes! {
//!     /// Errors of a device.
//!     pub enum Device: i32 {
//!         GONE = 9 => "The device was removed.\nPlug it in again, then retry.",
//!     }
//! }
//!
//! fn start() -> anyhow::Result<()> {
//!     Err(Device::GONE).context("starting the device")
//! }
//!
//! let error = start().unwrap_err();
//! assert_eq!(format!("{error:#}"), "starting the device: GONE (9): The device was removed.");
//! assert_eq!(error.downcast_ref::<Device>(), Some(&Device::GONE));
//! ```
//!
//! **`Box<dyn Error>`**: `?` boxes a code or an [`Open`]; its `Debug` (what
//! `fn main() -> Result<(), Box<dyn Error>>` prints after `Error: `) keeps the number.
//!
//! ```
//! use codetable::Open;
//! use std::error::Error;
//!
//! codetable::define_codes! {
//!     /// Errors of a device.
//!     pub enum Device: i32 {
//!         BUSY = 7 => "The device is busy.",
//!     }
//! }
//!
//! fn run(ret: i32) -> Result<(), Box<dyn Error + Send + Sync>> {
//!     if ret != 0 {
//!         Err(Device::decode(ret))?;
//!     }
//!     Ok(())
//! }
//!
//! let error = run(12).unwrap_err();
//! assert_eq!(error.to_string(), "Device 12 (not in the table)");
//! assert_eq!(format!("{error:?}"), "Unknown(Device 12)");
//! assert_eq!(error.downcast_ref::<Open<Device>>(), Some(&Device::decode(12)));
//! assert_eq!(format!("{:?}", run(7).unwrap_err()), "Known(BUSY = 7)");
//! ```
//!
//! **tracing**: record the name and the value as two fields (a JSON formatter writes them
//! as `"code":"GONE","value":9`, a number to filter on), or the short form as one; `%code`
//! is the one-line `Display`. Shown here with a small subscriber that lists the fields.
//!
//! ```
//! use codetable::Code;
//! use std::fmt::Debug;
//! use std::sync::{Arc, Mutex};
//! use tracing::field::{Field, Visit};
//! use tracing::span::{Attributes, Id, Record};
//! use tracing::{Event, Metadata, Subscriber};
//!
//! codetable::define_codes! {
//!     /// Errors of a device.
//!     pub enum Device: i32 {
//!         GONE = 9 => "The device was removed.\nPlug it in again, then retry.",
//!     }
//! }
//!
//! /// Lists each event's fields as `name=value`.
//! struct Fields(Arc<Mutex<Vec<String>>>);
//!
//! impl Visit for Fields {
//!     fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
//!         self.0.lock().unwrap().push(format!("{}={value:?}", field.name()));
//!     }
//! }
//!
//! impl Subscriber for Fields {
//!     fn enabled(&self, _: &Metadata<'_>) -> bool { true }
//!     fn new_span(&self, _: &Attributes<'_>) -> Id { Id::from_u64(1) }
//!     fn record(&self, _: &Id, _: &Record<'_>) {}
//!     fn record_follows_from(&self, _: &Id, _: &Id) {}
//!     fn event(&self, event: &Event<'_>) {
//!         event.record(&mut Fields(Arc::clone(&self.0)));
//!     }
//!     fn enter(&self, _: &Id) {}
//!     fn exit(&self, _: &Id) {}
//! }
//!
//! let seen = Arc::new(Mutex::new(Vec::new()));
//! let code = Device::GONE;
//! tracing::subscriber::with_default(Fields(Arc::clone(&seen)), || {
//!     tracing::error!(code = code.name(), value = code.value(), "device failed");
//!     tracing::error!(code = %code.short(), "device failed");
//!     tracing::error!(%code);
//! });
//! assert_eq!(
//!     *seen.lock().unwrap(),
//!     [
//!         "message=device failed", r#"code="GONE""#, "value=9",
//!         "message=device failed", "code=GONE (9)",
//!         "code=GONE (9): The device was removed.",
//!     ]
//! );
//! ```
//!
//! **An HTTP response body**: the name for programs, the value for people who look it up,
//! the description as the message.
//!
//! ```
//! use codetable::Open;
//!
//! codetable::define_codes! {
//!     /// Errors of a device.
//!     pub enum Device: i32 {
//!         BUSY = 7 => "The device is busy.",
//!     }
//! }
//!
//! fn body(code: Open<Device>) -> serde_json::Value {
//!     serde_json::json!({
//!         "error": code.name().unwrap_or("UNKNOWN"),
//!         "code": code.value(),
//!         "message": code.to_string(),
//!     })
//! }
//!
//! let busy = r#"{"error":"BUSY","code":7,"message":"BUSY (7): The device is busy."}"#;
//! assert_eq!(body(Device::decode(7)), serde_json::from_str::<serde_json::Value>(busy)?);
//! let unknown = r#"{"error":"UNKNOWN","code":12,"message":"Device 12 (not in the table)"}"#;
//! assert_eq!(body(Device::decode(12)), serde_json::from_str::<serde_json::Value>(unknown)?);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # The table language
//!
//! ```
//! codetable::define_codes! {
//!     /// Outer attributes (doc comments, lint levels, `#[non_exhaustive]`, ...) pass
//!     /// through to the enum. A table of a vendor's codes should be `#[non_exhaustive]`:
//!     /// the vendor adds codes, and adding them to the table must not break a user's
//!     /// exhaustive `match` (the Agora tables are).
//!     #[langs(en, zh)]               // optional: the languages, the first is the default
//!     pub enum SignalingError: i32 { // visibility, name, value type (below)
//!         SUCCESS = 0 => { en: "No error.", zh: "没有错误" },
//!         /// A doc comment becomes the variant's rustdoc and `details()`.
//!         LOGIN_E_NET = 201 => { en: "A network issue.", zh: "网络问题" },
//!         #[deprecated]              // the warning appears where a user names the code
//!         LOGIN_E_OLDVERSION = 205 => { en: "This error code is obsolete.", zh: "已被弃用" },
//!     }
//!
//!     /// Several enums may share one invocation.
//!     pub enum WebError: i32 {
//!         STREAM_ALREADY_PUBLISHED = _ => "The stream has already been published.", // no value
//!         ERR_FAILED = 1 => "General error.",
//!         #[alias]                   // another name of the code with this value
//!         ERR_FAILED_AGAIN = 1 => "Same failure, second name.",
//!         ERR_GENERAL = ERR_FAILED,  // C's form: the name of an earlier entry
//!     }
//! }
//!
//! assert_eq!(SignalingError::LOGIN_E_NET.description_in("zh"), Some("网络问题"));
//! // One entry has no value, so `value()` returns an `Option`.
//! assert_eq!(WebError::STREAM_ALREADY_PUBLISHED.value(), None);
//! assert_eq!(WebError::from_value(1), Some(WebError::ERR_FAILED));
//! // An alias is the same code: it works as a `match` pattern.
//! assert_eq!(WebError::ERR_GENERAL, WebError::ERR_FAILED);
//! assert!(matches!(WebError::from_value(1), Some(WebError::ERR_FAILED_AGAIN)));
//! assert_eq!(WebError::from_name("ERR_GENERAL"), Some(WebError::ERR_FAILED));
//! ```
//!
//! Values are written as C headers write them: integer constant expressions, which the
//! macro evaluates as rustc evaluates a discriminant of the table's type. They may use
//! literals (negative, hex, octal, binary, with underscores; a suffix names the literal's
//! type), the names of the entries declared before, `T::MIN` and `T::MAX`, parentheses,
//! unary `-` and `!`, binary `* / % + - << >> & ^ |` with Rust's precedence, and `as` casts
//! between integer types, which wrap (`0x8000_4005_u32 as i32` is HRESULT's `E_FAIL`).
//! Arithmetic that overflows, a division by zero, a shift past the width, a literal out of
//! its type's range, operands of two types and a name declared later are errors on the
//! offending part. A bare earlier name (`EWOULDBLOCK = EAGAIN`) is an alias; any other
//! expression is a code of its own, so one equal to an earlier value is a duplicate. A
//! decimal value cannot start with `0` (C would read `010` as octal 8): write `0o10` or `8`.
//! The text of a value written as an expression is kept, its tokens spaced as Rust code is:
//! the variant's rustdoc shows it next to the value (`` `SQLITE_IOERR | (1 << 8)` = `266` ``),
//! [`Entry::expression`] holds it, and the exports show it (only such entries carry text).
//!
//! ```
//! codetable::define_codes! {
//!     /// A few of SQLite's result codes, as `sqlite3.h` defines them.
//!     pub enum Sqlite: i32 {
//!         SQLITE_IOERR = 10 => "Some kind of disk I/O error occurred.",
//!         SQLITE_IOERR_READ = SQLITE_IOERR | (1 << 8) => "I/O error while reading.",
//!         SQLITE_IOERR_SHORT_READ = SQLITE_IOERR | (2 << 8) => "A read returned fewer bytes.",
//!     }
//! }
//! assert_eq!(Sqlite::SQLITE_IOERR_SHORT_READ as i32, 522);
//! ```
//!
//! In a table whose entries have values, an entry without one says so with `= _`
//! (`NAME = _ => "..."`): a forgotten value is an error. Every entry needs a description
//! that is not blank, in every declared language; an alias may go without one.
//! The generated code refers to this crate by the path the macro was called through, so
//! `other::codetable::define_codes!` works in a crate that reaches codetable only through
//! `other`'s `pub use codetable;`. `#[codes(crate = path::to::codetable)]` on the enum names
//! the path explicitly (for a `macro_rules!` wrapper that calls the proc-macro crate itself).
//!
//! An alias is an associated constant equal to the code it stands for, not a variant: it
//! is not in `all()` and not counted in `COUNT`; [`Code::ALIASES`] lists the aliases. It may
//! go without a description of its own, and keeps its doc comment and `#[deprecated]`.
//!
//! The user's own derives pass through to the enum, each list in a `#[derive(...)]` of its
//! own, except the traits the macro implements itself (`Clone`, `Copy`, `PartialEq`, `Eq`,
//! `Hash`, `PartialOrd`, `Ord`, `Debug`, `Display`, `FromStr`, `TryFrom`, `Error`) and
//! `Default` (a table has no default code): deriving one of those is an error pointing at
//! it. `#[cfg_attr(...)]` on a table passes through too. A table with such a derive or
//! `cfg_attr` takes its helper attributes: its other attributes pass through to the enum, and
//! an entry's attributes other than doc comments, `#[deprecated]` and `#[alias]` to its
//! variant. An alias is a constant, not a variant, so it takes none: a derive sees the code it
//! stands for. Without such a derive or `cfg_attr`, an unknown attribute is an error.
//! `#[cfg]` is refused on a table (put it on the `define_codes!` invocation) and on an entry
//! (every entry is part of the table), and the attributes the macro reads (`langs`, `codes`,
//! an entry's `deprecated`, `alias` and doc comments) cannot sit in a `cfg_attr`.
//!
//! ```ignore
//! // With serde and its `derive` feature.
//! codetable::define_codes! {
//!     /// Statuses, serialized by name.
//!     #[derive(serde::Serialize, serde::Deserialize)]
//!     #[serde(rename_all = "lowercase")]
//!     pub enum Status: u16 {
//!         OK = 200 => "OK",
//!         #[serde(rename = "missing")]
//!         NOT_FOUND = 404 => "Not Found",
//!     }
//! }
//!
//! assert_eq!(serde_json::to_string(&[Status::OK, Status::NOT_FOUND])?, r#"["ok","missing"]"#);
//! ```
//!
//! `serde_repr`'s derives write a code as its value, since the value is the discriminant.
//!
//! # Codes over time
//!
//! A table is a contract that outlives the code that declared it: a value stored in a
//! database or sent to a client in one release must mean the same in every later one. Three
//! things in the table language keep it, checked at compile time, and the `compat` feature
//! checks a table against the snapshot of a release.
//!
//! ```
//! codetable::define_codes! {
//!     /// Statuses of a service that has been around.
//!     #[reserved(3, 9..=11, OLD_BUSY)] // values and names of codes deleted long ago
//!     pub enum Status: u16 {
//!         #[since = "1.0"]              // the version the code was added in
//!         OK = 0 => "Fine.",
//!         #[since = "1.0"]
//!         #[retired(until = "2.0", replacement = BUSY)] // no longer emitted; kept
//!         OVERLOADED = 1 => "Too many requests.",
//!         #[since = "2.0"]
//!         BUSY = 2 => "Busy; retry later.",
//!     }
//! }
//!
//! // A retired code still reads back from stored data.
//! let stored = Status::from_value(1).unwrap();
//! assert_eq!(stored.name(), "OVERLOADED");
//! let table = codetable::Table::of::<Status>();
//! let entry = table.from_value(1).unwrap();
//! assert_eq!(entry.retired().unwrap().replacement, Some("BUSY"));
//! assert_eq!(entry.since(), Some("1.0"));
//! assert_eq!(table.reserved_names(), ["OLD_BUSY"]);
//! ```
//!
//! - **`#[reserved(...)]`** on a table lists values (`7`, `-1`, `0x10`), ranges (`9..=11`,
//!   `20..30`), a string table's values (`"42P99"`) and names (`OLD_NAME`) that no entry and
//!   no alias may take: an entry that does is an error naming the reservation and pointing
//!   at it. Protobuf's `reserved` does the same; delete a code by reserving its value and
//!   name, never by reusing them.
//! - **`#[retired]`**, or `#[retired(until = "2.0", replacement = NEW)]`, on an entry: the
//!   code is no longer emitted, but the table keeps it, so its value and name stay taken (a
//!   new entry with its value is an error, as rustc keeps its retired error codes) and
//!   `from_value`, `from_name`, `FromStr` and serde still read it. The variant is marked
//!   `#[deprecated]` with a note that says so (unless the entry has its own
//!   `#[deprecated]`): naming it in new code warns, and nothing else does, since the
//!   generated code reads every variant under `#[allow(deprecated)]`. `is_deprecated()` is
//!   `true` for it. The replacement must be a code of the table that is not retired.
//! - **`#[since = "1.4"]`** on an entry: the version it was added in, any text.
//!
//! All three show in the variant's rustdoc, in [`Entry::since`], [`Entry::retired`],
//! [`Table::reserved_values`] and [`Table::reserved_names`], in `explain` and in every
//! export (JSON keys, CSV fields, C header comments, Markdown marks and a "Reserved"
//! section). An alias takes neither `#[since]` nor `#[retired]`; an old name that should
//! warn is an alias marked `#[deprecated]`.
//!
//! **`#[non_exhaustive]`** passes through to the enum. Adding a code to an exhaustive public
//! enum breaks every user who `match`es on it without a `_` arm, so a public table whose
//! codes will grow (a vendor's codes, a service's errors) should carry it; a table that is
//! complete by definition (a closed protocol's codes, a crate-private table) need not.
//!
//! **The compatibility check** (feature `compat`): commit the `codetable/1` JSON export of
//! the tables with each release, and let a test or CI step compare the tables with it;
//! `codetable::compat::check` lists every change that breaks stored or sent data (a
//! value that now means another name, a name or value removed without being retired or
//! reserved, a retired or reserved value used again, a change of the serde form, the value
//! type or a string table's shape) and, as warnings, new codes and changed descriptions.
//! `explain --check-compat FILE` does the same from the command line (exit status 0, 1 or
//! 2 for a snapshot it cannot read). The Agora tables' snapshots are in `core/snapshots/`.
//!
//! # Classes
//!
//! Code that handles errors matches on a code's class far more often than on the code:
//! HTTP's 4xx and 5xx, SQLSTATE's class `23` (integrity constraint violation), gRPC's
//! retryable codes. `#[classes(...)]` on a table declares them, each `Name = RULE =>
//! "description"`, where the rule is a range of values (`400..500`, `400..=499`, or one value,
//! `0`), a string table's prefix (`"23"`), or a list of entries (`[UNAVAILABLE, ABORTED]`,
//! names of entries or aliases). A table of several languages may describe a class in
//! each, as an entry: `{ en: "...", zh: "..." }` (the default language's is required; a
//! class described in one text is described in the default language).
//!
//! ```
//! use codetable::Open;
//!
//! codetable::define_codes! {
//!     /// A few HTTP statuses.
//!     #[classes(
//!         cover,                                  // every code is in a class
//!         Successful = 200..300 => "The request succeeded.",
//!         ClientError = 400..500 => "The request cannot be fulfilled.",
//!         ServerError = 500..600 => "The server failed.",
//!     )]
//!     pub enum Http: u16 {
//!         OK = 200 => "OK",
//!         NOT_FOUND = 404 => "Not Found",
//!         SERVICE_UNAVAILABLE = 503 => "Service Unavailable",
//!     }
//!
//!     /// Two SQLSTATE codes, classed by their first two characters.
//!     #[classes(enum = SqlClass, Integrity = "23" => "Integrity constraint violation.")]
//!     pub enum SqlState: str {
//!         UNIQUE_VIOLATION = "23505" => "unique_violation",
//!         UNDEFINED_TABLE = "42P01" => "undefined_table",
//!     }
//! }
//!
//! const CLASS: HttpClass = Http::NOT_FOUND.class(); // a `const fn`
//! assert_eq!(CLASS, HttpClass::ClientError);
//! assert_eq!(HttpClass::ServerError.codes(), [Http::SERVICE_UNAVAILABLE]);
//! assert_eq!(HttpClass::ClientError.to_string(), "ClientError");
//! // A status the table lacks has the class its range gives it.
//! assert_eq!(Http::decode(502).class(), Some(HttpClass::ServerError));
//! assert_eq!(Http::class_of_value(700), None);
//! // Without `cover`, `class()` is an `Option`.
//! assert_eq!(SqlState::UNDEFINED_TABLE.class(), None);
//! assert_eq!(SqlState::decode("23P99").class(), Some(SqlClass::Integrity));
//! let entry = codetable::Table::of::<Http>().from_value(404).unwrap();
//! assert_eq!(entry.class().unwrap().name, "ClientError");
//! ```
//!
//! The macro generates the class enum, named `<Table>Class` or as `enum = Name` says, with
//! the table's visibility: a variant per class in declaration order, `Copy`, `Eq`, `Ord`,
//! `Hash`, `Debug` and `Display` (the name), with `const fn`s `all()`, `name()`,
//! `description()` and `codes()`, and the [`CodeClass`] trait. The table gets `const fn
//! class()`, which gives the class, or an `Option` of it for a table that does not say
//! `cover`, and `const fn class_of_value(value)`, the class of any value: a code's own, else
//! the class whose range or prefix holds it (a list names codes, so it holds no value the
//! table lacks). [`Classified`] is the trait of tables with classes, with which
//! [`Open::class`] and [`UnknownCode::class`] give a value's class generically.
//!
//! The macro checks that the classes are disjoint (two ranges that share values, two
//! prefixes one of which starts the other, a listed code that another class holds: an error
//! at both classes) and, with `cover`, that every entry is in one (an error at each entry
//! that is not). A range on a string table, a prefix on an integer table, an empty range or
//! prefix, a class declared twice and a listed name that is no entry are errors too.
//!
//! Classes show in [`Table::classes`], [`Entry::class`] and [`Unknown::class`], in `explain`
//! and in every export: the Markdown page groups a table by class under a heading per
//! class, JSON has the table's `classes` and each entry's `class`, CSV a `class` field, the
//! C header each constant's class in its comment. A table without classes generates none of
//! it.
//!
//! # Documentation links
//!
//! `#[codes(url = "...")]` gives each code the address of its documentation, as miette's
//! `#[diagnostic(url(...))]` and rustc's error index do. The template is filled in per code
//! at compile time:
//!
//! - `{name}` is the code's name; `{value}` its value as the table writes it (decimal, a
//!   negative one with its `-`; `0x80070005` in a `#[codes(hex)]` table; a string table's
//!   string); `{anchor}` the id the Markdown export gives the code's row (the table's and the
//!   code's names in ASCII lower case, `signalingerror-login_e_net`), so that
//!   `url = "https://example.com/errors.md#{anchor}"` links each code to its row of the page
//!   the export writes. `{{` and `}}` are a brace. A template may have no placeholder: every
//!   code then links to one page.
//! - What a placeholder puts in is percent-encoded: every byte but `A-Z a-z 0-9 - . _ ~`, so
//!   a string value `"a b/c"` gives `a%20b%2Fc`. Names, numbers and ASCII anchors are left as
//!   they are.
//! - An empty template, an unknown placeholder (`{code}`), an unbalanced brace, a space or a
//!   line break in the template, and a `{value}` in a table with an entry without a value are
//!   errors at the template or the entry.
//!
//! The table gets `const fn url(self) -> &'static str`: each URL is a string the macro wrote,
//! so it costs no allocation and works in `const` items. An alias is its code and has its
//! URL. Generic code has [`Code::url`] (`None` for a table without a template), and tools
//! [`Table::url_template`] and [`Entry::url`]. The exports link each code: the Markdown
//! page's name cell links to the URL, JSON has the table's `url_template` and each entry's
//! `url`, CSV a `url` field. With `display_url` too, `{:#}` ends with the URL in angle
//! brackets, ` <https://...>` (RFC 3986's delimiters for a URL in text), still on one line; a
//! table without it prints as before.
//!
//! ```
//! use codetable::Code;
//!
//! codetable::define_codes! {
//!     /// A few HTTP statuses, each linked to MDN's page of its value.
//!     #[codes(url = "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/{value}", display_url)]
//!     pub enum Http: u16 {
//!         NOT_FOUND = 404 => "Not Found",
//!         SERVICE_UNAVAILABLE = 503 => "Service Unavailable",
//!     }
//!
//!     /// Errors documented on one page, a row per code.
//!     #[codes(url = "https://example.com/errors#{anchor}")]
//!     pub enum AppError: i32 {
//!         TIMED_OUT = -7 => "The operation timed out.",
//!     }
//! }
//!
//! const NOT_FOUND: &str = Http::NOT_FOUND.url(); // a `const fn`
//! assert_eq!(NOT_FOUND, "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404");
//! assert_eq!(AppError::TIMED_OUT.url(), "https://example.com/errors#apperror-timed_out");
//! assert_eq!(
//!     format!("{:#}", Http::SERVICE_UNAVAILABLE),
//!     "Http::SERVICE_UNAVAILABLE (503): Service Unavailable \
//!      <https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503>"
//! );
//! assert_eq!(format!("{:#}", AppError::TIMED_OUT), "AppError::TIMED_OUT (-7): The operation timed out.");
//! let entry = codetable::Table::of::<AppError>().from_value(-7).unwrap();
//! assert_eq!(entry.url, Some("https://example.com/errors#apperror-timed_out"));
//! ```
//!
//! # Mirroring a C library
//!
//! A table that mirrors a -sys crate or a binding says so with `#[equals(...)]`, and the
//! build fails where a value differs from the constant. On the table,
//! `#[equals(ffi::SQLITE_*)]` compares every entry `NAME` (aliases too) with
//! `ffi::SQLITE_NAME` (`#[equals(ffi::*)]` when the names are the constants' own); on an
//! entry, `#[equals(path::TO_CONSTANT)]` names its constant, and `#[equals(_)]` leaves it out
//! of the table's rule. The values are compared as integers, whatever the constant's type.
//!
//! ```
//! mod ffi {
//!     pub const SQLITE_IOERR: i32 = 10;
//!     pub const SQLITE_IOERR_READ: i32 = 266;
//! }
//!
//! codetable::define_codes! {
//!     /// SQLite's I/O errors, checked against the binding's constants.
//!     #[equals(ffi::SQLITE_*)]
//!     pub enum IoError: i32 {
//!         IOERR = 10 => "Some kind of disk I/O error occurred.",
//!         IOERR_READ = IOERR | (1 << 8) => "I/O error while reading.",
//!     }
//! }
//! assert_eq!(IoError::IOERR_READ as i32, ffi::SQLITE_IOERR_READ);
//! ```
//!
//! Were `IOERR_READ` written `IOERR | (2 << 8)`, the build would fail with "`IOERR_READ` is
//! 522 in the table, but `ffi::SQLITE_IOERR_READ` is 266", at the entry.
//!
//! # Values the table does not know
//!
//! A newer SDK or peer can send a code the table lacks. [`Open<C>`](Open) keeps it:
//! `Known(code)` or `Unknown(unknown)`, never `Unknown` for a value the table knows: an
//! [`UnknownCode`] is built only by this crate, after looking the value up, so a `match` on
//! an `Open` always takes the right arm, and a test double cannot send a code that a later
//! release names down the `Unknown` arm. Build an `Open` with `decode(v)` or
//! `Open::from(code)` (a code converts into one, and `?` does so), compare it with a code
//! (`open == Status::BUSY`), and read an unknown value with [`UnknownCode::value`]. `decode`
//! gives one, and the Agora tables' `check` (`#[codes(check = negated)]`, see [Codes from
//! C](#codes-from-c)) reads an SDK method's return value:
//!
//! ```
//! use codetable::agora::signaling::SignalingError;
//! use codetable::agora::native::NativeError;
//! use codetable::Open;
//!
//! // The Signaling header has GENERAL_E_LARGE_PARAM = 1005, which the pages do not list.
//! let code = SignalingError::decode(1005);
//! assert!(matches!(code, Open::Unknown(unknown) if unknown.value() == 1005));
//! assert_eq!(code.to_string(), "SignalingError 1005 (not in the table)");
//! assert_eq!(SignalingError::decode(201).known(), Some(SignalingError::LOGIN_E_NET));
//!
//! assert_eq!(NativeError::check(4), Ok(4)); // success: a count or an id
//! assert_eq!(NativeError::check(-2), Err(Open::Known(NativeError::ERR_INVALID_ARGUMENT)));
//! ```
//!
//! # serde
//!
//! With the `serde` feature, every table implements `Serialize` and `Deserialize`; the
//! crate that declares a table needs no serde dependency and no `cfg`. A code crosses as its
//! value, since the value is the wire contract and renaming an entry must not break stored
//! data; `#[codes(serde = name)]` on a table makes it cross as its name (and its aliases'
//! names are read too). A table with entries without a value crosses by name, and
//! `serde = value` on it is a compile error. [`Open<C>`](Open) crosses as the value, known or
//! not, for every table (a known code without a value as its name), so nothing is lost (an unknown string that `Open` cut short is an error to write: it
//! would read back as another value). An unknown value or name is an error that names the table and
//! the input. A table that derives serde's traits itself keeps its own impls.
//!
#![cfg_attr(feature = "serde", doc = "```")]
#![cfg_attr(not(feature = "serde"), doc = "```ignore")]
//! use codetable::Open;
//!
//! codetable::define_codes! {
//!     /// Errors of a service.
//!     pub enum Status: i32 {
//!         BUSY = 7 => "The service is busy.",
//!         TIMEOUT = 1001 => "The call timed out.",
//!     }
//!
//!     /// Levels, written by name.
//!     #[codes(serde = name)]
//!     pub enum Level: u8 {
//!         INFO = 1 => "For information.",
//!         WARN = 2 => "Worth a look.",
//!     }
//! }
//!
//! assert_eq!(serde_json::to_string(&Status::BUSY).unwrap(), "7");
//! assert_eq!(serde_json::from_str::<Status>("1001").unwrap(), Status::TIMEOUT);
//! assert_eq!(serde_json::to_string(&Level::WARN).unwrap(), r#""WARN""#);
//!
//! // A human-readable format also reads the value from a string, in decimal or hex.
//! assert_eq!(serde_json::from_str::<Status>(r#""0x3E9""#).unwrap(), Status::TIMEOUT);
//!
//! let error = serde_json::from_str::<Status>("1005").unwrap_err();
//! assert_eq!(error.to_string(), "Status has no code with value 1005");
//!
//! // Open<Status> keeps what the table does not know, in JSON and in compact formats.
//! let open: Open<Status> = serde_json::from_str("1005").unwrap();
//! assert_eq!(open, Status::decode(1005));
//! let mut buffer = [0; 8];
//! let bytes = postcard::to_slice(&open, &mut buffer).unwrap();
//! assert_eq!(postcard::from_bytes::<Open<Status>>(bytes).unwrap(), open);
//!
//! // A number out of the table's type says so.
//! let error = serde_json::from_str::<Status>("99999999999").unwrap_err();
//! assert_eq!(
//!     error.to_string(),
//!     "99999999999 is out of range for i32 (the type of Status's values) at line 1 column 11"
//! );
//! ```
//!
//! Generic code needs only public bounds: `Open<C>` is `Serialize` and `Deserialize` for
//! every `C: Code`, a code itself is `C: Code + serde::Serialize`, and
//! [`Code::value_ref`] gives any code's value as a [`Value`], which is `Display` and
//! `Serialize` (an integer as a number): what a log line or a `tracing` field records
//! (`value = code.value_ref().and_then(Value::as_i128)` is a number there).
//!
#![cfg_attr(feature = "serde", doc = "```")]
#![cfg_attr(not(feature = "serde"), doc = "```ignore")]
//! use codetable::{Code, Open};
//!
//! fn report<C: Code>(open: Open<C>) -> String {
//!     serde_json::to_string(&open).unwrap()
//! }
//!
//! fn value_of<C: Code>(code: C) -> String {
//!     serde_json::to_string(&code.value_ref()).unwrap()
//! }
//!
//! codetable::define_codes! {
//!     /// Errors of a service.
//!     pub enum Status: i32 {
//!         BUSY = 7 => "The service is busy.",
//!     }
//! }
//!
//! assert_eq!(report(Status::decode(1005)), "1005");
//! assert_eq!(report(Open::from(Status::BUSY)), "7");
//! assert_eq!(value_of(Status::BUSY), "7");
//! ```
//!
//! # Features
//!
//! - `agora` (default): the Agora SDK code tables in [`agora`].
//! - `serde`: `Serialize` and `Deserialize` for every table and for [`Open`], through
//!   `serde_core`. Off by default; without it, serde is not a dependency.
//! - `export`: the `export` module writes tables as Markdown pages, C headers, JSON and
//!   CSV, at run time and without `std`. Off by default.
//! - `compat`: the `compat` module compares a table with a committed JSON snapshot and
//!   lists the changes that break stored or sent data (with `export`; needs `alloc`, and
//!   reads JSON with `serde_json`). Off by default.
//! - `load`: the `load` module reads the tables of a `codetable/1` JSON export back as
//!   [`Table`]s that answer as the compiled tables do (needs `alloc`; reads JSON with
//!   `serde_json`). Off by default. The `codetable-explain` crate's `explain --tables` uses it.
#![no_std]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
// `Table` is one pointer; its methods and the export take it by reference, as they did when
// it was larger, so that `Table::name` and the like still map over `&Table`s.
#![allow(clippy::trivially_copy_pass_by_ref)]

// The generated code names this crate `::codetable`, inside it too.
extern crate self as codetable;

mod cell;
pub mod check;
mod class;
mod code;
mod derived;
mod error;
mod ffi;
mod fmt;
mod from_text;
mod history;
mod int;
mod open;
mod table;
mod value;

/// serde support; reached through `__private`. Not public API.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[path = "serde.rs"]
pub mod __serde;

#[cfg(feature = "agora")]
pub mod agora;

#[cfg(feature = "export")]
pub mod export;

#[cfg(feature = "compat")]
pub mod compat;

#[cfg(feature = "load")]
pub mod load;

#[cfg(any(feature = "compat", feature = "load"))]
mod read;

pub use cell::ColumnKind;
pub use class::{ClassInfo, ClassRule, Classified, CodeClass};
pub use code::{Alias, Code, CodeValue, IntegerValue};
pub use error::{UnknownName, UnknownValue};
pub use ffi::Ffi;
pub use fmt::Short;
pub use history::{ReservedValue, Retired, StringShape};
pub use int::ValueText;
pub use open::{Open, UnknownCode};
pub use table::{AliasEntry, Column, Entry, Table, Unknown};
pub use value::{InlineStr, Value};

/// Support for the code that [`define_codes!`] generates. Not public API.
#[doc(hidden)]
pub mod __private {
    #[cfg(feature = "serde")]
    pub use crate::__serde as serde;
    pub use crate::__serde_impls as serde_impls;
    /// The compile-time check of a derived column (see `derived.rs`).
    pub mod derived {
        pub use crate::derived::{
            mismatch, mismatch_bool, mismatch_int, mismatch_str, mismatch_uint, str_eq,
        };
    }
    pub use crate::fmt::{debug as fmt_debug, display as fmt_display};
    pub use crate::open::__unknown as unknown;
    /// How the generated code shows a column's value (see `cell.rs`).
    pub mod cell {
        pub use crate::cell::{
            ByDebug, ByDisplay, ByOptionDebug, ByOptionDisplay, ByWritten, Cell, Probe, Sink,
        };
    }

    pub use crate::class::starts_with;
    pub use crate::from_text::position_of_text;
    pub use crate::history::History;
    pub use crate::table::{Descriptor, Form};
    pub use codetable_layout::{same_name, Data, Index, Names};
    pub use codetable_macros::define_codes;
    #[cfg(feature = "serde")]
    pub use serde_core;

    /// Where a generated enum keeps its data and the description of its table, off the
    /// enum's own associated items: the hidden supertrait of [`Code`](crate::Code), which
    /// the macro implements and the trait's methods and [`Table`](crate::Table) read.
    pub trait Layout: Copy + 'static {
        /// The table's data.
        const DATA: Data<'static>;
        /// The table's description, which [`Table`](crate::Table) is a handle of.
        const DESCRIPTOR: &'static Descriptor;

        /// The code's position in the table, in declaration order (its index in `all()`).
        /// Not its value, which is its discriminant.
        fn position(self) -> usize;

        /// Sends the value of the column at `column` (an index into the table's columns) to
        /// `sink` as a [`Cell`](crate::cell::Cell); nothing for an index past the last column.
        ///
        /// # Errors
        /// The sink's.
        #[inline]
        fn column_cell(self, column: usize, sink: crate::cell::Sink<'_>) -> core::fmt::Result {
            let _ = (column, sink);
            Ok(())
        }
    }

    /// The value of a column at a position: a function, so that a column type that is not
    /// `Copy` is reported at the type (the macro gives the call the type's span).
    #[inline]
    #[must_use]
    pub const fn column<T: Copy>(values: &[T], at: usize) -> T {
        values[at]
    }

    /// The position of `lang` in `langs`.
    #[inline]
    #[must_use]
    pub fn lang_index(langs: &[&str], lang: &str) -> Option<usize> {
        langs.iter().position(|l| *l == lang)
    }
}

/// Declares one or more code tables: see the [crate documentation](crate) for the table
/// language and what each table generates.
///
/// The macro finds this crate wherever it is re-exported: a crate that writes
/// `pub use codetable;` lets its users write `their_dep::codetable::define_codes! { ... }`
/// without depending on codetable themselves. `#[codes(crate = path)]` on a table still
/// names the path explicitly, and wins.
#[macro_export]
macro_rules! define_codes {
    ($($table:tt)*) => {
        $crate::__private::define_codes! { @crate($crate) $($table)* }
    };
}

/// Without the `serde` feature, a table's serde impls are nothing.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($($tokens:tt)*) => {};
}

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
