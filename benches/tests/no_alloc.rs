//! No function or trait method that `define_codes!` generates allocates: a counting global
//! allocator sees every allocation of the test's thread while the generated 1,000-entry
//! table and every Agora table are exercised entry by entry, hits and misses alike.

use codetable::agora::{native, rtc, signaling, web, ALL_TABLES};
use codetable::Code;
use codetable_benches::Gen1000;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::{self, Write};
use std::hint::black_box;
use std::str::FromStr;

/// The system allocator, counting the allocations of threads that asked for it.
struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count() {
    // `try_with`: during thread teardown the slots may be gone; that thread is not counting.
    if COUNTING.try_with(Cell::get).unwrap_or(false) {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
    }
}

// SAFETY: every call is forwarded unchanged to `System`; the counting touches only
// const-initialised thread-locals, which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count();
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The allocations `f` makes on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    ALLOCATIONS.with(|n| n.set(0));
    COUNTING.with(|c| c.set(true));
    f();
    COUNTING.with(|c| c.set(false));
    ALLOCATIONS.with(Cell::get)
}

/// A `fmt::Write` into a fixed buffer, so formatting needs no allocator.
struct Buffer {
    bytes: [u8; 4096],
    len: usize,
}

impl Buffer {
    fn new() -> Self {
        Self {
            bytes: [0; 4096],
            len: 0,
        }
    }
    fn text(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).expect("only str was written")
    }
    /// Formats `args` into the buffer, after clearing it.
    fn format(&mut self, args: fmt::Arguments<'_>) -> &str {
        self.len = 0;
        self.write_fmt(args).expect("the buffer is large enough");
        self.text()
    }
}

impl Write for Buffer {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// A name no table has.
const MISSING: &str = "NO_SUCH_CODE_IN_ANY_TABLE";

/// Every method of the `Code` trait and the trait impls (`Display`, `Debug`, `FromStr`,
/// `TryFrom`, `Error`) on every entry of `C`, and the misses.
fn exercise<C>(buffer: &mut Buffer)
where
    C: Code + FromStr<Err = codetable::UnknownName> + TryFrom<C::Value> + std::error::Error,
    <C as TryFrom<C::Value>>::Error: fmt::Display,
{
    for (index, code) in C::iter().enumerate() {
        assert_eq!(code.index(), index);
        let name = black_box(code.name());
        assert_eq!(C::from_name(name), Some(code));
        assert_eq!(name.parse::<C>(), Ok(code));
        if let Some(value) = code.value() {
            let first = C::from_value(value).expect("every value is found");
            assert_eq!(first.value(), Some(value));
            assert!(C::try_from(value).is_ok());
        }
        let description = black_box(code.description());
        assert_eq!(code.description_in(C::LANGS[0]), Some(description));
        for lang in C::LANGS {
            assert!(code.description_in(lang).is_some());
        }
        assert_eq!(code.description_in("xx"), None);
        black_box(code.details());
        black_box(code.is_deprecated());
        assert_eq!(buffer.format(format_args!("{code}")), description);
        assert!(buffer.format(format_args!("{code:#}")).starts_with(name));
        assert_eq!(buffer.format(format_args!("{code:?}")), name);
        assert!(std::error::Error::source(&code).is_none());
    }
    assert_eq!(C::from_name(MISSING), None);
    let unknown = MISSING.parse::<C>().expect_err("no such name");
    assert!(buffer.format(format_args!("{unknown}")).contains(C::TABLE));
    buffer.format(format_args!("{unknown:?}"));
    // A value that no entry has: one past the largest.
    let largest = C::iter()
        .filter_map(Code::value)
        .max()
        .expect("some entry has a value");
    if let Some(missing) =
        codetable::CodeValue::from_i128(codetable::CodeValue::to_i128(largest) + 1)
    {
        assert_eq!(C::from_value(missing), None);
        match C::try_from(missing) {
            Ok(_) => panic!("no entry has this value"),
            Err(error) => assert!(buffer.format(format_args!("{error}")).contains(C::TABLE)),
        }
    }
}

/// The inherent methods (`const` and without `Option` where they can be) of table `$t`.
macro_rules! inherent {
    ($t:ty, $buffer:expr) => {{
        for code in <$t>::iter() {
            assert_eq!(<$t>::from_name(code.name()), Some(code));
            black_box((
                code.value(),
                code.description(),
                code.details(),
                code.is_deprecated(),
            ));
            black_box(code.description_in(<$t>::LANGS[0]));
        }
        assert_eq!(<$t>::ALL.len(), <$t>::COUNT);
        assert_eq!(<$t>::from_name(MISSING), None);
    }};
}

#[test]
fn the_counter_sees_allocations() {
    // Proves that a zero below means something: an allocation in `f` is counted.
    let n = allocations(|| {
        black_box(Vec::<u8>::with_capacity(black_box(16)));
    });
    assert_eq!(n, 1);
}

#[test]
fn generated_functions_do_not_allocate() {
    let mut buffer = Buffer::new();
    let n = allocations(|| {
        exercise::<Gen1000>(&mut buffer);
        exercise::<signaling::SignalingError>(&mut buffer);
        exercise::<native::NativeError>(&mut buffer);
        exercise::<native::NativeWarning>(&mut buffer);
        exercise::<web::WebError>(&mut buffer);
        exercise::<web::WebWarning>(&mut buffer);
        exercise::<rtc::RtcError>(&mut buffer);

        inherent!(Gen1000, buffer);
        inherent!(signaling::SignalingError, buffer);
        inherent!(native::NativeError, buffer);
        inherent!(native::NativeWarning, buffer);
        inherent!(web::WebError, buffer);
        inherent!(web::WebWarning, buffer);
        inherent!(rtc::RtcError, buffer);

        // `From<Self>` for the value type, where every entry has a value.
        for code in Gen1000::iter() {
            assert_eq!(i32::from(code), code.value());
        }
        for code in native::NativeError::iter() {
            assert_eq!(i32::from(code), code.value());
            assert_eq!(
                native::NativeError::from_return_code(-code.value()).is_some(),
                code.value() != 0
            );
        }
        for code in rtc::RtcError::iter() {
            assert_eq!(
                rtc::RtcError::from_return_code(-code.value()).is_some(),
                code.value() != 0
            );
        }
    });
    assert_eq!(n, 0, "the generated functions allocated {n} times");
}

#[test]
fn table_views_do_not_allocate() {
    let mut buffer = Buffer::new();
    let n = allocations(|| {
        for table in ALL_TABLES {
            for entry in table.entries() {
                if let Some(value) = entry.value {
                    assert!(table.find_value(value).is_some());
                }
                assert_eq!(
                    table.find_name(entry.name).map(|e| e.index),
                    Some(entry.index)
                );
                assert_eq!(
                    entry.description_in(table.langs()[0]),
                    Some(entry.description)
                );
                buffer.format(format_args!("{entry:?}"));
            }
            assert!(table.find_name(MISSING).is_none());
            buffer.format(format_args!("{table:?}"));
        }
    });
    assert_eq!(n, 0, "the table views allocated {n} times");
}
