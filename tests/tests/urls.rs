//! Documentation links (`#[codes(url = "...")]`) from the generated code's side, declared in
//! a module without a prelude, in a crate that denies warnings, missing docs and clippy's
//! pedantic lints: each placeholder, hex, negative and string values (percent-encoded), an
//! alias, a template without placeholders, `display_url`, and the views of `Code`, `Table`
//! and the Markdown export, whose anchors `{anchor}` must be.
#![deny(warnings, missing_docs, clippy::pedantic)]

use codetable::export::{Format, Options};
use codetable::{Code, Table};
use tables::{HResult, Plain, Site, State, Status};

/// The tables, where nothing is in scope but what the generated code names itself.
mod tables {
    #![no_implicit_prelude]

    ::codetable::define_codes! {
        /// Statuses with a page per value and an anchor per code, shown by `{:#}`.
        #[codes(url = "https://example.com/status/{value}?n={name}#{anchor}", display_url)]
        pub enum Status: i32 {
            OK = 0 => "Fine.",
            BUSY = -16 => "Busy.\nRetry later.",
            /// The old name.
            OVERLOADED = BUSY,
        }

        /// HRESULTs: `{value}` as the table writes it, in hex.
        #[codes(hex, url = "https://example.com/hresult/{value}")]
        pub enum HResult: i32 {
            E_ACCESSDENIED = 0x8007_0005_u32 as i32 => "Access denied.",
        }

        /// String values, percent-encoded; braces written as `{{` and `}}`.
        #[codes(url = "https://example.com/q?code={value}&x={{{name}}}")]
        pub enum State: str {
            UNIQUE = "23505" => "Unique violation.",
            ODD = "a b/é" => "A value that a URL must encode.",
        }

        /// One page for every code: a template without placeholders.
        #[codes(url = "https://example.com/site-errors")]
        pub enum Site: u8 {
            DOWN = 1 => "Down.",
        }

        /// No template.
        pub enum Plain: u8 {
            NOPE = 1 => "Nope.",
        }
    }
}

/// Computed in `const` contexts, from the inherent `const fn url()`.
const BUSY_URL: &str = Status::BUSY.url();
const ALIAS_URL: &str = Status::OVERLOADED.url();

#[test]
fn each_placeholder_is_filled_in() {
    assert_eq!(
        Status::OK.url(),
        "https://example.com/status/0?n=OK#status-ok"
    );
    assert_eq!(
        BUSY_URL,
        "https://example.com/status/-16?n=BUSY#status-busy"
    );
    // An alias is its code: it has its code's URL.
    assert_eq!(ALIAS_URL, BUSY_URL);
    assert_eq!(
        HResult::E_ACCESSDENIED.url(),
        "https://example.com/hresult/0x80070005"
    );
    assert_eq!(
        State::UNIQUE.url(),
        "https://example.com/q?code=23505&x={UNIQUE}"
    );
    assert_eq!(
        State::ODD.url(),
        "https://example.com/q?code=a%20b%2F%C3%A9&x={ODD}"
    );
    assert_eq!(Site::DOWN.url(), "https://example.com/site-errors");
}

#[test]
fn the_trait_and_the_table_give_the_same_urls() {
    fn urls<C: Code>() -> Vec<Option<&'static str>> {
        C::all().iter().map(|code| code.url()).collect()
    }
    assert_eq!(urls::<Status>(), [Some(Status::OK.url()), Some(BUSY_URL)]);
    assert_eq!(urls::<Plain>(), [None]);
    assert_eq!(Code::url(Plain::NOPE), None);

    let table = Table::of::<Status>();
    assert_eq!(
        table.url_template(),
        Some("https://example.com/status/{value}?n={name}#{anchor}")
    );
    assert!(table.displays_url());
    assert_eq!(table.from_value(-16).unwrap().url, Some(BUSY_URL));
    assert_eq!(table.alias("OVERLOADED").unwrap().entry.url, Some(BUSY_URL));
    let plain = Table::of::<Plain>();
    assert_eq!((plain.url_template(), plain.displays_url()), (None, false));
    assert_eq!(plain.from_value(1).unwrap().url, None);
    assert!(!Table::of::<Site>().displays_url());
}

#[test]
fn display_shows_the_url_where_the_table_asks() {
    assert_eq!(Status::BUSY.to_string(), "BUSY (-16): Busy.");
    assert_eq!(
        format!("{:#}", Status::BUSY),
        format!("Status::BUSY (-16): Busy. <{BUSY_URL}>")
    );
    assert!(!format!("{:#}", Status::BUSY).contains('\n'));
    assert_eq!(
        format!("{:#}", codetable::Open::Known(Status::OK)),
        format!("Status::OK (0): Fine. <{}>", Status::OK.url())
    );
    // Padding pads the whole line, URL included.
    let padded = format!("{:#<80}|", Status::OK);
    assert_eq!(padded.chars().count(), 81);
    // A table that does not ask keeps `{:#}` as it was.
    assert_eq!(format!("{:#}", Site::DOWN), "Site::DOWN (1): Down.");
    assert_eq!(format!("{:#}", Plain::NOPE), "Plain::NOPE (1): Nope.");
}

#[test]
fn an_anchor_is_the_id_of_the_codes_row_in_the_markdown_export() {
    let mut page = String::new();
    let tables = [Table::of::<Status>()];
    Format::Markdown
        .write(&mut page, &tables, &Options::new())
        .unwrap();
    for code in Status::all() {
        let anchor = code.url().rsplit_once('#').unwrap().1;
        assert!(
            page.contains(&format!("<a id=\"{anchor}\"></a>")),
            "{anchor} is not an id of:\n{page}"
        );
    }
}
