//! No function or trait method that `define_codes!` generates allocates: a counting global
//! allocator sees every allocation of the test's thread while the generated 1,000-entry
//! table, every Agora table and the string tables of the examples (SQLSTATE, OAuth) are
//! exercised entry by entry, hits and misses alike.

use codetable::agora::{native, rtc, signaling, web, ALL_TABLES};
use codetable::{Code, CodeValue, IntegerValue, Open, Table};
use codetable_benches::Gen1000;
use codetable_examples::oauth::OAuthError;
use codetable_examples::sqlstate::SqlState;
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

/// `name` in lower case, in `bytes` (names are at most 128 bytes long here).
fn lower<'a>(name: &str, bytes: &'a mut [u8; 128]) -> &'a str {
    let bytes = &mut bytes[..name.len()];
    bytes.copy_from_slice(name.as_bytes());
    bytes.make_ascii_lowercase();
    std::str::from_utf8(bytes).expect("ASCII case changes keep UTF-8")
}

/// A value of integer table `C` that no entry has: one past the largest, or below the
/// smallest.
fn missing_int<C: Code<Value: IntegerValue>>() -> C::Value {
    let values = || {
        C::all()
            .iter()
            .copied()
            .filter_map(Code::value)
            .map(IntegerValue::to_i128)
    };
    let (low, high) = (
        values().min().expect("a value"),
        values().max().expect("a value"),
    );
    C::Value::from_i128(high + 1)
        .or_else(|| C::Value::from_i128(low - 1))
        .expect("the table leaves a value of its type out")
}

/// Every method of the `Code` trait and the trait impls (`Display` and `Debug`, padded or
/// not, `FromStr` of names, aliases and values, `TryFrom`, `Error`) on every entry and
/// alias of `C`, and the misses (`missing` is a value no entry has).
fn exercise<C>(buffer: &mut Buffer, missing: C::Value)
where
    C: Code
        + FromStr<Err = codetable::UnknownName>
        + TryFrom<C::Value>
        + TryFrom<Open<C>, Error = codetable::UnknownValue<C::Raw>>
        + std::error::Error,
    <C as TryFrom<C::Value>>::Error: fmt::Display,
{
    let mut bytes = [0; 128];
    for (index, code) in C::all().iter().copied().enumerate() {
        assert_eq!(codetable::__private::Layout::position(code), index);
        let name = black_box(code.name());
        assert_eq!(C::from_name(name), Some(code));
        assert_eq!(name.parse::<C>(), Ok(code));
        assert_eq!(
            C::from_name_ignore_ascii_case(lower(name, &mut bytes)),
            Some(code)
        );
        if let Some(value) = code.value() {
            assert_eq!(C::from_value(value), Some(code));
            assert!(C::try_from(value).is_ok());
            assert_eq!(
                C::from_str(buffer.format(format_args!("{value}"))),
                Ok(code)
            );
        }
        let description = black_box(code.description());
        assert_eq!(code.description_in(C::LANGS[0]), Some(description));
        for lang in C::LANGS {
            assert!(code.description_in(lang).is_some());
        }
        assert_eq!(code.description_in("xx"), None);
        black_box(code.details());
        black_box(code.is_deprecated());
        let text = buffer.format(format_args!("{code}"));
        let line = description.lines().next().unwrap_or_default();
        assert!(
            text.starts_with(name) && text.ends_with(line) && !text.contains('\n'),
            "{name}"
        );
        let length = text.chars().count();
        let padded = buffer.format(format_args!("{code:>width$}", width = length + 7));
        assert_eq!(padded.chars().count(), length + 7);
        assert!(padded.starts_with("       ") && padded.ends_with(line));
        assert_eq!(buffer.format(format_args!("{code:.3}")).chars().count(), 3);
        let qualified = buffer.format(format_args!("{code:*^#80}"));
        assert!(qualified.trim_matches('*').starts_with(C::TABLE));
        let debug = buffer.format(format_args!("{code:?}"));
        assert!(debug.starts_with(name), "{debug}");
        assert_eq!(debug.contains(" = "), code.value().is_some(), "{debug}");
        let debug = buffer.format(format_args!("{code:<80?}|"));
        assert!(debug.starts_with(name) && debug.ends_with(" |"));
        let short = buffer.format(format_args!("{}", code.short()));
        assert!(short.starts_with(name), "{short}");
        assert_eq!(short.ends_with(')'), code.value().is_some(), "{short}");
        assert!(std::error::Error::source(&code).is_none());
    }
    for alias in C::ALIASES {
        let name = black_box(alias.name());
        assert_eq!(C::from_name(name), Some(alias.code()));
        assert_eq!(name.parse::<C>(), Ok(alias.code()));
        assert_eq!(
            C::from_name_ignore_ascii_case(lower(name, &mut bytes)),
            Some(alias.code())
        );
        black_box((
            alias.description(),
            alias.description_in(C::LANGS[0]),
            alias.details(),
            alias.is_deprecated(),
        ));
    }
    assert_eq!(C::from_name(MISSING), None);
    assert_eq!(C::from_name_ignore_ascii_case(MISSING), None);
    let unknown = MISSING.parse::<C>().expect_err("no such name");
    assert!(buffer.format(format_args!("{unknown}")).contains(C::TABLE));
    buffer.format(format_args!("{unknown:?}"));
    // A value that no entry has.
    assert_eq!(C::from_value(missing), None);
    match C::try_from(missing) {
        Ok(_) => panic!("no entry has this value"),
        Err(error) => assert!(buffer.format(format_args!("{error}")).contains(C::TABLE)),
    }
    open::<C>(buffer, missing);
}

