//! The evaluator of value expressions against rustc's own answers: each expectation below
//! is what rustc computes (or refuses) for the same discriminant of a `#[repr(T)]` enum.

use crate::eval::{evaluate, Kind, Problem, Refused, Scope, Ty};
use proc_macro2::Ident;

/// Earlier entries `A = 1`, `IOERR = 10`, `BIG = 0x7FFF_FFFF`; `LATER` comes after.
struct Table(Ty);

impl Scope for Table {
    fn ty(&self) -> Ty {
        self.0
    }
    fn value_of(&self, name: &Ident) -> Result<i128, Refused> {
        match name.to_string().as_str() {
            "A" => Ok(1),
            "IOERR" => Ok(10),
            "BIG" => Ok(0x7FFF_FFFF),
            "LATER" => Err(Refused::Later),
            _ => Err(Refused::Unknown),
        }
    }
}

fn eval(source: &str, ty: Ty) -> Result<i128, Problem> {
    evaluate(source.parse().expect("tokens"), ty, &Table(ty))
}

fn value(source: &str, ty: Ty) -> i128 {
    eval(source, ty).unwrap_or_else(|p| panic!("{source}: {p:?}"))
}

/// The problem's kind and the text of the tokens it points at.
fn problem(source: &str, ty: Ty) -> (Kind, String) {
    match eval(source, ty) {
        Ok(v) => panic!("{source} evaluated to {v}"),
        Err(p) => (*p.kind, p.at.to_string()),
    }
}

#[test]
fn literals_in_every_base_with_separators_and_suffixes() {
    assert_eq!(value("0x8007_0005u32 as i32", Ty::I32), -2_147_024_891);
    assert_eq!(value("0x80070005_u32 as i32", Ty::I32), -2_147_024_891);
    assert_eq!(value("0o777", Ty::U16), 511);
    assert_eq!(value("0b1010_1010", Ty::U8), 170);
    assert_eq!(value("0x1f32", Ty::U32), 0x1f32);
    assert_eq!(value("1_000i64", Ty::I64), 1000);
    assert_eq!(value("-128i8", Ty::I8), -128);
    assert_eq!(value("-0x8000_0000", Ty::I32), i128::from(i32::MIN));
    assert_eq!(value("18446744073709551615", Ty::U64), i128::from(u64::MAX));
}

#[test]
fn precedence_and_associativity_are_rusts() {
    assert_eq!(value("IOERR | (1 << 8)", Ty::I32), 10 | (1 << 8));
    assert_eq!(value("IOERR | 1 << 8", Ty::I32), 10 | (1 << 8));
    assert_eq!(value("1 + 2 * 3", Ty::I32), 7);
    assert_eq!(value("10 - 3 - 2", Ty::I32), 5);
    assert_eq!(value("100 / 10 / 5", Ty::I32), 2);
    assert_eq!(value("1 << 2 + 1", Ty::I32), 8);
    assert_eq!(value("6 & 3 ^ 1 | 8", Ty::I32), (6 & 3 ^ 1) | 8);
    assert_eq!(value("-1 as u8 as i32", Ty::I32), 255);
    assert_eq!(value("!0 as u8 as i32", Ty::I32), 255);
    assert_eq!(value("-(A + 2) * 3", Ty::I32), -9);
    assert_eq!(value("-7 % 3", Ty::I32), -1);
    assert_eq!(value("-7 / 2", Ty::I32), -3);
    assert_eq!(value("-16 >> 2", Ty::I32), -4);
    assert_eq!(value("!0", Ty::U16), 0xFFFF);
    assert_eq!(value("!A", Ty::I8), -2);
    assert_eq!(value("i32::MIN | 5", Ty::I32), i128::from(i32::MIN | 5));
    assert_eq!(value("u8::MAX as i32 + 1", Ty::I32), 256);
    assert_eq!(value("1 << 31", Ty::I32), i128::from(i32::MIN));
    assert_eq!(value("(1u64 << 40) as i32", Ty::I32), 0);
    assert_eq!(value("BIG as u64 as i32", Ty::I32), 0x7FFF_FFFF);
    assert_eq!(value("1 << 3u8", Ty::I32), 8);
}

#[test]
fn casts_wrap_as_rust_does() {
    assert_eq!(value("300 as u8 as i32", Ty::I32), 44);
    assert_eq!(value("-1i64 as u32 as i64", Ty::I64), i128::from(u32::MAX));
    assert_eq!(value("0xFFFF_FFFF_u32 as i32", Ty::I32), -1);
    assert_eq!(value("-2 as u64", Ty::U64), i128::from(u64::MAX - 1));
}

