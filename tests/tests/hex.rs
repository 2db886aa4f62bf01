//! `#[codes(hex)]` and the values written as expressions, from outside: a hex table prints
//! its values as `0x` and the bit pattern in the type's width (in `Display`, `{:#}`, `Open`,
//! `Table`), every integer table reads `0x…` and `-0x…` as well as decimal (`FromStr`,
//! `Table::parse_value`, serde's human-readable formats), and the text of a value written as
//! an expression reaches `Entry::expression`.

use codetable::{Code, IntegerValue, Open, Table, Value};
use proptest::prelude::*;

codetable::define_codes! {
    /// Three HRESULTs, as winerror.h writes them.
    #[codes(hex)]
    pub enum HResult: i32 {
        S_OK = 0 => "Operation successful.",
        E_ACCESSDENIED = 0x8007_0005_u32 as i32 => "General access denied error.",
        E_FAIL = 0x8000_4005_u32 as i32 => "Unspecified failure.",
        /// The largest positive value.
        TOP = 0x7FFF_FFFF => "The largest i32.",
    }

    /// A byte-wide hex table.
    #[codes(hex)]
    pub enum Flags: u8 {
        FIVE = 5 => "Five.",
        HIGH = 0xF0 => "The high nibble.",
    }

    /// Extended codes, written as SQLite's header writes them.
    pub enum Sqlite: i32 {
        IOERR = 10 => "Disk I/O error.",
        IOERR_READ = IOERR | (1<<8) => "I/O error while reading.",
        PLAIN = 7 => "A literal.",
        CAST = 0x8000_u16 as i16 as i32 => "A cast by path.",
        NEGATIVE = -(3 * 4) => "Minus twelve.",
    }
}

#[test]
fn a_hex_table_prints_the_bit_pattern_in_the_types_width() {
    let denied = HResult::E_ACCESSDENIED;
    assert_eq!(denied.value(), -2_147_024_891);
    assert_eq!(
        denied.to_string(),
        "E_ACCESSDENIED (0x80070005): General access denied error."
    );
    assert_eq!(
        format!("{denied:#}"),
        "HResult::E_ACCESSDENIED (0x80070005): General access denied error."
    );
    assert_eq!(
        HResult::S_OK.to_string(),
        "S_OK (0x00000000): Operation successful."
    );
    assert_eq!(
        HResult::TOP.to_string(),
        "TOP (0x7FFFFFFF): The largest i32."
    );
    assert_eq!(Flags::FIVE.to_string(), "FIVE (0x05): Five.");
    assert_eq!(format!("[{:<22}]", Flags::FIVE), "[FIVE (0x05): Five.    ]");
    // A value the table does not know.
    assert_eq!(
        HResult::decode(-1).to_string(),
        "HResult 0xFFFFFFFF (not in the table)"
    );
    assert_eq!(
        Flags::decode(7).to_string(),
        "Flags 0x07 (not in the table)"
    );
    // A decimal table stays decimal.
    assert_eq!(
        Sqlite::IOERR_READ.to_string(),
        "IOERR_READ (266): I/O error while reading."
    );
    assert_eq!(format!("{:?}", Sqlite::NEGATIVE), "NEGATIVE = -12");
    // `Debug` and the short form write the value in hex too.
    assert_eq!(format!("{denied:?}"), "E_ACCESSDENIED = 0x80070005");
    assert_eq!(
        format!("{denied:#?}"),
        "HResult::E_ACCESSDENIED = 0x80070005"
    );
    assert_eq!(format!("{:?}", Flags::FIVE), "FIVE = 0x05");
    assert_eq!(denied.short().to_string(), "E_ACCESSDENIED (0x80070005)");
    assert_eq!(format!("{:#}", Flags::HIGH.short()), "Flags::HIGH (0xF0)");
    assert_eq!(
        format!("{:?}", HResult::decode(-1)),
        "Unknown(HResult 0xFFFFFFFF)"
    );
    assert_eq!(
        format!("{:?}", HResult::decode(0)),
        "Known(S_OK = 0x00000000)"
    );
    assert_eq!(
        HResult::decode(-1).short().to_string(),
        "HResult 0xFFFFFFFF"
    );
    assert_eq!(format!("{:?}", Flags::decode(7)), "Unknown(Flags 0x07)");
}

