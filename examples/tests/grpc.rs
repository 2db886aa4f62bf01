//! The gRPC table against `google/rpc/code.proto`: every code's value and HTTP mapping as
//! its comments give them, transcribed here independently of the table.

use codetable::{Code, Table};
use codetable_examples::grpc::Grpc;

/// (name, value, HTTP mapping) of every code in code.proto.
const SPEC: [(&str, i32, u16); 17] = [
    ("OK", 0, 200),
    ("CANCELLED", 1, 499),
    ("UNKNOWN", 2, 500),
    ("INVALID_ARGUMENT", 3, 400),
    ("DEADLINE_EXCEEDED", 4, 504),
    ("NOT_FOUND", 5, 404),
    ("ALREADY_EXISTS", 6, 409),
    ("PERMISSION_DENIED", 7, 403),
    ("RESOURCE_EXHAUSTED", 8, 429),
    ("FAILED_PRECONDITION", 9, 400),
    ("ABORTED", 10, 409),
    ("OUT_OF_RANGE", 11, 400),
    ("UNIMPLEMENTED", 12, 501),
    ("INTERNAL", 13, 500),
    ("UNAVAILABLE", 14, 503),
    ("DATA_LOSS", 15, 500),
    ("UNAUTHENTICATED", 16, 401),
];

#[test]
fn every_code_has_the_value_and_http_mapping_of_code_proto() {
    assert_eq!(Grpc::COUNT, SPEC.len());
    for (name, value, http) in SPEC {
        let code = Grpc::from_name(name).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(code as i32, value, "{name}");
        assert_eq!(code.http(), http, "{name}");
    }
}

#[test]
fn only_unavailable_is_retryable_as_a_single_call() {
    let retryable: Vec<&str> = Grpc::all()
        .iter()
        .copied()
        .filter(|c| c.retryable())
        .map(Grpc::name)
        .collect();
    assert_eq!(retryable, ["UNAVAILABLE"]);
}

#[test]
fn the_retryable_class_is_the_retryable_column() {
    use codetable_examples::grpc::GrpcClass;
    let by_column: Vec<Grpc> = Grpc::all()
        .iter()
        .copied()
        .filter(|c| c.retryable())
        .collect();
    assert_eq!(GrpcClass::Retryable.codes(), by_column);
    for code in Grpc::all() {
        assert_eq!(
            code.class() == Some(GrpcClass::Retryable),
            code.retryable(),
            "{code}"
        );
    }
}

#[test]
fn the_table_view_shows_the_columns() {
    let table = Table::of::<Grpc>();
    assert_eq!(table.columns(), ["http", "retryable"]);
    assert_eq!(<Grpc as Code>::COLUMNS, table.columns());
    for entry in table.all() {
        let code = Grpc::all()[entry.index];
        let http = entry.column("http").expect("http").to_string();
        assert_eq!(http, code.http().to_string(), "{}", entry.name);
        let retryable = entry.column("retryable").expect("retryable").to_string();
        assert_eq!(retryable, code.retryable().to_string(), "{}", entry.name);
        assert!(entry.column("severity").is_none());
    }
}
