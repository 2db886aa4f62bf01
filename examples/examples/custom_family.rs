//! Declaring a code family in another crate: the HTTP status codes of RFC 9110, with their
//! reason phrases as the RFC writes them.
//!
//! Run it with `cargo run -p codetable-examples --example custom_family`. It asserts what it
//! prints, and `cargo test` runs it too, so it is a check as well as a tour: declaring the
//! table with the names older RFCs gave as aliases, looking codes up (in `const` too),
//! casting them to their number, printing them, `?` with the generated error types, a status
//! the table does not know as an [`Open`], generic code over the [`Code`] trait, and
//! searching the table with the `explain` library.

use codetable::{Code, Open, Table};
use codetable_examples::{find, render, unknowns, Found, Query, Style, TABLES};

codetable::define_codes! {
    /// The HTTP status codes that RFC 9110 ("HTTP Semantics", section 15) defines, each
    /// with the reason phrase the RFC gives it. The first digit is the class: 1xx
    /// informational, 2xx successful, 3xx redirection, 4xx client error, 5xx server error
    /// (section 15), each a class of [`HttpStatusClass`], which holds every status (`cover`).
    /// Each status links to MDN's page of its value, which `{:#}` shows.
    #[codes(url = "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/{value}", display_url)]
    #[classes(
        cover,
        Informational = 100..200 => "The request was received, continuing process.",
        Successful = 200..300 => "The request was successfully received, understood, and accepted.",
        Redirection = 300..400 => "Further action needs to be taken in order to complete the request.",
        ClientError = 400..500 => "The request contains bad syntax or cannot be fulfilled.",
        ServerError = 500..600 => "The server failed to fulfill an apparently valid request.",
    )]
    pub enum HttpStatus: u16 {
        /// RFC 9110, section 15.2.1.
        CONTINUE = 100 => "Continue",
        /// RFC 9110, section 15.2.2.
        SWITCHING_PROTOCOLS = 101 => "Switching Protocols",
        /// RFC 9110, section 15.3.1.
        OK = 200 => "OK",
        /// RFC 9110, section 15.3.2.
        CREATED = 201 => "Created",
        /// RFC 9110, section 15.3.3.
        ACCEPTED = 202 => "Accepted",
        /// RFC 9110, section 15.3.4.
        NON_AUTHORITATIVE_INFORMATION = 203 => "Non-Authoritative Information",
        /// RFC 9110, section 15.3.5.
        NO_CONTENT = 204 => "No Content",
        /// RFC 9110, section 15.3.6.
        RESET_CONTENT = 205 => "Reset Content",
        /// RFC 9110, section 15.3.7.
        PARTIAL_CONTENT = 206 => "Partial Content",
        /// RFC 9110, section 15.4.1.
        MULTIPLE_CHOICES = 300 => "Multiple Choices",
        /// RFC 9110, section 15.4.2.
        MOVED_PERMANENTLY = 301 => "Moved Permanently",
        /// RFC 9110, section 15.4.3.
        FOUND = 302 => "Found",
        /// RFC 9110, section 15.4.4.
        SEE_OTHER = 303 => "See Other",
        /// RFC 9110, section 15.4.5.
        NOT_MODIFIED = 304 => "Not Modified",
        /// RFC 9110, section 15.4.6: deprecated by the RFC, for security reasons.
        USE_PROXY = 305 => "Use Proxy",
        /// RFC 9110, section 15.4.7: defined by an earlier version of HTTP, no longer used;
        /// the code is reserved.
        #[deprecated(note = "306 is reserved: RFC 9110 lists it as unused")]
        UNUSED_306 = 306 => "(Unused)",
        /// RFC 9110, section 15.4.8.
        TEMPORARY_REDIRECT = 307 => "Temporary Redirect",
        /// RFC 9110, section 15.4.9.
        PERMANENT_REDIRECT = 308 => "Permanent Redirect",
        /// RFC 9110, section 15.5.1.
        BAD_REQUEST = 400 => "Bad Request",
        /// RFC 9110, section 15.5.2.
        UNAUTHORIZED = 401 => "Unauthorized",
        /// RFC 9110, section 15.5.3.
        PAYMENT_REQUIRED = 402 => "Payment Required",
        /// RFC 9110, section 15.5.4.
        FORBIDDEN = 403 => "Forbidden",
        /// RFC 9110, section 15.5.5.
        NOT_FOUND = 404 => "Not Found",
        /// RFC 9110, section 15.5.6.
        METHOD_NOT_ALLOWED = 405 => "Method Not Allowed",
        /// RFC 9110, section 15.5.7.
        NOT_ACCEPTABLE = 406 => "Not Acceptable",
        /// RFC 9110, section 15.5.8.
        PROXY_AUTHENTICATION_REQUIRED = 407 => "Proxy Authentication Required",
        /// RFC 9110, section 15.5.9.
        REQUEST_TIMEOUT = 408 => "Request Timeout",
        /// RFC 9110, section 15.5.10.
        CONFLICT = 409 => "Conflict",
        /// RFC 9110, section 15.5.11.
        GONE = 410 => "Gone",
        /// RFC 9110, section 15.5.12.
        LENGTH_REQUIRED = 411 => "Length Required",
        /// RFC 9110, section 15.5.13.
        PRECONDITION_FAILED = 412 => "Precondition Failed",
        /// RFC 9110, section 15.5.14.
        CONTENT_TOO_LARGE = 413 => "Content Too Large",
        /// The name of 413 before RFC 9110 (RFC 7231, section 6.5.11).
        PAYLOAD_TOO_LARGE = CONTENT_TOO_LARGE => "Payload Too Large",
        /// RFC 9110, section 15.5.15.
        URI_TOO_LONG = 414 => "URI Too Long",
        /// RFC 9110, section 15.5.16.
        UNSUPPORTED_MEDIA_TYPE = 415 => "Unsupported Media Type",
        /// RFC 9110, section 15.5.17.
        RANGE_NOT_SATISFIABLE = 416 => "Range Not Satisfiable",
        /// RFC 9110, section 15.5.18.
        EXPECTATION_FAILED = 417 => "Expectation Failed",
        /// RFC 9110, section 15.5.19: used as a joke (RFC 2324) often enough to be unusable;
        /// the code is reserved.
        #[deprecated(note = "418 is reserved: RFC 9110 lists it as unused")]
        UNUSED_418 = 418 => "(Unused)",
        /// RFC 9110, section 15.5.20.
        MISDIRECTED_REQUEST = 421 => "Misdirected Request",
        /// RFC 9110, section 15.5.21.
        UNPROCESSABLE_CONTENT = 422 => "Unprocessable Content",
        /// The name of 422 before RFC 9110 (RFC 4918, section 11.2).
        UNPROCESSABLE_ENTITY = UNPROCESSABLE_CONTENT => "Unprocessable Entity",
        /// RFC 9110, section 15.5.22.
        UPGRADE_REQUIRED = 426 => "Upgrade Required",
        /// RFC 9110, section 15.6.1.
        INTERNAL_SERVER_ERROR = 500 => "Internal Server Error",
        /// RFC 9110, section 15.6.2.
        NOT_IMPLEMENTED = 501 => "Not Implemented",
        /// RFC 9110, section 15.6.3.
        BAD_GATEWAY = 502 => "Bad Gateway",
        /// RFC 9110, section 15.6.4.
        SERVICE_UNAVAILABLE = 503 => "Service Unavailable",
        /// RFC 9110, section 15.6.5.
        GATEWAY_TIMEOUT = 504 => "Gateway Timeout",
        /// RFC 9110, section 15.6.6.
        HTTP_VERSION_NOT_SUPPORTED = 505 => "HTTP Version Not Supported",
    }
}

