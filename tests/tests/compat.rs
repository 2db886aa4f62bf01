//! The compatibility check: the committed snapshots of the Agora tables are compatible with
//! the tables now, and each kind of edit to a table is reported as what it is.

use codetable::compat::{self, ChangeKind, Report};
use codetable::export::{self, Options};
use codetable::Table;

/// The `codetable/1` document of `table`, as a snapshot is written.
fn snapshot(table: Table) -> String {
    let mut out = String::new();
    export::json(&mut out, &[table], &Options::new()).expect("export");
    out
}

/// The report on going from `old` to `new`.
fn report(old: Table, new: Table) -> Report {
    compat::check(&snapshot(old), &[new]).expect("a readable snapshot")
}

/// The kinds of the report's changes, in order.
fn kinds(report: &Report) -> Vec<ChangeKind> {
    report.changes.iter().map(|c| c.kind).collect()
}

#[test]
fn the_agora_tables_are_compatible_with_their_snapshots() {
    use codetable::agora::{native, rtc, signaling, web};
    let cases: [(&str, &str, Vec<Table>); 4] = [
        (
            "signaling",
            include_str!("../../core/snapshots/agora-signaling.json"),
            vec![Table::of::<signaling::SignalingError>()],
        ),
        (
            "native",
            include_str!("../../core/snapshots/agora-native.json"),
            vec![
                Table::of::<native::NativeError>(),
                Table::of::<native::NativeWarning>(),
            ],
        ),
        (
            "web",
            include_str!("../../core/snapshots/agora-web.json"),
            vec![Table::of::<web::WebError>(), Table::of::<web::WebWarning>()],
        ),
        (
            "rtc",
            include_str!("../../core/snapshots/agora-rtc.json"),
            vec![Table::of::<rtc::RtcError>()],
        ),
    ];
    for (name, snapshot, tables) in cases {
        let report = compat::check(snapshot, &tables).expect("the snapshot reads");
        assert!(
            report.changes.is_empty(),
            "core/snapshots/agora-{name}.json:\n{report}\nIf the change is meant, see the \
             README's \"Compatible with the released snapshot\" for the update step."
        );
    }
}