#[test]
fn every_integer_table_reads_hex_and_decimal() {
    assert_eq!("0x80070005".parse::<HResult>(), Ok(HResult::E_ACCESSDENIED));
    assert_eq!("0X80070005".parse::<HResult>(), Ok(HResult::E_ACCESSDENIED));
    assert_eq!(
        "-2147024891".parse::<HResult>(),
        Ok(HResult::E_ACCESSDENIED)
    );
    assert_eq!(
        "-0x7FF8FFFB".parse::<HResult>(),
        Ok(HResult::E_ACCESSDENIED)
    );
    assert_eq!(
        "E_ACCESSDENIED".parse::<HResult>(),
        Ok(HResult::E_ACCESSDENIED)
    );
    assert_eq!("0x0".parse::<HResult>(), Ok(HResult::S_OK));
    assert_eq!("0x05".parse::<Flags>(), Ok(Flags::FIVE));
    assert_eq!("0xf0".parse::<Flags>(), Ok(Flags::HIGH));
    assert_eq!("0x10A".parse::<Sqlite>(), Ok(Sqlite::IOERR_READ));
    assert_eq!("-0xC".parse::<Sqlite>(), Ok(Sqlite::NEGATIVE));
    // Too wide for the type, no number, or not in the table.
    for text in ["0x1F0", "-0x5", "-5", "0x", "0x 5", "240 ", "0x06"] {
        let error = text.parse::<Flags>().unwrap_err();
        assert_eq!(error.input(), text);
    }
    assert!("0x180070005".parse::<HResult>().is_err());

    let table = Table::of::<HResult>();
    assert!(table.is_hex() && !Table::of::<Sqlite>().is_hex());
    assert_eq!(table.parse_value("0xFFFFFFFF"), Some(Value::Int(-1)));
    assert_eq!(table.parse_value("E_FAIL"), None);
    assert_eq!(
        table
            .from_value(table.parse_value("0x80004005").unwrap())
            .unwrap()
            .name,
        "E_FAIL"
    );
    let entry = table.from_name("E_FAIL").unwrap();
    assert_eq!(entry.value_text().unwrap().to_string(), "0x80004005");
    assert_eq!(
        entry.table().display_value(Value::Int(1)).to_string(),
        "0x00000001"
    );
}

#[test]
fn the_expression_as_written_is_kept() {
    let table = Table::of::<Sqlite>();
    let expression = |name| table.from_name(name).unwrap().expression;
    assert_eq!(expression("IOERR"), None);
    assert_eq!(expression("CAST"), Some("0x8000_u16 as i16 as i32"));
    assert_eq!(expression("IOERR_READ"), Some("IOERR | (1 << 8)"));
    assert_eq!(expression("PLAIN"), None);
    assert_eq!(expression("NEGATIVE"), Some("-(3 * 4)"));
    let hresult = Table::of::<HResult>();
    assert_eq!(
        hresult.from_name("E_ACCESSDENIED").unwrap().expression,
        Some("0x8007_0005_u32 as i32")
    );
    assert_eq!(hresult.from_name("TOP").unwrap().expression, None);
}

#[test]
fn serde_reads_hex_text_and_writes_numbers() {
    let json = serde_json::to_string(&HResult::E_ACCESSDENIED).unwrap();
    assert_eq!(json, "-2147024891");
    for text in [
        r#""0x80070005""#,
        r#""-2147024891""#,
        "-2147024891",
        r#""-0x7FF8FFFB""#,
    ] {
        assert_eq!(
            serde_json::from_str::<HResult>(text).unwrap(),
            HResult::E_ACCESSDENIED,
            "{text}"
        );
    }
    // Every integer table reads hex text, hex option or not.
    assert_eq!(
        serde_json::from_str::<Sqlite>(r#""0x10A""#).unwrap(),
        Sqlite::IOERR_READ
    );
    let open: Open<HResult> = serde_json::from_str(r#""0xFFFFFFFF""#).unwrap();
    assert_eq!(open, HResult::decode(-1));
    let error = serde_json::from_str::<HResult>(r#""0x1""#)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("HResult has no code with value 0x00000001"),
        "{error}"
    );
    let error = serde_json::from_str::<Flags>(r#""0x100""#)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("Flags") && error.contains("0x100"),
        "{error}"
    );
    // A compact format keeps the type's own encoding.
    let mut buffer = [0; 8];
    let bytes = postcard::to_slice(&HResult::E_FAIL, &mut buffer).unwrap();
    assert_eq!(
        postcard::from_bytes::<HResult>(bytes).unwrap(),
        HResult::E_FAIL
    );
}

proptest! {
    /// What a hex table prints reads back, for any value of its type.
    #[test]
    fn printed_values_read_back(value in any::<i32>(), byte in any::<u8>()) {
        let shown = Table::of::<HResult>().display_value(Value::Int(value.into())).to_string();
        prop_assert_eq!(shown.len(), 10);
        prop_assert_eq!(i32::parse(&shown), Some(value));
        prop_assert_eq!(i32::parse(&value.to_string()), Some(value));
        let shown = Table::of::<Flags>().display_value(Value::Int(byte.into())).to_string();
        prop_assert_eq!(u8::parse(&shown), Some(byte));
        match HResult::decode(value) {
            Open::Known(code) => prop_assert_eq!(shown_code(code), Some(code)),
            Open::Unknown(_) => prop_assert!(HResult::from_value(value).is_none()),
        }
    }
}

/// The code read back from the value in its `Display`.
fn shown_code(code: HResult) -> Option<HResult> {
    let text = code.to_string();
    let value = text.split(['(', ')']).nth(1)?;
    value.parse().ok()
}
