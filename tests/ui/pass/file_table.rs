//! A table whose entries come from a CSV file (`ui/data/codes.csv`, relative to the
//! manifest directory trybuild builds from), with headers declared and found by default,
//! typed columns, details, a deprecation, an alias, an expression, and an entry in Rust;
//! and a TSV file with descriptions in two languages.
#![deny(warnings, missing_docs)]

codetable::define_codes! {
    /// Codes from a file.
    #[file("../../../../tests/ui/data/codes.csv", name = "Name", value = "Code", description = "Description")]
    #[columns(http: u16 = 0, hint: &'static str = "")]
    pub enum FromFile: i32 {
        /// The base of the others, written in Rust.
        BASE = 0x100 => "The base.",
    }

    /// A TSV file with a description per language, for a string table: a value cell is
    /// text, quotes included.
    #[langs(en, zh)]
    #[file("../../../../tests/ui/data/langs.tsv")]
    pub enum Langs: str {}
}

fn main() {
    assert_eq!(FromFile::all().len(), 4);
    assert_eq!(FromFile::OK.value(), 0);
    assert_eq!(FromFile::CANCELLED.description(), "The operation was cancelled, by the caller.");
    assert_eq!(FromFile::CANCELLED.details(), Some("It may be retried.\nOr not."));
    assert_eq!(FromFile::CANCELLED.hint(), "say \"why\"");
    assert_eq!(FromFile::CANCELLED.http(), 499);
    #[allow(deprecated)]
    let unknown = FromFile::UNKNOWN;
    assert!(unknown.is_deprecated());
    assert_eq!(unknown.value(), 2);
    assert_eq!(FromFile::ABORTED_TOO, FromFile::CANCELLED);
    assert_eq!(FromFile::BASE.http(), 0);
    assert_eq!(FromFile::from_value(1), Some(FromFile::CANCELLED));
    let _ = FromFile::OK.name();
    assert_eq!(Langs::TIMEOUT.value(), "42P01");
    assert_eq!(Langs::OK.value(), "\"00000\"");
    assert_eq!(Langs::TIMEOUT.description_in("zh"), Some("超时。"));
    assert_eq!(Langs::OK.description(), "Fine.");
}
