//! A table crosses FFI as its value type: to C as the enum (`#[repr(T)]`, each discriminant
//! the value), from C as `Ffi<T>`, which every value of `T` is.
#![deny(improper_ctypes_definitions, improper_ctypes)]

use codetable::{Ffi, Open};

codetable::define_codes! {
    /// Results of a C library.
    pub enum Status: i32 {
        OK = 0 => "Success.",
        TIMEOUT = -1001 => "The call timed out.",
        BUSY = 7 => "The device is busy.",
    }
}

/// Returned to C as an `int`.
pub extern "C" fn last_status() -> Status {
    Status::TIMEOUT
}

/// Taken from C as an `int`, any `int`.
pub extern "C" fn describe(status: Ffi<Status>) -> i32 {
    status.value() * 2
}

/// A C struct with a code in it.
#[repr(C)]
pub struct Event {
    /// The status, as C wrote it.
    pub status: Ffi<Status>,
    /// Something else.
    pub id: u32,
}

extern "C" {
    /// A C function that reports through a callback and a struct.
    pub fn poll(callback: extern "C" fn(Ffi<Status>) -> i32, event: *mut Event) -> Status;
}

fn main() {
    assert_eq!(last_status() as i32, -1001);
    assert_eq!(describe(Ffi::new(7)), 14);
    assert_eq!(describe(Ffi::new(12345)), 24690);
    assert_eq!(Ffi::<Status>::new(12345).get(), Status::decode(12345));
    assert_eq!(std::mem::size_of::<Status>(), std::mem::size_of::<i32>());
    assert_eq!(std::mem::size_of::<Ffi<Status>>(), std::mem::size_of::<i32>());
    assert_eq!(std::mem::align_of::<Ffi<Status>>(), std::mem::align_of::<i32>());
    for code in Status::all() {
        assert_eq!(Some(*code as i32), Some(code.value()));
        assert_eq!(Ffi::from_code(*code), Some(Ffi::new(*code as i32)));
    }
}
