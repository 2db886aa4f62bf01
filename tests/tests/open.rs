//! `Open<C>` from outside the crate: a code of a table or a value the table does not know.
//! Each value has one representation (`decode` never gives `Unknown` for a known value, and
//! code outside the crate cannot build an `Unknown` at all), so a `match` is always right;
//! equality, ordering and hashing are by value, and an unknown value prints with its table.

use codetable::agora::signaling::SignalingError;
use codetable::agora::web::WebError;
use codetable::{Code, Open, UnknownCode, UnknownValue};
use proptest::prelude::*;
use std::collections::{BTreeSet, HashSet};
use std::error::Error;

codetable::define_codes! {
    /// A small table with sparse values, negative ones included.
    pub enum Status: i32 {
        LOW = -40 => "The lowest.",
        ZERO = 0 => "Nothing.",
        BUSY = 7 => "The service is busy.",
        TIMEOUT = 1001 => "The call timed out.",
        /// Another name of BUSY.
        OCCUPIED = BUSY,
    }

    /// An unsigned table whose values reach the top of its type.
    pub enum Wide: u64 {
        ONE = 1 => "One.",
        TOP = 18_446_744_073_709_551_615 => "The largest u64.",
    }

    /// A table with entries that have no value.
    pub enum Partly: u8 {
        FIRST = 3 => "Has a value.",
        NO_VALUE = _ => "Has none.",
        LAST = 9 => "Has one too.",
        ALSO_NONE = _ => "Has none either.",
    }
}

/// The variant and its content.
fn parts<C: Code>(open: Open<C>) -> Result<C, C::Raw> {
    match open {
        Open::Known(code) => Ok(code),
        Open::Unknown(unknown) => Err(unknown.value()),
    }
}

/// Checks `decode` and `from_value` of `value` against `from_value` of the table.
fn decodes_once<C: Code>(value: C::Value) -> Result<(), TestCaseError> {
    let expected = C::from_value(value).ok_or(C::Raw::from(value));
    prop_assert_eq!(parts(C::decode(value)), expected);
    prop_assert_eq!(C::decode(value).is_known(), expected.is_ok());
    prop_assert_eq!(C::decode(value).value(), Some(C::Raw::from(value)));
    Ok(())
}

proptest! {
    #[test]
    fn a_known_value_is_never_unknown(value in prop_oneof![
        any::<i32>(),
        -50_i32..1100,
        Just(i32::MIN),
        Just(i32::MAX),
    ]) {
        decodes_once::<Status>(value)?;
        decodes_once::<SignalingError>(value)?;
        decodes_once::<codetable::agora::native::NativeError>(value)?;
        decodes_once::<codetable::agora::rtc::RtcError>(value)?;
        decodes_once::<WebError>(value)?;
        // The table's own (const) decode is the trait's.
        prop_assert_eq!(parts(Status::decode(value)), parts(<Status as Code>::decode(value)));
    }

    #[test]
    fn any_u64_and_u8_decodes_once(wide in any::<u64>(), small in any::<u8>()) {
        decodes_once::<Wide>(wide)?;
        decodes_once::<Partly>(small)?;
    }

    #[test]
    fn unknown_code_is_only_a_value_the_table_does_not_know(value in -50_i32..1100) {
        let decoded = Status::decode(value);
        match UnknownCode::<Status>::new(value) {
            Some(unknown) => {
                prop_assert_eq!(Open::Unknown(unknown), decoded);
                prop_assert_eq!(unknown.value(), value);
                prop_assert!(Status::from_value(value).is_none());
            }
            None => prop_assert_eq!(parts(decoded), Ok(Status::from_value(value).unwrap())),
        }
        // So the variants answer as `known` does.
        prop_assert_eq!(matches!(decoded, Open::Known(_)), decoded.known().is_some());
    }

    #[test]
    fn order_is_by_value(a in -50_i32..1100, b in -50_i32..1100) {
        prop_assert_eq!(Status::decode(a).cmp(&Status::decode(b)), a.cmp(&b));
        prop_assert_eq!(Status::decode(a) == Status::decode(b), a == b);
        prop_assert_eq!(Status::decode(a) == Status::TIMEOUT, a == 1001);
    }
}