/// `Open<C>` of every code of `C` and of a value it lacks (`missing`): `decode`,
/// `Table::decode`, `from_value`, the accessors, `From`, `TryFrom`, `Display` (padded) and
/// `Debug`, comparison and hashing.
fn open<C>(buffer: &mut Buffer, missing: C::Value)
where
    C: Code + TryFrom<Open<C>, Error = codetable::UnknownValue<C::Raw>>,
{
    let first = C::all()[0];
    for code in C::all().iter().copied() {
        let open = Open::from(code);
        if let Some(value) = code.value() {
            assert_eq!(C::decode(value), open);
            let entry = Table::of::<C>().decode(value.as_value().unwrap());
            assert_eq!(
                entry.and_then(Result::ok).map(|e| e.name),
                Some(code.name())
            );
        }
        assert!(open.is_known());
        assert_eq!(open.known(), Some(code));
        assert_eq!(open.or(first), code);
        assert_eq!(open.name(), Some(code.name()));
        assert_eq!(open.description(), Some(code.description()));
        assert_eq!(open.value(), code.value().map(C::Raw::from));
        assert!(C::try_from(open).is_ok());
        let length = buffer.format(format_args!("{open}")).chars().count();
        let padded = buffer.format(format_args!("{open:>width$}", width = length + 3));
        let line = code.description().lines().next().unwrap_or_default();
        assert!(padded.starts_with("   ") && padded.ends_with(line));
        buffer.format(format_args!("{open:?}"));
        buffer.format(format_args!("{}", open.short()));
        assert_eq!(hash(open), hash(open));
    }
    // A value no entry has.
    let raw = C::Raw::from(missing);
    let unknown = C::decode(missing);
    assert!(matches!(unknown, Open::Unknown(value) if value.value() == raw));
    let decoded = Table::of::<C>().decode(missing.as_value().unwrap());
    assert!(decoded.is_some_and(|d| d.is_err()));
    assert!(!unknown.is_known());
    assert_eq!(
        (unknown.known(), unknown.name(), unknown.description()),
        (None, None, None)
    );
    assert_eq!(unknown.value(), Some(raw));
    assert_eq!(unknown.or(first), first);
    let error = C::try_from(unknown).expect_err("not in the table");
    assert!(buffer.format(format_args!("{error}")).contains(C::TABLE));
    assert_ne!(unknown, Open::from(first));
    assert_eq!(hash(unknown), hash(C::decode(missing)));
    let text = buffer.format(format_args!("{unknown}"));
    assert!(text.starts_with(C::TABLE) && text.ends_with(" (not in the table)"));
    let length = text.len();
    let padded = buffer.format(format_args!("{unknown:*^width$}", width = length + 4));
    assert!(padded.starts_with("**") && padded.ends_with("table)**"));
    buffer.format(format_args!("{unknown:?}"));
    let error: &dyn std::error::Error = &unknown;
    assert!(error.source().is_none());
}

/// A hash of `open` with the standard library's hasher (which does not allocate).
fn hash<C: Code>(open: Open<C>) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    BuildHasherDefault::<DefaultHasher>::default().hash_one(open)
}

/// `check` (an Agora table's reading of an SDK method's return value) on success, on every
/// code of the table negated, on unknown codes and on `i32::MIN`.
fn returns<C: Code<Value = i32, Raw = i32>>(
    check: fn(i32) -> Result<i32, Open<C>>,
    buffer: &mut Buffer,
) {
    for ret in [0, 1, 4, i32::MAX] {
        assert_eq!(check(ret), Ok(ret));
    }
    for code in C::all().iter().copied() {
        let value = code.value().expect("a value");
        if value > 0 {
            assert_eq!(check(-value).map_err(Open::known), Err(Some(code)));
        }
    }
    // A code neither Native nor RTC v4 has.
    let unknown = check(-23).expect_err("a failure");
    assert!(matches!(unknown, Open::Unknown(code) if code.value() == 23));
    assert!(buffer
        .format(format_args!("{unknown}"))
        .ends_with(" 23 (not in the table)"));
    assert!(matches!(check(i32::MIN), Err(Open::Unknown(code)) if code.value() == i32::MIN));
}

