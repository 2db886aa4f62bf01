//! A table crosses FFI as its value type: `#[repr(T)]`, each discriminant the value.
#![deny(improper_ctypes_definitions, improper_ctypes)]

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

/// Taken from C as an `int`.
pub extern "C" fn describe(status: Status) -> i32 {
    status as i32 * 2
}

fn main() {
    assert_eq!(last_status() as i32, -1001);
    assert_eq!(describe(Status::BUSY), 14);
    assert_eq!(std::mem::size_of::<Status>(), std::mem::size_of::<i32>());
    for code in Status::all() {
        assert_eq!(Some(*code as i32), Some(code.value()));
    }
}