#[test]
fn every_code_is_found_known() {
    for code in Status::all().iter().copied() {
        let value = code.value();
        assert_eq!(parts(Status::decode(value)), Ok(code));
        assert_eq!(parts(Open::from(code)), Ok(code));
    }
    for code in SignalingError::all().iter().copied() {
        assert_eq!(parts(SignalingError::decode(code.value())), Ok(code));
    }
    // An alias is the code it stands for.
    assert_eq!(parts(Status::decode(7)), Ok(Status::OCCUPIED));
    assert_eq!(parts(Status::decode(7)), Ok(Status::BUSY));
    // Misses, near the values and at the type's ends.
    for value in [-41, -39, -1, 1, 6, 8, 1000, 1002, i32::MIN, i32::MAX] {
        assert_eq!(parts(Status::decode(value)), Err(value), "{value}");
    }
    assert_eq!(parts(Wide::decode(u64::MAX)), Ok(Wide::TOP));
    assert_eq!(parts(Wide::decode(u64::MAX - 1)), Err(u64::MAX - 1));
    assert_eq!(parts(Wide::decode(0)), Err(0));
    // A value-less entry is never decoded: its discriminant is not a value.
    for value in 0..=u8::MAX {
        assert!(
            !matches!(
                Partly::decode(value),
                Open::Known(Partly::NO_VALUE | Partly::ALSO_NONE)
            ),
            "{value}"
        );
    }
}

/// Decoded at compile time, and matched on.
const BUSY: Open<Status> = Status::decode(7);
const MISSING: Open<Status> = Status::decode(8);

#[test]
fn decode_is_const_and_matches() {
    assert!(matches!(BUSY, Open::Known(Status::BUSY)));
    assert!(matches!(MISSING, Open::Unknown(unknown) if unknown.value() == 8));
    let described = |open: Open<Status>| match open {
        Open::Known(Status::OCCUPIED) => "busy".to_owned(),
        Open::Known(code) => code.name().to_lowercase(),
        Open::Unknown(unknown) => format!("unknown {}", unknown.value()),
    };
    assert_eq!(described(BUSY), "busy");
    assert_eq!(described(Status::decode(1001)), "timeout");
    assert_eq!(described(MISSING), "unknown 8");
}

#[test]
fn accessors() {
    let known = Status::decode(1001);
    let unknown = Status::decode(1005);
    assert_eq!(known.known(), Some(Status::TIMEOUT));
    assert_eq!(unknown.known(), None);
    assert!(known.is_known());
    assert!(!unknown.is_known());
    assert_eq!(known.value(), Some(1001));
    assert_eq!(unknown.value(), Some(1005));
    assert_eq!(known.or(Status::ZERO), Status::TIMEOUT);
    assert_eq!(unknown.or(Status::ZERO), Status::ZERO);
    assert_eq!(known.name(), Some("TIMEOUT"));
    assert_eq!(unknown.name(), None);
    assert_eq!(known.description(), Some("The call timed out."));
    assert_eq!(unknown.description(), None);
    // A known code without a value has none; an unknown one always has its value.
    let none = Open::from(Partly::NO_VALUE);
    assert_eq!(none.value(), None);
    assert_eq!(none.name(), Some("NO_VALUE"));
    assert_eq!(none.description(), Some("Has none."));
    assert_eq!(Partly::decode(4).value(), Some(4));
    assert_eq!(
        Open::from(WebError::ERR_STATIC_USE_DYNAMIC_KEY).value(),
        Some(119)
    );
    // Copy: used after being passed by value.
    let copy = known;
    assert_eq!(copy.or(Status::LOW), known.or(Status::LOW));
}

#[test]
fn from_and_try_from() {
    let open: Open<Status> = Status::BUSY.into();
    assert_eq!(parts(open), Ok(Status::BUSY));
    assert_eq!(Status::try_from(open), Ok(Status::BUSY));
    assert_eq!(Status::try_from(Status::decode(7)), Ok(Status::BUSY));
    let error: UnknownValue<i32> = Status::try_from(Status::decode(1005)).unwrap_err();
    assert_eq!((error.table(), error.value()), ("Status", 1005));
    assert_eq!(error.to_string(), "Status has no code with value 1005");
    let error = Wide::try_from(Wide::decode(2)).unwrap_err();
    assert_eq!(error.to_string(), "Wide has no code with value 2");
    assert_eq!(
        Partly::try_from(Open::from(Partly::ALSO_NONE)),
        Ok(Partly::ALSO_NONE)
    );
    // `?` converts the error.
    let read = |open: Open<SignalingError>| -> Result<&'static str, Box<dyn Error>> {
        Ok(SignalingError::try_from(open)?.name())
    };
    assert_eq!(read(SignalingError::decode(201)).unwrap(), "LOGIN_E_NET");
    assert_eq!(
        read(SignalingError::decode(1005)).unwrap_err().to_string(),
        "SignalingError has no code with value 1005"
    );
}

