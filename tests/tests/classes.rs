#![no_implicit_prelude]
#![deny(warnings, missing_docs, clippy::pedantic)]
//! scratch
extern crate codetable;
extern crate std;
use std::assert_eq;
codetable::define_codes! {
    /// Statuses.
    #[classes(cover, Success = 200..300 => "It worked.", ServerError = 500..600 => "Our fault.", Odd = [TEAPOT] => "Odd.")]
    pub enum Status: u16 {
        OK = 200 => "Fine.",
        TEAPOT = 418 => "Tea.",
        UNAVAILABLE = 503 => "Try again later.",
    }
    /// S.
    #[classes(enum = Kind, Integrity = "23" => "Integrity.")]
    pub enum Sql: str {
        UNIQUE = "23505" => "u",
        OTHER = "42P01" => "o",
    }
}
#[test]
fn works() {
    const C: StatusClass = Status::UNAVAILABLE.class();
    assert_eq!(C, StatusClass::ServerError);
    assert_eq!(
        Status::class_of_value(599),
        std::option::Option::Some(StatusClass::ServerError)
    );
    assert_eq!(Status::decode(404).class(), std::option::Option::None);
    assert_eq!(
        Sql::decode("23xyz").class(),
        std::option::Option::Some(Kind::Integrity)
    );
    assert_eq!(StatusClass::Odd.codes(), &[Status::TEAPOT]);
    let t = codetable::Table::of::<Status>();
    assert_eq!(t.classes().len(), 3);
    assert_eq!(t.from_value(418).unwrap().class().unwrap().name, "Odd");
    assert_eq!(
        t.decode(550).unwrap().unwrap_err().class().unwrap().name,
        "ServerError"
    );
}
