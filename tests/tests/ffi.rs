//! Codes crossing FFI both ways, through `extern "C"` functions called by pointer: the test
//! that CI runs under Miri (`cargo +nightly miri test -p codetable-tests --test ffi`).
//!
//! C has no types for a table's codes: it passes `int`s. So each Rust function is called
//! through a pointer of the signature C declares for it (`int (*)(int)` and the like), made
//! with `transmute`, which is what a C caller does, and the values include ones the table
//! lacks. Miri checks each call's ABI and each value's validity: a function that takes the
//! enum itself from C (`extern "C" fn(Status)`) is undefined behaviour here, and Miri says so
//! (1005 is no value of the enum, and by Rust's rules of calls through a pointer the enum is
//! not even an `i32`); one that takes `Ffi<Status>` is sound for every value. Returning the
//! enum is sound too: every value of it is a code.

#![deny(improper_ctypes, improper_ctypes_definitions)]

use codetable::{Ffi, Open};
use std::mem::transmute;

codetable::define_codes! {
    /// Results of a C library, as `int`.
    pub enum Status: i32 {
        OK = 0 => "Success.",
        BUSY = 7 => "The device is busy.",
        TIMEOUT = -1001 => "The call timed out.",
    }

    /// Codes of a C library, as `uint8_t`.
    pub enum Small: u8 {
        ZERO = 0 => "Zero.",
        TOP = 255 => "The largest.",
    }

    /// Codes of a C library, as `int64_t`.
    pub enum Wide: i64 {
        LARGE = 1 << 40 => "Large.",
        NEGATIVE = -(1 << 40) => "Large and negative.",
    }
}

/// Values C may send: the table's, and ones a newer library may add.
const STATUSES: [i32; 8] = [0, 7, -1001, 1, 1005, -1, i32::MIN, i32::MAX];

/// The application's callback, as Rust declares it: it takes any `int`.
extern "C" fn on_status(status: Ffi<Status>) -> i32 {
    match status.get() {
        Open::Known(Status::OK) => 0,
        Open::Known(Status::BUSY) => 1,
        Open::Known(Status::TIMEOUT) => 2,
        Open::Unknown(value) => value.value().wrapping_mul(3),
    }
}

/// What the application's callback does with a value, computed without FFI.
fn expected(raw: i32) -> i32 {
    match raw {
        0 => 0,
        7 => 1,
        -1001 => 2,
        other => other.wrapping_mul(3),
    }
}

/// C's view of the callback: `int (*)(int)`.
type CCallback = extern "C" fn(i32) -> i32;

/// A C library that calls the callback it was given with a code of its own.
extern "C" fn library_notify(callback: CCallback, raw: i32) -> i32 {
    callback(raw)
}

#[test]
fn a_callback_receives_every_value_as_ffi() {
    // SAFETY: `Ffi<Status>` is `#[repr(transparent)]` over `i32`, so the two signatures
    // have the same ABI, and every `i32` is a valid `Ffi<Status>`.
    let callback = unsafe { transmute::<extern "C" fn(Ffi<Status>) -> i32, CCallback>(on_status) };
    let notify: extern "C" fn(CCallback, i32) -> i32 = library_notify;
    for raw in STATUSES {
        assert_eq!(notify(callback, raw), expected(raw), "{raw}");
    }
}

/// A C function that returns a code: `int last_error(void)` with the value given.
extern "C" fn c_last_error(raw: i32) -> i32 {
    raw
}

#[test]
fn a_return_value_from_c_is_received_as_ffi() {
    // SAFETY: as above, for the return value.
    let last_error = unsafe {
        transmute::<extern "C" fn(i32) -> i32, extern "C" fn(i32) -> Ffi<Status>>(c_last_error)
    };
    for raw in STATUSES {
        let code = last_error(raw);
        assert_eq!(code.value(), raw);
        assert_eq!(code.get(), Status::decode(raw));
        assert_eq!(code.code(), Status::from_value(raw));
        assert_eq!(Open::from(code), Status::decode(raw));
        match Status::from_value(raw) {
            Some(known) => {
                assert_eq!(code, known);
                assert_eq!(code.to_string(), known.to_string());
            }
            None => {
                assert_eq!(code.get(), Status::decode(raw));
                assert_eq!(code.to_string(), format!("Status {raw} (not in the table)"));
                assert_eq!(format!("{code:?}"), format!("Ffi(Unknown(Status {raw}))"));
            }
        }
    }
}

/// A struct C fills in: `struct { int status; unsigned id; }`.
#[repr(C)]
#[derive(Clone, Copy)]
struct CEvent {
    status: i32,
    id: u32,
}

/// The same struct as Rust declares it.
#[repr(C)]
#[derive(Clone, Copy)]
struct Event {
    status: Ffi<Status>,
    id: u32,
}

/// A C function that fills in an event through a pointer.
extern "C" fn c_poll(event: *mut CEvent, raw: i32) {
    // SAFETY: the caller passes a pointer to a live, writable event.
    unsafe { event.write(CEvent { status: raw, id: 9 }) };
}