/// A version of the `Status` table in a module of its own, so that every version has the
/// table's name: `version!(module, "doc", [table attributes], u16 { entries })`. The
/// entries after `OK = 0` are the version's; every version but `wider` is a `u16` table.
macro_rules! version {
    ($module:ident, $doc:literal, [$(#[$attr:meta])*], $ty:ident { $($entries:tt)* }) => {
        mod $module {
            codetable::define_codes! {
                #[doc = $doc]
                $(#[$attr])*
                pub enum Status: $ty {
                    OK = 0 => "Fine.",
                    $($entries)*
                }
            }
        }
    };
}

version!(v1, "Statuses, as released.", [#[reserved(9, OLD_NAME)]], u16 {
    BUSY = 1 => "Busy.",
    GONE = 2 => "Gone.",
});
version!(renumbered, "BUSY moved.", [#[reserved(9, OLD_NAME)]], u16 {
    BUSY = 3 => "Busy.",
    GONE = 2 => "Gone.",
});
version!(removed, "GONE deleted.", [#[reserved(9, OLD_NAME)]], u16 {
    BUSY = 1 => "Busy.",
});
version!(reused, "GONE deleted, its value given to a new code.", [#[reserved(9, OLD_NAME)]], u16 {
    BUSY = 1 => "Busy.",
    FULL = 2 => "Full.",
});
version!(reserved_reused, "The reservation of 9 dropped and 9 used.", [#[reserved(OLD_NAME)]], u16 {
    BUSY = 1 => "Busy.",
    GONE = 2 => "Gone.",
    LATE = 9 => "Late.",
});
version!(by_name, "Crosses serde by name now.", [#[codes(serde = name)] #[reserved(9, OLD_NAME)]], u16 {
    BUSY = 1 => "Busy.",
    GONE = 2 => "Gone.",
});
version!(wider, "Another value type.", [#[reserved(9, OLD_NAME)]], u32 {
    BUSY = 1 => "Busy.",
    GONE = 2 => "Gone.",
});
version!(added, "A new code, and GONE retired.", [#[reserved(9, OLD_NAME)]], u16 {
    BUSY = 1 => "Busy.",
    #[retired(until = "2.0", replacement = BUSY)]
    GONE = 2 => "Gone.",
    #[since = "2.0"]
    LATE = 4 => "Late.",
});
version!(retired_then_reused, "GONE retired.", [#[reserved(9, OLD_NAME)]], u16 {
    BUSY = 1 => "Busy.",
    #[retired]
    GONE = 2 => "Gone.",
});

mod reserved_away {
    codetable::define_codes! {
        /// GONE deleted, its value and name reserved; BUSY renamed, the old name an alias;
        /// OK's description reworded.
        #[reserved(2, 9, GONE, OLD_NAME)]
        pub enum Status: u16 {
            OK = 0 => "All fine.",
            OCCUPIED = 1 => "Busy.",
            BUSY = OCCUPIED,
        }
    }
}

fn table<C: codetable::Code>() -> Table {
    Table::of::<C>()
}

#[test]
fn the_same_table_is_compatible() {
    let report = report(table::<v1::Status>(), table::<v1::Status>());
    assert_eq!(report.changes, []);
    assert_eq!(report.exit_code(), 0);
    assert_eq!(report.to_string(), "compatible: no changes\n");
}

#[test]
fn renumbering_breaks() {
    let report = report(table::<v1::Status>(), table::<renumbered::Status>());
    assert_eq!(kinds(&report), [ChangeKind::Renumbered]);
    assert_eq!(
        report.changes[0].to_string(),
        "breaking: renumbered: Status::BUSY: was 1, now 3"
    );
    assert_eq!(report.exit_code(), 1);
}

#[test]
fn removing_breaks() {
    let report = report(table::<v1::Status>(), table::<removed::Status>());
    assert_eq!(
        kinds(&report),
        [ChangeKind::NameRemoved, ChangeKind::ValueRemoved]
    );
    assert!(report.to_string().contains("Status::GONE"), "{report}");
    assert_eq!(report.exit_code(), 1);
}

#[test]
fn reusing_a_value_breaks() {
    let report = report(table::<v1::Status>(), table::<reused::Status>());
    assert_eq!(
        kinds(&report),
        [ChangeKind::NameRemoved, ChangeKind::ValueReassigned]
    );
    assert_eq!(
        report.changes[1].message,
        "2 meant GONE, and now means FULL"
    );
}

#[test]
fn reusing_a_retired_value_breaks() {
    let report = report(
        table::<retired_then_reused::Status>(),
        table::<reused::Status>(),
    );
    assert_eq!(
        kinds(&report),
        [ChangeKind::NameRemoved, ChangeKind::RetiredValueReused]
    );
    assert_eq!(
        report.changes[1].message,
        "2 belonged to the retired GONE, and now means FULL"
    );
}

#[test]
fn reusing_a_reserved_value_breaks() {
    let report = report(table::<v1::Status>(), table::<reserved_reused::Status>());
    assert_eq!(
        kinds(&report),
        [
            ChangeKind::ReservationRemoved,
            ChangeKind::ReservedValueReused
        ]
    );
    assert_eq!(report.changes[1].code.as_deref(), Some("LATE"));
}

#[test]
fn the_serde_form_and_the_value_type_are_the_contract() {
    let report1 = report(table::<v1::Status>(), table::<by_name::Status>());
    assert_eq!(kinds(&report1), [ChangeKind::SerdeForm]);
    assert_eq!(
        report1.changes[0].message,
        "codes crossed serde by value, now by name"
    );
    let report2 = report(table::<v1::Status>(), table::<wider::Status>());
    assert_eq!(kinds(&report2), [ChangeKind::ValueType]);
    assert_eq!(
        report2.changes[0].message,
        "the value type was u16, now u32"
    );
}

#[test]
fn adding_and_retiring_are_compatible() {
    let report = report(table::<v1::Status>(), table::<added::Status>());
    assert_eq!(
        kinds(&report),
        [ChangeKind::CodeRetired, ChangeKind::CodeAdded]
    );
    assert!(!report.is_breaking());
    assert_eq!(report.exit_code(), 0);
}

#[test]
fn removing_with_reservations_renaming_with_an_alias_and_rewording_are_warnings() {
    let report = report(table::<v1::Status>(), table::<reserved_away::Status>());
    assert_eq!(
        kinds(&report),
        [
            ChangeKind::DescriptionChanged,
            ChangeKind::CodeRenamed,
            ChangeKind::CodeRemoved
        ],
        "{report}"
    );
    assert_eq!(report.exit_code(), 0);
}

#[test]
fn a_reserved_name_taken_again_breaks() {
    // The snapshot reserves OLD_NAME; a later table drops the reservation and uses it.
    let old = snapshot(table::<v1::Status>());
    let new = old
        .replace("\"names\": [\"OLD_NAME\"]", "\"names\": []")
        .replace("\"name\": \"GONE\"", "\"name\": \"OLD_NAME\"");
    let report = compat::compare(&old, &new).expect("readable");
    assert!(
        kinds(&report).contains(&ChangeKind::ReservedNameReused),
        "{report}"
    );
    assert!(report.is_breaking());
}

#[test]
fn a_string_tables_shape_is_the_contract() {
    mod five {
        codetable::define_codes! {
            /// Five characters.
            #[codes(len = 5)]
            pub enum State: str {
                FINE = "00000" => "Fine.",
            }
        }
    }
    mod any {
        codetable::define_codes! {
            /// Any length.
            pub enum State: str {
                FINE = "00000" => "Fine.",
            }
        }
    }
    let report = report(table::<five::State>(), table::<any::State>());
    assert_eq!(kinds(&report), [ChangeKind::Shape]);
}

#[test]
fn the_json_report_lists_the_changes() {
    let report = report(table::<v1::Status>(), table::<renumbered::Status>());
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).expect("JSON");
    assert_eq!(json["compatible"], false);
    assert_eq!(json["breaking"], 1);
    assert_eq!(json["changes"][0]["kind"], "renumbered");
    assert_eq!(json["changes"][0]["code"], "BUSY");
}

#[test]
fn a_malformed_snapshot_is_an_error_that_says_where() {
    let tables = [table::<v1::Status>()];
    let error = |text: &str| {
        compat::check(text, &tables)
            .expect_err("malformed")
            .to_string()
    };
    assert!(error("{").starts_with("not a codetable/1 snapshot: not JSON"));
    assert_eq!(
        error(r#"{"schema": "codetable/2", "tables": []}"#),
        "not a codetable/1 snapshot: the schema is \"codetable/2\"; this version reads \"codetable/1\""
    );
    let good = snapshot(table::<v1::Status>());
    let broken = good.replacen("\"value\": 1,", "\"value\": true,", 1);
    assert_eq!(
        error(&broken),
        "not a codetable/1 snapshot: the document.tables[0].entries[1].value: expected a \
         number, a string or null"
    );
    let missing = good.replacen("\"aliases\": []", "\"aliasez\": []", 1);
    assert_eq!(
        error(&missing),
        "not a codetable/1 snapshot: the document.tables[0]: the key `aliases` is missing"
    );
}

/// Two versions of a table with classes: 503 moves from `ServerError` to `Retryable`, 404
/// leaves every class, and 200 gets one.
mod classed_v1 {
    codetable::define_codes! {
        /// Statuses.
        #[classes(ClientError = 400..500 => "Client.", ServerError = 500..600 => "Server.")]
        pub enum Status: u16 {
            OK = 200 => "Fine.",
            NOT_FOUND = 404 => "Not found.",
            UNAVAILABLE = 503 => "Unavailable.",
        }
    }
}

mod classed_v2 {
    codetable::define_codes! {
        /// Statuses.
        #[classes(Success = 200 => "Fine.", Retryable = [UNAVAILABLE] => "Retry.")]
        pub enum Status: u16 {
            OK = 200 => "Fine.",
            NOT_FOUND = 404 => "Not found.",
            UNAVAILABLE = 503 => "Unavailable.",
        }
    }
}

#[test]
fn a_codes_class_changing_is_a_warning() {
    let report = report(table::<classed_v1::Status>(), table::<classed_v2::Status>());
    let changes: Vec<(ChangeKind, Option<&str>, &str)> = report
        .changes
        .iter()
        .map(|c| (c.kind, c.code.as_deref(), c.message.as_str()))
        .collect();
    assert_eq!(
        changes,
        [
            (
                ChangeKind::ClassChanged,
                Some("OK"),
                "was in no class, now in class Success"
            ),
            (
                ChangeKind::ClassChanged,
                Some("NOT_FOUND"),
                "was in class ClientError, now in no class"
            ),
            (
                ChangeKind::ClassChanged,
                Some("UNAVAILABLE"),
                "was in class ServerError, now in class Retryable"
            ),
        ],
        "{report}"
    );
    assert!(!report.is_breaking());
    // A snapshot that records no classes (one written before them) warns of none.
    let unclassed = snapshot(table::<classed_v1::Status>())
        .lines()
        .filter(|line| !line.contains("\"class\": "))
        .collect::<Vec<_>>()
        .join("\n");
    let report = compat::check(&unclassed, &[table::<classed_v2::Status>()]).expect("readable");
    assert!(report.changes.is_empty(), "{report}");
}