#[test]
fn equality_hash_and_order_are_by_value() {
    // No `Unknown` holds a known value: 7 is BUSY, however it is asked for.
    assert_eq!(UnknownCode::<Status>::new(7), None);
    assert_eq!(Status::decode(7), Open::Known(Status::BUSY));
    // An `Open` equals the code it is, and a code converts into one.
    assert_eq!(Status::decode(7), Status::BUSY);
    assert_eq!(Status::decode(7), Status::OCCUPIED);
    assert_ne!(Status::decode(8), Status::BUSY);
    assert_ne!(Status::decode(8), Open::Known(Status::BUSY));
    let set: HashSet<Open<Status>> = [
        Open::from(Status::OCCUPIED),
        Open::Known(Status::BUSY),
        Status::decode(7),
        Status::decode(8),
        Status::decode(8),
    ]
    .into_iter()
    .collect();
    assert_eq!(set.len(), 2);
    assert!(set.contains(&Open::Known(Status::OCCUPIED)));
    assert!(set.contains(&Status::decode(8)));
    // Ordered by value, known and unknown interleaved.
    let sorted: Vec<Option<i32>> = [
        Status::decode(1005),
        Open::Known(Status::TIMEOUT),
        Status::decode(-100),
        Open::Known(Status::LOW),
        Status::decode(3),
        Open::Known(Status::ZERO),
    ]
    .into_iter()
    .collect::<BTreeSet<_>>()
    .into_iter()
    .map(Open::value)
    .collect();
    assert_eq!(
        sorted,
        [
            Some(-100),
            Some(-40),
            Some(0),
            Some(3),
            Some(1001),
            Some(1005)
        ]
    );
    assert!(Status::decode(i32::MIN) < Open::Known(Status::LOW));
    assert!(Status::decode(i32::MAX) > Open::Known(Status::TIMEOUT));
    assert!(Wide::decode(2) < Open::Known(Wide::TOP));
    // Known codes without a value come after every value, in table order, and are distinct.
    let partly: Vec<Result<Partly, u8>> = [
        Open::from(Partly::ALSO_NONE),
        Partly::decode(u8::MAX),
        Open::from(Partly::NO_VALUE),
        Open::from(Partly::LAST),
        Partly::decode(0),
    ]
    .into_iter()
    .collect::<BTreeSet<_>>()
    .into_iter()
    .map(parts)
    .collect();
    assert_eq!(
        partly,
        [
            Err(0),
            Ok(Partly::LAST),
            Err(u8::MAX),
            Ok(Partly::NO_VALUE),
            Ok(Partly::ALSO_NONE)
        ]
    );
    assert_ne!(Open::from(Partly::NO_VALUE), Open::from(Partly::ALSO_NONE));
    let set: HashSet<Open<Partly>> = Partly::all().iter().copied().map(Open::from).collect();
    assert_eq!(set.len(), Partly::all().len());
    // WebError's value-less entries too.
    let web: HashSet<Open<WebError>> = WebError::all().iter().copied().map(Open::from).collect();
    assert_eq!(web.len(), WebError::all().len());
}

#[test]
fn display_of_known_codes_is_the_code() {
    for code in SignalingError::all().iter().copied() {
        let open = Open::from(code);
        assert_eq!(open.to_string(), code.to_string());
        assert_eq!(format!("{open:#}"), format!("{code:#}"));
        assert_eq!(format!("{open:>150}|"), format!("{code:>150}|"));
        assert_eq!(format!("{open:.5}"), format!("{code:.5}"));
    }
    let busy = Status::decode(7);
    assert_eq!(busy.to_string(), "BUSY (7): The service is busy.");
    assert_eq!(
        format!("[{busy:-^34}]"),
        "[--BUSY (7): The service is busy.--]"
    );
    assert_eq!(format!("{busy:?}"), "Known(BUSY = 7)");
    assert_eq!(
        Open::from(Partly::NO_VALUE).to_string(),
        "NO_VALUE: Has none."
    );
}

