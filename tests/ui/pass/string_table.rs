//! A string table does what an integer table does: values, lookups (const too), `FromStr` by
//! name or value, `TryFrom<&str>`, Display with the code, ordering by value, aliases of both
//! forms, deprecated entries, languages, `Code`, `Table`, and `Open` keeping unknown codes.
#![deny(warnings)]

use codetable::{Code, Open, Table, Value};

codetable::define_codes! {
    /// OAuth 2.0 token errors (RFC 6749 section 5.2), in two languages.
    #[langs(en, de)]
    #[codes(max_len = 24, chars = "a-z_")]
    pub enum OAuthError: str {
        INVALID_REQUEST = "invalid_request" => { en: "The request is malformed.", de: "Die Anfrage ist fehlerhaft." },
        INVALID_GRANT = "invalid_grant" => { en: "The grant is invalid.", de: "Die Berechtigung ist ungültig." },
        #[deprecated]
        OLD_GRANT = "old_grant" => { en: "Replaced.", de: "Ersetzt." },
        /// Another spelling some servers send.
        #[alias]
        BAD_GRANT = "invalid_grant",
        REQUEST_ERROR = INVALID_REQUEST,
    }
}

const GRANT: Option<OAuthError> = OAuthError::from_value("invalid_grant");
const FOLDED: Option<OAuthError> = OAuthError::from_name_ignore_ascii_case("invalid_request");

fn main() {
    assert_eq!(GRANT, Some(OAuthError::INVALID_GRANT));
    assert_eq!(FOLDED, Some(OAuthError::INVALID_REQUEST));
    assert_eq!(OAuthError::INVALID_GRANT.value(), "invalid_grant");
    assert_eq!(<&str>::from(OAuthError::INVALID_REQUEST), "invalid_request");
    assert_eq!("invalid_grant".parse::<OAuthError>(), Ok(OAuthError::INVALID_GRANT));
    assert_eq!("INVALID_GRANT".parse::<OAuthError>(), Ok(OAuthError::INVALID_GRANT));
    let text = String::from("invalid_request");
    assert_eq!(OAuthError::try_from(text.as_str()), Ok(OAuthError::INVALID_REQUEST));
    let error = OAuthError::try_from("access_denied").unwrap_err();
    assert_eq!(error.to_string(), "OAuthError has no code with value access_denied");
    assert_eq!(OAuthError::BAD_GRANT, OAuthError::INVALID_GRANT);
    assert!(matches!(GRANT, Some(OAuthError::BAD_GRANT)));
    assert_eq!(OAuthError::REQUEST_ERROR, OAuthError::INVALID_REQUEST);
    assert_eq!(OAuthError::ALIASES.len(), 2);
    assert_eq!(
        OAuthError::INVALID_GRANT.to_string(),
        "INVALID_GRANT (invalid_grant): The grant is invalid."
    );
    assert_eq!(OAuthError::INVALID_GRANT.description_in("de"), Some("Die Berechtigung ist ungültig."));
    assert!(OAuthError::INVALID_GRANT < OAuthError::INVALID_REQUEST);
    #[allow(deprecated)]
    let old = OAuthError::OLD_GRANT;
    assert!(old.is_deprecated());

    // Generic code and the object view see string values.
    assert_eq!(<OAuthError as Code>::from_value("invalid_grant"), Some(OAuthError::INVALID_GRANT));
    let table = Table::of::<OAuthError>();
    let entry = table.from_value("invalid_request").unwrap();
    assert_eq!((entry.name, entry.value), ("INVALID_REQUEST", Some(Value::Str("invalid_request"))));
    assert!(table.from_value(17).is_none());

    // Unknown codes are kept inline, up to max_len.
    let unknown = OAuthError::decode(&String::from("access_denied"));
    assert!(matches!(unknown, Open::Unknown(u) if u.value() == codetable::InlineStr::new("access_denied")));
    assert_eq!(unknown.to_string(), "OAuthError access_denied (not in the table)");
    assert_eq!(OAuthError::decode("invalid_grant"), Open::Known(OAuthError::INVALID_GRANT));
    let long = OAuthError::decode("an_error_code_longer_than_twenty_four");
    assert!(long.value().unwrap().is_truncated());
}