/// Whether a client may send the request again as it is: error handling matches on the
/// class far more often than on the code, and a status the table lacks has its class too.
fn may_retry(status: Open<HttpStatus>) -> bool {
    match status.class() {
        Some(HttpStatusClass::ServerError) => true,
        Some(HttpStatusClass::ClientError) => status == HttpStatus::REQUEST_TIMEOUT,
        _ => false,
    }
}

/// What a client does after a request got `status`: a `match` whose arms may name a code by
/// any of its names.
fn next_step(status: HttpStatus) -> &'static str {
    match status {
        HttpStatus::REQUEST_TIMEOUT | HttpStatus::SERVICE_UNAVAILABLE => "retry",
        // Matches CONTENT_TOO_LARGE: an alias is the code it stands for.
        HttpStatus::PAYLOAD_TOO_LARGE => "send less",
        _ => "give up",
    }
}

/// The status a proxy answers when its upstream times out, looked up at compile time.
const UPSTREAM_TIMEOUT: HttpStatus = match HttpStatus::from_value(504) {
    Some(status) => status,
    None => panic!("504 is in RFC 9110"),
};

/// Reads the status of a status line such as `HTTP/1.1 404 Not Found`. Each `?` turns its
/// error into a `Box<dyn std::error::Error>`: a missing field, a `ParseIntError`, and codetable's
/// `UnknownValue<u16>` for a number that is not in the table.
fn parse_status_line(line: &str) -> Result<HttpStatus, Box<dyn std::error::Error>> {
    let code = line
        .split(' ')
        .nth(1)
        .ok_or("the status line has no status code")?;
    let status = HttpStatus::try_from(code.parse::<u16>()?)?;
    Ok(status)
}