#[test]
fn display_of_unknown_values_names_the_table() {
    let unknown = SignalingError::decode(1005);
    assert_eq!(
        unknown.to_string(),
        "SignalingError 1005 (not in the table)"
    );
    assert_eq!(
        format!("[{unknown:>42}]"),
        "[    SignalingError 1005 (not in the table)]"
    );
    assert_eq!(
        format!("[{unknown:<40}]"),
        "[SignalingError 1005 (not in the table)  ]"
    );
    assert_eq!(
        format!("[{unknown:*^42}]"),
        "[**SignalingError 1005 (not in the table)**]"
    );
    assert_eq!(format!("{unknown:.19}"), "SignalingError 1005");
    // `{:#}` changes nothing for an unknown value: the table is already named.
    assert_eq!(format!("{unknown:#}"), unknown.to_string());
    assert_eq!(format!("{unknown:?}"), "Unknown(SignalingError 1005)");
    assert_eq!(
        Status::decode(-7).to_string(),
        "Status -7 (not in the table)"
    );
    assert_eq!(
        Wide::decode(u64::MAX - 1).to_string(),
        "Wide 18446744073709551614 (not in the table)"
    );
    assert_eq!(Partly::decode(0).to_string(), "Partly 0 (not in the table)");
}

#[test]
fn open_is_an_error() {
    fn fails(value: i32) -> Result<(), Box<dyn Error + Send + Sync>> {
        match SignalingError::decode(value) {
            open @ Open::Unknown(_) => Err(open.into()),
            Open::Known(_) => Ok(()),
        }
    }
    let error = fails(1005).unwrap_err();
    assert_eq!(error.to_string(), "SignalingError 1005 (not in the table)");
    assert!(error.source().is_none());
    let back = error
        .downcast_ref::<Open<SignalingError>>()
        .expect("the boxed error is the Open");
    assert_eq!(back.value(), Some(1005));
    assert!(fails(201).is_ok());
    // A known code as an error prints as the code.
    let boxed: Box<dyn Error> = Box::new(Status::decode(1001));
    assert_eq!(boxed.to_string(), "TIMEOUT (1001): The call timed out.");
    fn is_core_error<E: core::error::Error + Send + Sync + 'static>(_: &E) {}
    is_core_error(&Wide::decode(5));
}

#[test]
fn a_value_logs_as_a_number_in_generic_code() {
    fn logged<C: Code>(code: C) -> String {
        serde_json::to_string(&code.value_ref()).unwrap()
    }
    assert_eq!(Status::LOW.value_ref(), Some(codetable::Value::Int(-40)));
    assert_eq!(logged(Status::LOW), "-40");
    assert_eq!(logged(Wide::TOP), "18446744073709551615");
    assert_eq!(logged(Partly::NO_VALUE), "null");
    assert_eq!(
        serde_json::to_string(&codetable::Value::Int(-(1_i128 << 70))).unwrap(),
        "-1180591620717411303424"
    );
    assert_eq!(
        serde_json::to_string(&codetable::Value::Str("42P01")).unwrap(),
        r#""42P01""#
    );
    assert_eq!(Status::TIMEOUT.value_ref().unwrap().to_string(), "1001");
}

#[test]
fn open_of_any_table_serializes_with_no_bound_but_code() {
    fn json<C: Code>(open: Open<C>) -> String {
        serde_json::to_string(&open).unwrap()
    }
    assert_eq!(json(Status::decode(8)), "8");
    assert_eq!(json(Open::from(Partly::NO_VALUE)), r#""NO_VALUE""#);
    let back: Open<Partly> = serde_json::from_str(r#""NO_VALUE""#).unwrap();
    assert_eq!(back, Partly::NO_VALUE);
    let back: Open<Partly> = serde_json::from_str("4").unwrap();
    assert!(matches!(back, Open::Unknown(unknown) if unknown.value() == 4));
    let error = serde_json::from_str::<Open<Partly>>("300").unwrap_err();
    assert_eq!(
        error.to_string(),
        "300 is out of range for u8 (the type of Partly's values) at line 1 column 3"
    );
}
