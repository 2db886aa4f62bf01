//! Typed columns: values of the user's own types, defaults, aliases with their original's
//! columns, `const` use, a `&'static str` column, and the `Table` view.
#![deny(warnings, missing_docs)]

/// How bad a status is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Fine.
    Info,
    /// Not fine.
    Error,
}

codetable::define_codes! {
    /// A few gRPC codes.
    #[columns(
        http: u16,
        retryable: bool = false,
        severity: Severity = Severity::Error,
        hint: &'static str = "",
        range: (u8, u8) = (0, 0),
    )]
    pub enum Grpc: i32 {
        #[columns(http = 200, severity = Severity::Info)]
        OK = 0 => "Not an error.",
        #[columns(http = 503, retryable = true, hint = "retry with backoff", range = { (1, 9) })]
        UNAVAILABLE = 14 => "The service is unavailable.",
        /// Another name.
        DOWN = UNAVAILABLE,
    }
}

const UNAVAILABLE_HTTP: u16 = Grpc::UNAVAILABLE.http();

fn main() {
    assert_eq!(UNAVAILABLE_HTTP, 503);
    assert_eq!(Grpc::OK.severity(), Severity::Info);
    assert_eq!(Grpc::UNAVAILABLE.severity(), Severity::Error);
    assert!(Grpc::DOWN.retryable());
    assert_eq!(Grpc::DOWN.hint(), "retry with backoff");
    assert_eq!(Grpc::UNAVAILABLE.range(), (1, 9));
    assert_eq!(<Grpc as codetable::Code>::COLUMNS, ["http", "retryable", "severity", "hint", "range"]);
    let table = codetable::Table::of::<Grpc>();
    let entry = table.from_name("DOWN").unwrap();
    let shown: Vec<String> = entry.columns().map(|c| format!("{}={c}", c.name)).collect();
    assert_eq!(
        shown,
        ["http=503", "retryable=true", "severity=Error", "hint=retry with backoff", "range=(1, 9)"]
    );
}
