//! Codes over time: reserved values and names, retired codes and `since`, as the table view
//! and serde read them.

use codetable::{Code, ReservedValue, Retired, Table, Value};

codetable::define_codes! {
    /// Statuses of a service that has been around.
    #[reserved(3, 9..=11, 20..30, OLD_BUSY)]
    pub enum Status: u16 {
        #[since = "1.0"]
        OK = 0 => "Fine.",
        #[since = "1.0"]
        #[retired(until = "2.0", replacement = BUSY)]
        OVERLOADED = 1 => "Too many requests.",
        #[since = "2.0"]
        BUSY = 2 => "Busy; retry later.",
        #[retired]
        GONE = 4 => "No longer emitted.",
    }

    /// SQLSTATE-like codes.
    #[reserved("42P99", OLD_NAME)]
    pub enum State: str {
        FINE = "00000" => "Fine.",
        #[retired(until = "3")]
        OLD = "42P98" => "Old.",
    }
}

#[test]
fn the_table_view_reads_history() {
    let table = Table::of::<Status>();
    let ok = table.from_name("OK").unwrap();
    assert_eq!((ok.since(), ok.retired()), (Some("1.0"), None));
    let overloaded = table.from_value(1).unwrap();
    assert_eq!(
        overloaded.retired(),
        Some(Retired {
            until: Some("2.0"),
            replacement: Some("BUSY")
        })
    );
    assert!(overloaded.deprecated);
    let gone = table.from_name("GONE").unwrap();
    assert_eq!(
        (gone.since(), gone.retired()),
        (
            None,
            Some(Retired {
                until: None,
                replacement: None
            })
        )
    );
    assert_eq!(table.from_value(2).unwrap().retired(), None);
    assert_eq!(
        table.reserved_values(),
        [
            ReservedValue::Range(3, 3),
            ReservedValue::Range(9, 11),
            ReservedValue::Range(20, 29)
        ]
    );
    assert_eq!(table.reserved_names(), ["OLD_BUSY"]);
    assert!(table.reserved_values()[1].contains(Value::Int(10)));
    assert!(!table.reserved_values()[1].contains(Value::Int(12)));
    let shown: Vec<String> = table
        .reserved_values()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(shown, ["3", "9..=11", "20..=29"]);

    let state = Table::of::<State>();
    assert_eq!(state.reserved_values(), [ReservedValue::Str("42P99")]);
    assert_eq!(state.reserved_names(), ["OLD_NAME"]);
    assert_eq!(
        state.from_name("OLD").unwrap().retired().unwrap().until,
        Some("3")
    );
}

#[test]
fn a_retired_code_still_reads_back() {
    assert_eq!(Status::from_value(1).map(Code::name), Some("OVERLOADED"));
    assert_eq!("GONE".parse::<Status>().map(Code::value), Ok(Some(4)));
    assert!(Status::from_value(1).unwrap().is_deprecated());
    let json: Status = serde_json::from_str("1").unwrap();
    assert_eq!(json.name(), "OVERLOADED");
    assert_eq!(serde_json::to_string(&json).unwrap(), "1");
    let old: State = serde_json::from_str("\"42P98\"").unwrap();
    assert_eq!(old.name(), "OLD");
}