#[test]
fn a_struct_from_c_holds_any_value_as_ffi() {
    // SAFETY: `Event` and `CEvent` have the same layout, field by field.
    let poll = unsafe {
        transmute::<extern "C" fn(*mut CEvent, i32), extern "C" fn(*mut Event, i32)>(c_poll)
    };
    for raw in STATUSES {
        let mut event = Event {
            status: Ffi::new(0),
            id: 0,
        };
        poll(&raw mut event, raw);
        assert_eq!((event.status.value(), event.id), (raw, 9));
        assert_eq!(event.status.get(), Status::decode(raw));
    }
}

/// Returns a code to C: the enum, every value of which is a code.
extern "C" fn last_status(at: usize) -> Status {
    Status::all()[at % Status::COUNT]
}

/// Rust's own rules of ABI compatibility (what Miri checks of a call through a pointer)
/// cover a `#[repr(transparent)]` wrapper and its field, as above, but not a
/// `#[repr(i32)]` enum and `i32`, though the C ABI passes both as an `int`; so this calls
/// the function through a pointer of its own signature, and reads the value as C does.
#[test]
fn a_code_returned_to_c_is_the_enum() {
    let to_c: extern "C" fn(usize) -> Status = last_status;
    for (at, code) in Status::all().iter().enumerate() {
        assert_eq!(to_c(at) as i32, code.value());
        assert_eq!(Ffi::from_code(to_c(at)).map(Ffi::value), Some(code.value()));
    }
}

/// Callbacks of the other widths, as Rust declares them.
extern "C" fn on_small(code: Ffi<Small>) -> u16 {
    code.code()
        .map_or(1000 + u16::from(code.value()), |c| u16::from(c.value()))
}

extern "C" fn on_wide(code: Ffi<Wide>) -> i64 {
    code.code()
        .map_or(code.value().wrapping_add(1), Wide::value)
}

#[test]
fn every_value_of_other_widths_is_received() {
    // SAFETY: `Ffi<Small>` is `#[repr(transparent)]` over `u8`, `Ffi<Wide>` over `i64`.
    let small = unsafe {
        transmute::<extern "C" fn(Ffi<Small>) -> u16, extern "C" fn(u8) -> u16>(on_small)
    };
    for raw in 0..=u8::MAX {
        let want = if raw == 0 || raw == 255 {
            u16::from(raw)
        } else {
            1000 + u16::from(raw)
        };
        assert_eq!(small(raw), want);
    }
    // SAFETY: as above.
    let wide =
        unsafe { transmute::<extern "C" fn(Ffi<Wide>) -> i64, extern "C" fn(i64) -> i64>(on_wide) };
    for raw in [1 << 40, -(1 << 40), 0, 3, i64::MIN, i64::MAX] {
        let want = Wide::from_value(raw).map_or(raw.wrapping_add(1), Wide::value);
        assert_eq!(wide(raw), want, "{raw}");
    }
}

/// `check` of each form, on values C returns, known and not.
mod check {
    use codetable::Open;

    codetable::define_codes! {
        /// Failures negated.
        #[codes(check = negated)]
        pub enum Negated: i32 {
            EPERM = 1 => "Operation not permitted.",
            EINVAL = 22 => "Invalid argument.",
        }

        /// Failures negative.
        #[codes(check = negative)]
        pub enum Negative: i64 {
            ERROR_IO = -1 => "Input/output error.",
            ERROR_TIMEOUT = -7 => "Operation timed out.",
        }

        /// Zero for success.
        #[codes(check = nonzero)]
        pub enum Nonzero: u8 {
            OK = 0 => "Success.",
            BUSY = 5 => "Busy.",
        }
    }

    #[test]
    fn negated() {
        for ret in [i32::MIN, i32::MIN + 1, -23, -22, -1, 0, 1, 22, i32::MAX] {
            let want = match ret {
                0.. => Ok(ret),
                i32::MIN => Err(Negated::decode(i32::MIN)),
                _ => Err(Negated::decode(-ret)),
            };
            assert_eq!(Negated::check(ret), want, "{ret}");
        }
        assert_eq!(Negated::check(-22), Err(Open::Known(Negated::EINVAL)));
        assert_eq!(Negated::check(i32::MIN + 1), Err(Negated::decode(i32::MAX)));
    }

    #[test]
    fn negative() {
        for ret in [i64::MIN, -8, -7, -1, 0, 1, 7, i64::MAX] {
            let want = if ret < 0 {
                Err(Negative::decode(ret))
            } else {
                Ok(ret)
            };
            assert_eq!(Negative::check(ret), want, "{ret}");
        }
        assert_eq!(
            Negative::check(-7),
            Err(Open::Known(Negative::ERROR_TIMEOUT))
        );
        assert_eq!(Negative::check(i64::MIN), Err(Negative::decode(i64::MIN)));
    }

    #[test]
    fn nonzero() {
        for ret in 0..=u8::MAX {
            let want = if ret == 0 {
                Ok(())
            } else {
                Err(Nonzero::decode(ret))
            };
            assert_eq!(Nonzero::check(ret), want, "{ret}");
        }
        assert_eq!(Nonzero::check(5), Err(Open::Known(Nonzero::BUSY)));
        assert_eq!(Nonzero::check(6), Err(Nonzero::decode(6)));
    }
}
