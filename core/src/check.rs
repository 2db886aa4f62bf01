//! Reading a C function's return value: success, or a code of table `C`.
//!
//! C libraries return failures in one of a few conventions; `#[codes(check = ...)]` on a
//! table gives it a `check(ret)` of its convention, which calls the function of the same
//! name here. Each is generic, for code over tables too. A failure the table does not know
//! stays [`Open::Unknown`] with its code.
//!
//! | option | success | failure | C libraries |
//! |---|---|---|---|
//! | `check = negated` | `ret >= 0`: `Ok(ret)` | `ret < 0`: the code `-ret` | Agora's SDKs, the Linux kernel (`-EINVAL`) |
//! | `check = negative` | `ret >= 0`: `Ok(ret)` | `ret < 0`: the code `ret` | libusb, HRESULT |
//! | `check = nonzero` | `ret == 0`: `Ok(())` | `ret != 0`: the code `ret` | SQLite, most `int`-returning APIs |
//!
//! ```
//! use codetable::{check, Open};
//!
//! codetable::define_codes! {
//!     /// A few errno values.
//!     pub enum Errno: i32 {
//!         EPERM = 1 => "Operation not permitted.",
//!         EINVAL = 22 => "Invalid argument.",
//!     }
//! }
//!
//! assert_eq!(check::negated::<Errno>(-22), Err(Open::Known(Errno::EINVAL)));
//! assert_eq!(check::negated::<Errno>(512), Ok(512));
//! assert_eq!(check::nonzero::<Errno>(0), Ok(()));
//! assert_eq!(check::nonzero::<Errno>(95), Err(Errno::decode(95)));
//! ```

use crate::{Code, IntegerValue, Open};

/// `check = negated`: `ret >= 0` is success, returned as is (a count, an id); a negative
/// `ret` is the failure `-ret`. The type's smallest value, which has no negation, is
/// `Unknown(ret)` (the code of `ret`, in a table that has one). An unsigned `ret` is always success.
///
/// # Errors
/// The code `-ret` of a failure, as an [`Open`].
#[inline]
pub fn negated<C: Code<Value: IntegerValue>>(ret: C::Value) -> Result<C::Value, Open<C>> {
    let n = ret.to_i128();
    if n >= 0 {
        return Ok(ret);
    }
    Err(match C::Value::from_i128(-n) {
        Some(code) => C::decode(code),
        // `ret` itself, which is `Unknown` unless the table has a code of that value.
        None => C::decode(ret),
    })
}

/// `check = negative`: `ret >= 0` is success, returned as is; a negative `ret` is itself the
/// failure's code. An unsigned `ret` is always success.
///
/// # Errors
/// The code `ret` of a failure, as an [`Open`].
#[inline]
pub fn negative<C: Code<Value: IntegerValue>>(ret: C::Value) -> Result<C::Value, Open<C>> {
    if ret.to_i128() >= 0 {
        Ok(ret)
    } else {
        Err(C::decode(ret))
    }
}

/// `check = nonzero`: `0` is success; any other `ret` is the failure's code.
///
/// # Errors
/// The code `ret` of a failure, as an [`Open`].
#[inline]
pub fn nonzero<C: Code<Value: IntegerValue>>(ret: C::Value) -> Result<(), Open<C>> {
    if ret.to_i128() == 0 {
        Ok(())
    } else {
        Err(C::decode(ret))
    }
}