/// A toy server: the generated enum is an error type itself, so a handler may fail with a
/// status.
fn fetch(path: &str) -> Result<&'static str, HttpStatus> {
    match path {
        "/" => Ok("Hello"),
        "/admin" => Err(HttpStatus::FORBIDDEN),
        _ => Err(HttpStatus::NOT_FOUND),
    }
}

/// `?` boxes the status as a `dyn Error`; callers can downcast it back.
fn serve(path: &str) -> Result<String, Box<dyn std::error::Error>> {
    let body = fetch(path)?;
    Ok(format!("{}: {body}", HttpStatus::OK))
}

/// Generic code over any table: how many codes, how many deprecated, and the widest range
/// of values.
fn census<C: Code>() -> String {
    let deprecated = C::all()
        .iter()
        .copied()
        .filter(|code| code.is_deprecated())
        .count();
    let values: Vec<C::Value> = C::all().iter().copied().filter_map(Code::value).collect();
    let (low, high) = (values.iter().min(), values.iter().max());
    match (low, high) {
        (Some(low), Some(high)) => format!(
            "{}: {} codes ({deprecated} deprecated), values {low} to {high}",
            C::TABLE,
            C::all().len()
        ),
        _ => format!("{}: {} codes, none with a value", C::TABLE, C::all().len()),
    }
}

/// What `explain QUERY` finds in `tables` and prints (and prints it).
fn explain(tables: &[Table], query: &str) -> (Found, String) {
    let query = Query::parse(query);
    let found = find(tables, &query);
    let text = render::text_results(
        &render::heading(&query, &found),
        &found.hits,
        &Style::default(),
    );
    print!("{text}");
    (found, text)
}

