//! Tables typed with C's integer types and `isize`/`usize` through the runtime: lookups,
//! the erased `Table`, and serde by value.

use codetable::{Code, Table};

codetable::define_codes! {
    /// A C `long`.
    pub enum Long: c_long {
        NEGATIVE = -5 => "Negative.",
        BIG = 1 << 40 => "Large.",
    }

    /// Pointer-sized, signed.
    pub enum Offset: isize {
        BACK = -8 => "Back.",
        FAR = 0x1_0000_0000 => "Far.",
    }

    /// Pointer-sized, unsigned.
    pub enum Size: usize {
        MAX = usize::MAX => "The largest.",
        ONE = 1 => "One.",
    }
}

#[test]
fn lookups_and_values_have_the_declared_types() {
    let value: std::os::raw::c_long = Long::BIG.value();
    assert_eq!(value, 1 << 40);
    assert_eq!(Long::from_value(-5), Some(Long::NEGATIVE));
    assert_eq!(Offset::from_value(0x1_0000_0000), Some(Offset::FAR));
    assert_eq!(Size::from_value(usize::MAX), Some(Size::MAX));
    assert_eq!(Size::decode(7).to_string(), "Size 7 (not in the table)");
    assert_eq!(<Offset as Code>::decode(-8).known(), Some(Offset::BACK));
}

#[test]
fn the_erased_table_reads_them_as_integers() {
    let table = Table::of::<Size>();
    assert_eq!(table.value_type(), "usize");
    let max = i128::try_from(usize::MAX).expect("usize fits i128");
    assert_eq!(table.from_value(max).map(|e| e.name), Some("MAX"));
    assert_eq!(Table::of::<Offset>().value_type(), "isize");
    assert_eq!(
        Table::of::<Long>().from_value(-5i64).map(|e| e.name),
        Some("NEGATIVE")
    );
}

#[test]
fn serde_writes_and_reads_them_by_value() {
    let json = serde_json::to_string(&[Offset::BACK, Offset::FAR]).expect("serialize");
    assert_eq!(json, "[-8,4294967296]");
    let back: Vec<Offset> = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(back, [Offset::BACK, Offset::FAR]);
    let json = serde_json::to_string(&Size::MAX).expect("serialize");
    assert_eq!(json, usize::MAX.to_string());
    assert_eq!(
        serde_json::from_str::<Size>(&json).expect("deserialize"),
        Size::MAX
    );
    assert_eq!(
        serde_json::to_string(&Long::BIG).expect("serialize"),
        "1099511627776"
    );
    assert!(serde_json::from_str::<Long>("3").is_err());
}

codetable::define_codes! {
    /// HRESULTs typed as C's `long` on Windows would be; here a C `int`, printed in hex.
    #[codes(hex)]
    pub enum HResult: c_int {
        S_OK = 0 => "Success.",
        E_FAIL = 0x8000_4005_u32 as i32 => "Unspecified failure.",
    }

    /// Pointer-sized, in hex.
    #[codes(hex)]
    pub enum Addr: isize {
        MINUS_ONE = -1 => "All bits.",
    }
}

#[test]
fn hex_tables_of_c_types_print_and_read_the_type_s_width() {
    assert_eq!(
        HResult::E_FAIL.to_string(),
        "E_FAIL (0x80004005): Unspecified failure."
    );
    assert_eq!("0x80004005".parse::<HResult>(), Ok(HResult::E_FAIL));
    let all_bits = format!("0x{}", "F".repeat(usize::BITS as usize / 4));
    assert_eq!(
        Addr::MINUS_ONE.to_string(),
        format!("MINUS_ONE ({all_bits}): All bits.")
    );
    assert_eq!(all_bits.parse::<Addr>(), Ok(Addr::MINUS_ONE));
}
