//! The lookups are `const fn`: usable in `const` items, and evaluated at compile time.

codetable::define_codes! {
    /// Statuses.
    pub enum Http: u16 {
        OK = 200 => "OK",
        NOT_FOUND = 404 => "Not Found",
        #[alias]
        MISSING = 404,
        TEAPOT = 418 => "I'm a teapot",
    }
}

const FOUND: Option<Http> = Http::from_value(404);
const NOTHING: Option<Http> = Http::from_value(405);
const BY_NAME: Option<Http> = Http::from_name("TEAPOT");
const BY_ALIAS: Option<Http> = Http::from_name("MISSING");
const NOT_A_NAME: Option<Http> = Http::from_name("teapot");
const ANY_CASE: Option<Http> = Http::from_name_ignore_ascii_case("teapot");
const ALIAS_ANY_CASE: Option<Http> = Http::from_name_ignore_ascii_case("Missing");
// A lookup that fails at compile time fails the build.
const _: () = assert!(matches!(Http::from_value(200), Some(Http::OK)));
// `all()` is `const` too.
const FIRST: Http = Http::all()[0];
const _: () = assert!(Http::all().len() == Http::COUNT);

fn main() {
    assert_eq!(FOUND, Some(Http::NOT_FOUND));
    assert_eq!(NOTHING, None);
    assert_eq!(BY_NAME, Some(Http::TEAPOT));
    assert_eq!(BY_ALIAS, Some(Http::NOT_FOUND));
    assert_eq!(NOT_A_NAME, None);
    assert_eq!(ANY_CASE, Some(Http::TEAPOT));
    assert_eq!(ALIAS_ANY_CASE, Some(Http::NOT_FOUND));
    assert_eq!(FIRST, Http::OK);
}
