//! [`Ffi`]: a code as C hands it over, sound for every value.

use crate::{Code, IntegerValue, Open};
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;

/// A value of table `C` as C passes it: the integer, whatever it is, with the table's type
/// attached. The type to take a code from C in: a parameter of an `extern "C"` function or
/// callback, a field of a `#[repr(C)]` struct, what a C function pointer returns.
///
/// The table's enum itself is sound only in the other direction, from Rust to C: every
/// value of it is a code. Receiving it from C is undefined behaviour as soon as C sends a
/// value the table lacks (a newer version of the library will), because no value of the
/// enum has those bits: the compiler may assume it never happens, before any `match` or
/// `from_value` can look. `Ffi<C>` is `#[repr(transparent)]` over the table's integer
/// type, so it has the same ABI as that integer, and every bit pattern of it is a valid
/// `Ffi<C>`; [`get`](Self::get) then decodes it, keeping a value the table lacks as
/// [`Open::Unknown`].
///
/// ```
/// #![deny(improper_ctypes, improper_ctypes_definitions)]
/// use codetable::{Ffi, Open};
///
/// codetable::define_codes! {
///     /// Results of a C library.
///     pub enum Status: i32 {
///         OK = 0 => "Success.",
///         BUSY = 7 => "The device is busy.",
///     }
/// }
///
/// /// To C: the enum, every value of which is a code.
/// pub extern "C" fn last_status() -> Status {
///     Status::BUSY
/// }
///
/// /// From C: any `int`, a code of the table or not.
/// pub extern "C" fn on_status(status: Ffi<Status>) -> bool {
///     match status.code() {
///         Some(Status::OK) => true,
///         Some(Status::BUSY) | None => false,
///     }
/// }
///
/// // A library's callback, declared as C declares it: `void (*)(int)`.
/// extern "C" {
///     fn register_callback(callback: extern "C" fn(Ffi<Status>) -> bool);
/// }
///
/// let from_c = Ffi::<Status>::new(1005); // what a newer library may send
/// assert!(!on_status(from_c));
/// assert_eq!(from_c.get(), Status::decode(1005));
/// assert_eq!(from_c.value(), 1005);
/// assert_eq!(from_c.to_string(), "Status 1005 (not in the table)");
/// assert_eq!(Ffi::<Status>::new(7), Status::BUSY);
/// assert_eq!(Ffi::from_code(last_status()).map(Ffi::value), Some(7));
/// ```
///
/// Equality, ordering and hashing are by value, as for [`Open`]. Only tables of integers
/// have it: a string crosses FFI as a pointer, which this crate does not read.
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct Ffi<C: Code<Value: IntegerValue>> {
    value: C::Value,
    table: PhantomData<C>,
}

impl<C: Code<Value: IntegerValue>> Ffi<C> {
    /// The value, as C passed it.
    #[inline]
    #[must_use]
    pub const fn new(value: C::Value) -> Self {
        Self {
            value,
            table: PhantomData,
        }
    }

    /// The code's value, or `None` for a code declared without one (`NAME = _`), which
    /// has no value for C.
    #[inline]
    #[must_use]
    pub fn from_code(code: C) -> Option<Self> {
        code.value().map(Self::new)
    }

    /// The value as C passed it.
    #[inline]
    #[must_use]
    pub const fn value(self) -> C::Value {
        self.value
    }

    /// The code of that value, or the value itself as [`Open::Unknown`].
    #[inline]
    #[must_use]
    pub fn get(self) -> Open<C> {
        C::decode(self.value)
    }

    /// The code of that value, if the table has one: `match` on it.
    #[inline]
    #[must_use]
    pub fn code(self) -> Option<C> {
        C::from_value(self.value)
    }
}

impl<C: Code<Value: IntegerValue>> From<Ffi<C>> for Open<C> {
    #[inline]
    fn from(ffi: Ffi<C>) -> Self {
        ffi.get()
    }
}

impl<C: Code<Value: IntegerValue>> PartialEq for Ffi<C> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<C: Code<Value: IntegerValue>> Eq for Ffi<C> {}

/// The value is the code's.
impl<C: Code<Value: IntegerValue>> PartialEq<C> for Ffi<C> {
    #[inline]
    fn eq(&self, code: &C) -> bool {
        code.value() == Some(self.value)
    }
}

impl<C: Code<Value: IntegerValue>> PartialOrd for Ffi<C> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<C: Code<Value: IntegerValue>> Ord for Ffi<C> {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        self.value.cmp(&other.value)
    }
}

impl<C: Code<Value: IntegerValue>> Hash for Ffi<C> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}

/// `Ffi(Known(BUSY))` or `Ffi(Unknown(1005))`.
impl<C: Code<Value: IntegerValue>> fmt::Debug for Ffi<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Ffi").field(&self.get()).finish()
    }
}

/// As [`Open`] prints it.
impl<C: Code<Value: IntegerValue>> fmt::Display for Ffi<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.get(), f)
    }
}