/// The inherent methods (`const` and without `Option` where they can be) of table `$t`, and
/// the cast to its value type `$v`.
macro_rules! inherent {
    ($t:ty, $v:ty) => {{
        for code in <$t>::all().iter().copied() {
            assert_eq!(<$t>::from_name(code.name()), Some(code));
            black_box((
                code.value(),
                code as $v,
                code.description(),
                code.details(),
                code.is_deprecated(),
            ));
            black_box(code.description_in(<$t>::LANGS[0]));
            // The table's own (const) decode.
            if let Some(value) = Code::value(code) {
                assert_eq!(<$t>::decode(value), Open::Known(code));
            }
        }
        assert_eq!(<$t>::all().len(), <$t>::COUNT);
        assert_eq!(<$t>::from_name(MISSING), None);
        assert_eq!(<$t>::from_name_ignore_ascii_case(MISSING), None);
        black_box(<$t>::ALIASES.len());
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
        exercise::<Gen1000>(&mut buffer, missing_int::<Gen1000>());
        exercise::<signaling::SignalingError>(
            &mut buffer,
            missing_int::<signaling::SignalingError>(),
        );
        exercise::<native::NativeError>(&mut buffer, missing_int::<native::NativeError>());
        exercise::<native::NativeWarning>(&mut buffer, missing_int::<native::NativeWarning>());
        exercise::<web::WebError>(&mut buffer, missing_int::<web::WebError>());
        exercise::<web::WebWarning>(&mut buffer, missing_int::<web::WebWarning>());
        exercise::<rtc::RtcError>(&mut buffer, missing_int::<rtc::RtcError>());
        exercise::<SqlState>(&mut buffer, "XX999");
        exercise::<OAuthError>(&mut buffer, "access_denied");

        inherent!(Gen1000, i32);
        inherent!(signaling::SignalingError, i32);
        inherent!(native::NativeError, i32);
        inherent!(native::NativeWarning, i32);
        inherent!(web::WebError, i32);
        inherent!(web::WebWarning, i32);
        inherent!(rtc::RtcError, i32);

        // `From<Self>` and `as` for the value type, where every entry has a value.
        for code in Gen1000::all().iter().copied() {
            assert_eq!(i32::from(code), code.value());
            assert_eq!(code as i32, code.value());
        }
        for code in native::NativeError::all().iter().copied() {
            assert_eq!(i32::from(code), code.value());
        }
        returns(native::NativeError::check, &mut buffer);
        returns(rtc::RtcError::check, &mut buffer);

        // A string table's inherent methods, and its unknown codes kept inline: one the
        // table's length holds, and one cut short.
        for code in SqlState::all().iter().copied() {
            let value = black_box(code.value());
            assert_eq!(SqlState::from_value(value), Some(code));
            assert_eq!(SqlState::decode(value), Open::Known(code));
            assert_eq!(<&'static str>::from(code), value);
            assert_eq!(SqlState::try_from(value), Ok(code));
        }
        assert_eq!(SqlState::from_value(black_box("2350X")), None);
        let cut = SqlState::decode(black_box("XX99999"));
        assert!(matches!(cut, Open::Unknown(raw) if raw.value().is_truncated()));
        assert!(buffer
            .format(format_args!("{cut:>50}"))
            .ends_with("SqlState XX999... (not in the table)"));
        assert!(!cut.is_known());
        assert_eq!(
            OAuthError::decode("invalid_grant"),
            Open::Known(OAuthError::INVALID_GRANT)
        );
    });
    assert_eq!(n, 0, "the generated functions allocated {n} times");
}

#[test]
fn table_views_do_not_allocate() {
    let mut buffer = Buffer::new();
    let mut bytes = [0; 128];
    let n = allocations(|| {
        let strings = [Table::of::<SqlState>(), Table::of::<OAuthError>()];
        for table in ALL_TABLES.iter().chain(&strings) {
            for entry in table.all() {
                if let Some(value) = entry.value {
                    assert!(table.from_value(value).is_some());
                }
                assert_eq!(
                    table.from_name(entry.name).map(|e| e.index),
                    Some(entry.index)
                );
                assert_eq!(
                    table
                        .from_name_ignore_ascii_case(lower(entry.name, &mut bytes))
                        .map(|e| e.index),
                    Some(entry.index)
                );
                assert_eq!(
                    entry.description_in(table.langs()[0]),
                    Some(entry.description)
                );
                buffer.format(format_args!("{entry:?}"));
            }
            for alias in table.aliases() {
                assert_eq!(
                    table.from_name(alias.name).map(|e| e.index),
                    Some(alias.entry.index)
                );
                assert!(table.alias(alias.name).is_some());
                black_box(alias.description_in(table.langs()[0]));
                buffer.format(format_args!("{alias:?}"));
            }
            assert!(table.from_name(MISSING).is_none());
            assert!(table.alias(MISSING).is_none());
            buffer.format(format_args!("{table:?}"));
        }
    });
    assert_eq!(n, 0, "the table views allocated {n} times");
}