#[test]
fn overflow_division_by_zero_and_long_shifts_are_errors_on_their_operation() {
    let (kind, at) = problem("BIG + 1", Ty::I32);
    assert_eq!(at, "BIG + 1");
    assert!(
        matches!(
            kind,
            Kind::Overflow {
                op: "+",
                result: Some(0x8000_0000),
                ..
            }
        ),
        "{kind:?}"
    );
    let (kind, at) = problem("A + (1 / 0)", Ty::I32);
    assert_eq!((kind, at.as_str()), (Kind::DivZero { op: "/" }, "1 / 0"));
    assert!(matches!(
        problem("1 % 0", Ty::U8).0,
        Kind::DivZero { op: "%" }
    ));
    assert!(matches!(
        problem("i32::MIN / -1", Ty::I32).0,
        Kind::Overflow { op: "/", .. }
    ));
    assert!(matches!(
        problem("i32::MIN % -1", Ty::I32).0,
        Kind::Overflow { op: "%", .. }
    ));
    assert!(matches!(
        problem("-i32::MIN", Ty::I32).0,
        Kind::Overflow { op: "-", .. }
    ));
    assert_eq!(
        problem("1 << 32", Ty::I32).0,
        Kind::Shift {
            ty: Ty::I32,
            by: 32
        }
    );
    assert_eq!(
        problem("1 >> -1", Ty::I32).0,
        Kind::Shift {
            ty: Ty::I32,
            by: -1
        }
    );
    assert!(matches!(
        problem("200 * 2", Ty::U8).0,
        Kind::Overflow { op: "*", .. }
    ));
    assert!(matches!(
        problem("0 - 1", Ty::U8).0,
        Kind::Overflow { op: "-", .. }
    ));
}

#[test]
fn literals_out_of_range_say_what_they_would_wrap_to() {
    let (kind, at) = problem("0x80070005", Ty::I32);
    assert_eq!(at, "0x80070005");
    assert_eq!(
        kind,
        Kind::LiteralRange {
            ty: Ty::I32,
            value: 0x8007_0005,
            wraps_to: -2_147_024_891,
            fits: Some(Ty::U32),
        }
    );
    assert!(matches!(
        problem("-129i8", Ty::I8).0,
        Kind::LiteralRange { fits: None, .. }
    ));
    assert!(matches!(
        problem("256", Ty::U8).0,
        Kind::LiteralRange { fits: None, .. }
    ));
    assert_eq!(
        problem("340282366920938463463374607431768211456", Ty::U64).0,
        Kind::Huge
    );
}

#[test]
fn types_must_agree() {
    assert_eq!(
        problem("1u8 + 1u16", Ty::U8).0,
        Kind::Mismatch {
            expected: Ty::U8,
            found: Ty::U16
        }
    );
    assert_eq!(
        problem("0x80070005_u32", Ty::I32),
        (
            Kind::Mismatch {
                expected: Ty::I32,
                found: Ty::U32
            },
            "0x80070005_u32".into()
        )
    );
    assert_eq!(
        problem("A as u32", Ty::I32).0,
        Kind::Mismatch {
            expected: Ty::I32,
            found: Ty::U32
        }
    );
    assert_eq!(problem("-1", Ty::U32).0, Kind::NegUnsigned { ty: Ty::U32 });
}

#[test]
fn names_literals_and_tokens_the_language_lacks() {
    assert_eq!(
        problem("LATER | 1", Ty::I32),
        (
            Kind::Name {
                name: "LATER".into(),
                why: Refused::Later
            },
            "LATER".into()
        )
    );
    assert_eq!(
        problem("NOPE", Ty::I32).0,
        Kind::Name {
            name: "NOPE".into(),
            why: Refused::Unknown
        }
    );
    assert_eq!(
        problem("ffi::SQLITE_OK + 1", Ty::I32),
        (Kind::Path, "ffi :: SQLITE_OK".into())
    );
    assert_eq!(problem("1 +", Ty::I32).0, Kind::Missing);
    assert_eq!(problem("()", Ty::I32).0, Kind::Missing);
    assert_eq!(problem("1.5", Ty::I32).0, Kind::Unsupported);
    assert_eq!(problem("1 == 1", Ty::I32).0, Kind::Unsupported);
    assert_eq!(problem("1 && 1", Ty::I32).0, Kind::Unsupported);
    assert_eq!(problem("f(1)", Ty::I32).0, Kind::Unsupported);
    assert_eq!(problem("1 as f32", Ty::I32).0, Kind::CastTarget);
    assert_eq!(problem("42P01", Ty::I32).0, Kind::BadSuffix);
    assert_eq!(
        problem("010", Ty::I32).0,
        Kind::LeadingZero {
            digits: "010".into()
        }
    );
}