fn main() {
    // Lookups by value and by name.
    let not_found = HttpStatus::from_value(404).expect("404 is in RFC 9110");
    assert_eq!(not_found, HttpStatus::NOT_FOUND);
    assert_eq!(HttpStatus::from_name("NOT_FOUND"), Some(not_found));
    assert_eq!("GONE".parse::<HttpStatus>(), Ok(HttpStatus::GONE));
    assert_eq!("410".parse::<HttpStatus>(), Ok(HttpStatus::GONE));
    assert_eq!(
        HttpStatus::from_name_ignore_ascii_case("not_found"),
        Some(not_found)
    );
    assert_eq!(HttpStatus::from_value(299), None);
    assert_eq!(UPSTREAM_TIMEOUT, HttpStatus::GATEWAY_TIMEOUT);
    // The enum is a `u16` whose value is the status: `as` and `From` give the number.
    assert_eq!(u16::from(HttpStatus::OK), 200);
    assert_eq!(HttpStatus::NOT_FOUND as u16, 404);
    assert_eq!(size_of::<HttpStatus>(), size_of::<u16>());
    println!("404 is {not_found:?}, in class {}", not_found.class());
    assert_eq!(not_found.class(), HttpStatusClass::ClientError);
    assert_eq!(
        not_found.class().description(),
        "The request contains bad syntax or cannot be fulfilled."
    );
    // In constants too, and for a status the RFC does not define.
    const BAD_GATEWAY_CLASS: HttpStatusClass = HttpStatus::BAD_GATEWAY.class();
    assert_eq!(BAD_GATEWAY_CLASS, HttpStatusClass::ServerError);
    assert_eq!(
        HttpStatus::class_of_value(299),
        Some(HttpStatusClass::Successful)
    );
    assert_eq!(HttpStatus::class_of_value(600), None);
    // Each status's documentation, in constants too.
    const GONE_URL: &str = HttpStatus::GONE.url();
    assert_eq!(
        GONE_URL,
        "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/410"
    );
    assert!(may_retry(HttpStatus::decode(599)) && may_retry(HttpStatus::decode(408)));
    assert!(!may_retry(HttpStatus::decode(404)) && !may_retry(HttpStatus::decode(700)));
    let informational: Vec<&str> = HttpStatusClass::Informational
        .codes()
        .iter()
        .map(|c| c.name())
        .collect();
    assert_eq!(informational, ["CONTINUE", "SWITCHING_PROTOCOLS"]);

    // The names before RFC 9110 are aliases: the same codes, found by either name.
    assert_eq!(HttpStatus::PAYLOAD_TOO_LARGE, HttpStatus::CONTENT_TOO_LARGE);
    assert_eq!(
        "UNPROCESSABLE_ENTITY".parse::<HttpStatus>(),
        Ok(HttpStatus::UNPROCESSABLE_CONTENT)
    );
    assert_eq!(HttpStatus::PAYLOAD_TOO_LARGE.name(), "CONTENT_TOO_LARGE");
    let old_names: Vec<(&str, &str)> = HttpStatus::ALIASES
        .iter()
        .map(|alias| (alias.name(), alias.description().unwrap_or_default()))
        .collect();
    assert_eq!(
        old_names,
        [
            ("PAYLOAD_TOO_LARGE", "Payload Too Large"),
            ("UNPROCESSABLE_ENTITY", "Unprocessable Entity")
        ]
    );
    assert_eq!(next_step(HttpStatus::SERVICE_UNAVAILABLE), "retry");
    assert_eq!(next_step(HttpStatus::CONTENT_TOO_LARGE), "send less");
    assert_eq!(next_step(HttpStatus::GONE), "give up");

    // `Display` keeps the code: `NAME (value): phrase`, with `{:#}` the table's name in front
    // and the status's page after. A status line wants the number and the phrase alone.
    println!("{not_found}");
    assert_eq!(not_found.to_string(), "NOT_FOUND (404): Not Found");
    assert_eq!(
        format!("{not_found:#}"),
        "HttpStatus::NOT_FOUND (404): Not Found \
         <https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404>"
    );
    let status_line = format!("HTTP/1.1 {} {}", not_found as u16, not_found.description());
    println!("{status_line}");
    assert_eq!(status_line, "HTTP/1.1 404 Not Found");
    assert_eq!(not_found.details(), Some("RFC 9110, section 15.5.5."));
    // Padding applies to the whole text, as for a `str`.
    assert_eq!(format!("[{:<14?}]", HttpStatus::GONE), "[GONE = 410    ]");
    assert_eq!(
        format!("[{:>18}]", HttpStatus::GONE),
        "[  GONE (410): Gone]"
    );

    // The reserved codes are in the table, marked deprecated.
    let teapot = HttpStatus::from_value(418).expect("418 is listed, as unused");
    assert!(teapot.is_deprecated());
    assert_eq!(teapot.description(), "(Unused)");
    assert_eq!(teapot.to_string(), "UNUSED_418 (418): (Unused)");

    // `?` with the generated error types.
    assert_eq!(parse_status_line(&status_line).ok(), Some(not_found));
    let unknown = parse_status_line("HTTP/1.1 299 Maybe").unwrap_err();
    println!("HTTP/1.1 299: {unknown}");
    assert_eq!(unknown.to_string(), "HttpStatus has no code with value 299");
    let bad_name = "IM_A_TEAPOT".parse::<HttpStatus>().unwrap_err();
    assert_eq!(
        bad_name.to_string(),
        "HttpStatus has no code named \"IM_A_TEAPOT\""
    );
    assert!(parse_status_line("HTTP/1.1 two-hundred OK").is_err());
    assert!(parse_status_line("garbage").is_err());
    assert_eq!(serve("/").unwrap(), "OK (200): OK: Hello");
    let refused = serve("/admin").unwrap_err();
    println!("GET /admin: {refused}");
    assert_eq!(refused.to_string(), "FORBIDDEN (403): Forbidden");
    assert_eq!(
        refused.downcast_ref::<HttpStatus>(),
        Some(&HttpStatus::FORBIDDEN)
    );

    // Generic code over the `Code` trait: this table and an Agora one alike.
    let http = census::<HttpStatus>();
    println!("{http}");
    assert_eq!(
        http,
        "HttpStatus: 46 codes (2 deprecated), values 100 to 505"
    );
    let signaling = census::<codetable::agora::signaling::SignalingError>();
    println!("{signaling}");
    assert!(signaling.starts_with("SignalingError: 42 codes"));
    // Every class has codes; the codes are declared in increasing order, which is also how
    // they compare.
    for class in HttpStatusClass::all() {
        assert!(!class.codes().is_empty(), "{class}");
        assert!(class.codes().iter().all(|code| code.class() == *class));
    }
    assert!(HttpStatus::all()
        .windows(2)
        .all(|w| w[0].value() < w[1].value() && w[0] < w[1]));
    assert!(HttpStatus::BAD_REQUEST < HttpStatus::INTERNAL_SERVER_ERROR);

    // A status the table does not know, from a newer peer: `Open` keeps it.
    let teapot_plus_one = HttpStatus::decode(419);
    assert!(matches!(teapot_plus_one, Open::Unknown(status) if status.value() == 419));
    println!("{teapot_plus_one}");
    assert_eq!(
        teapot_plus_one.to_string(),
        "HttpStatus 419 (not in the table)"
    );
    assert_eq!(
        teapot_plus_one.or(HttpStatus::BAD_REQUEST),
        HttpStatus::BAD_REQUEST
    );
    assert_eq!(HttpStatus::decode(404).known(), Some(not_found));

    // Searching it with the `explain` library: adding the table is one line.
    let tables = [TABLES, &[Table::of::<HttpStatus>()]].concat();
    let (found, text) = explain(&tables, "501");
    let names: Vec<(&str, &str)> = found
        .hits
        .iter()
        .map(|hit| (hit.entry.table, hit.entry.name))
        .collect();
    assert_eq!(
        names,
        [
            ("SignalingError", "QUERYUSERNUM_E_TIMEOUT"),
            ("HttpStatus", "NOT_IMPLEMENTED")
        ]
    );
    assert!(text.contains("HttpStatus      NOT_IMPLEMENTED         501  Not Implemented"));
    // An old name finds the code, and the listing says what it is, its class and its page.
    let (_, text) = explain(&tables, "payload_too_large");
    // The alias's line starts where the descriptions do.
    let row = "  HttpStatus  CONTENT_TOO_LARGE  413  ";
    let indent = " ".repeat(row.len());
    assert_eq!(
        text,
        format!(
            "Codes named PAYLOAD_TOO_LARGE:\n{row}Content Too Large\n\
             {indent}class ClientError: The request contains bad syntax or cannot be fulfilled.\n\
             {indent}see {}\n\
             {indent}PAYLOAD_TOO_LARGE: alias of CONTENT_TOO_LARGE - Payload Too Large\n",
            HttpStatus::CONTENT_TOO_LARGE.url()
        )
    );
    // What `explain --json` and the unknown values need of it: its `Table`, nothing more.
    let query = Query::parse("299");
    let unknown = unknowns(&tables, &query);
    let http = unknown.iter().find(|u| u.table().name() == "HttpStatus");
    assert_eq!(
        http.map(ToString::to_string).as_deref(),
        Some("HttpStatus 299 (not in the table)")
    );
    let http = tables.last().expect("HttpStatus's table");
    let entry = http.from_value(404).expect("NOT_FOUND");
    assert_eq!(
        serde_json::to_value(entry).ok(),
        Some(serde_json::json!(404))
    );
}

#[test]
fn the_example_holds() {
    main();
}
