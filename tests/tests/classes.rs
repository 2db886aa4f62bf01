//! Classes (`#[classes(...)]`) from the generated code's side, declared in a module without
//! a prelude, in a crate that denies warnings, missing docs and clippy's pedantic lints: each kind of rule,
//! tables that cover themselves and tables that do not, C and string value types, aliases in
//! a list, entries without a value, and the views of `Open`, `Classified` and `Table`.
#![deny(warnings, missing_docs, clippy::pedantic)]

use codetable::{ClassRule, Classified, CodeClass, Open, Table};
use tables::{CError, Errno, Named, NamedClass, State, StateClass, Status, StatusClass};

/// The tables, where nothing is in scope but what the generated code names itself.
mod tables {
    #![no_implicit_prelude]

    ::codetable::define_codes! {
        /// HRESULTs, classed by ranges written as C headers write values: a range's ends are
        /// evaluated as an entry's value is, in the table's type.
        #[codes(hex)]
        #[classes(
            cover,
            Failure = 0x8000_0000_u32 as i32..=-1 => "The severity bit is set.",
            Success = 0..=i32::MAX => "The severity bit is clear.",
        )]
        pub enum HResult: i32 {
            S_OK = 0 => "Success.",
            S_FALSE = 1 => "Success, false.",
            E_ACCESSDENIED = 0x8007_0005_u32 as i32 => "Access denied.",
        }
    }

    ::codetable::define_codes! {
        /// Statuses, every one in a class: a range, a single value and a list naming an alias.
        #[classes(
            cover,
            Success = 200..300 => "It worked.",
            Teapot = 418 => "A teapot.",
            ServerError = 500..=599 => "Our fault.",
            Odd = [STRANGE] => "Listed by an alias.",
        )]
        pub enum Status: u16 {
            OK = 200 => "Fine.",
            TEAPOT = 418 => "Tea.",
            UNAVAILABLE = 503 => "Try again later.",
            WEIRD = 42 => "Odd.",
            /// Another name of `WEIRD`.
            STRANGE = WEIRD,
        }

        /// Negative C codes, not all in a class, with the class enum named.
        #[classes(enum = Errno, Io = -10..=-5 => "I/O failures.", Busy = [EBUSY] => "Busy.")]
        pub enum CError: c_int {
            EIO = -5 => "I/O error.",
            EBUSY = -16 => "Busy.",
            EINVAL = -22 => "Invalid.",
        }

        /// SQLSTATE-like codes, by prefix, in two languages (a class described in one).
        #[langs(en, zh)]
        #[classes(
            cover,
            Success = "00" => { en: "Success.", zh: "成功。" },
            Integrity = "23" => "Integrity.",
        )]
        pub enum State: str {
            FINE = "00000" => { en: "Fine.", zh: "好。" },
            UNIQUE = "23505" => { en: "Unique violation.", zh: "唯一性冲突。" },
        }

        /// Codes without values, classed by list.
        #[classes(Named = [B] => "The one named.")]
        pub enum Named: u8 {
            A = _ => "A.",
            B = _ => "B.",
        }
    }
}

/// A value's class name, in any table with classes.
fn class_name<C: Classified>(code: Open<C>) -> &'static str {
    code.class().map_or("none", CodeClass::name)
}

#[test]
fn a_covering_table_gives_each_code_its_class_in_constants() {
    const UNAVAILABLE: StatusClass = Status::UNAVAILABLE.class();
    const GATEWAY: Option<StatusClass> = Status::class_of_value(504);
    assert_eq!(UNAVAILABLE, StatusClass::ServerError);
    assert_eq!(GATEWAY, Some(StatusClass::ServerError));
    assert_eq!(Status::TEAPOT.class(), StatusClass::Teapot);
    // A listed alias is its code.
    assert_eq!(Status::WEIRD.class(), StatusClass::Odd);
    assert_eq!(Status::class_of_value(42), Some(StatusClass::Odd));
    // A list holds codes, not values.
    assert_eq!(Status::class_of_value(43), None);
    assert_eq!(Status::class_of_value(419), None);
    assert_eq!(Status::class_of_value(299), Some(StatusClass::Success));
}

#[test]
fn the_class_enum_lists_names_descriptions_and_codes() {
    let names: Vec<&str> = StatusClass::all().iter().map(|c| c.name()).collect();
    assert_eq!(names, ["Success", "Teapot", "ServerError", "Odd"]);
    assert_eq!(StatusClass::Odd.description(), "Listed by an alias.");
    assert_eq!(StatusClass::ServerError.codes(), [Status::UNAVAILABLE]);
    assert_eq!(StatusClass::Odd.codes(), [Status::WEIRD]);
    assert_eq!(format!("{}", StatusClass::ServerError), "ServerError");
    assert_eq!(format!("{:?}", StatusClass::ServerError), "ServerError");
    assert!(StatusClass::Success < StatusClass::Odd);
    // The trait agrees with the inherent functions.
    for class in StatusClass::all() {
        assert_eq!(CodeClass::name(*class), class.name());
        assert_eq!(CodeClass::description(*class), class.description());
        assert_eq!(CodeClass::codes(*class), class.codes());
        assert_eq!(
            <StatusClass as CodeClass>::all()[CodeClass::index(*class)],
            *class
        );
    }
    assert_eq!(
        CodeClass::rule(StatusClass::ServerError),
        ClassRule::Range(500, 599)
    );
    assert_eq!(
        CodeClass::rule(StatusClass::Teapot),
        ClassRule::Range(418, 418)
    );
    assert_eq!(CodeClass::rule(StatusClass::Odd), ClassRule::List);
}

#[test]
fn a_table_that_does_not_cover_itself_gives_options() {
    assert_eq!(CError::EIO.class(), Some(Errno::Io));
    assert_eq!(CError::EBUSY.class(), Some(Errno::Busy));
    assert_eq!(CError::EINVAL.class(), None);
    assert_eq!(CError::class_of_value(-7), Some(Errno::Io));
    assert_eq!(CError::class_of_value(-11), None);
    assert_eq!(Named::B.class(), Some(NamedClass::Named));
    assert_eq!(Named::A.class(), None);
}

#[test]
fn values_the_table_lacks_get_the_class_of_their_range_or_prefix() {
    assert_eq!(class_name(Status::decode(550)), "ServerError");
    assert_eq!(class_name(Status::decode(100)), "none");
    assert_eq!(class_name(CError::decode(-6)), "Io");
    assert_eq!(State::decode("23P99").class(), Some(StateClass::Integrity));
    assert_eq!(State::decode("42P01").class(), None);
    // Cut to the table's five bytes, the value keeps its prefix.
    assert_eq!(
        State::decode("23P99-and-more").class(),
        Some(StateClass::Integrity)
    );
    let Open::Unknown(unknown) = State::decode("00P01") else {
        panic!("00P01 is not in the table");
    };
    assert_eq!(unknown.class(), Some(StateClass::Success));
}

#[test]
fn classes_are_described_in_the_tables_languages() {
    assert_eq!(StateClass::Success.description(), "Success.");
    assert_eq!(
        CodeClass::description_in(StateClass::Success, "zh"),
        Some("成功。")
    );
    // Described in the default language only.
    assert_eq!(
        CodeClass::description_in(StateClass::Integrity, "en"),
        Some("Integrity.")
    );
    assert_eq!(CodeClass::description_in(StateClass::Integrity, "zh"), None);
    assert_eq!(CodeClass::description_in(StateClass::Success, "fr"), None);
    let info = Table::of::<State>().classes()[0];
    assert_eq!(info.description_in("zh"), Some("成功。"));
}

#[test]
fn the_table_view_knows_the_classes() {
    let table = Table::of::<Status>();
    let classes: Vec<&str> = table.classes().iter().map(|c| c.name).collect();
    assert_eq!(classes, ["Success", "Teapot", "ServerError", "Odd"]);
    let weird = table.from_value(42).expect("WEIRD");
    assert_eq!(weird.class().map(|c| c.name), Some("Odd"));
    let unknown = table
        .decode(550)
        .expect("a u16")
        .expect_err("not in the table");
    assert_eq!(unknown.class().map(|c| c.description), Some("Our fault."));
    assert_eq!(
        Table::of::<State>().classes()[1].rule,
        ClassRule::Prefix("23")
    );
    let einval = Table::of::<CError>().from_value(-22).expect("EINVAL");
    assert!(einval.class().is_none());
    // A table without classes has none.
    assert!(Table::of::<codetable::agora::rtc::RtcError>()
        .classes()
        .is_empty());
}

#[test]
fn ranges_written_as_expressions_class_by_their_evaluated_ends() {
    use tables::{HResult, HResultClass};
    assert_eq!(HResult::S_FALSE.class(), HResultClass::Success);
    assert_eq!(HResult::E_ACCESSDENIED.class(), HResultClass::Failure);
    assert_eq!(
        HResult::class_of_value(0x8000_4005_u32.cast_signed()),
        Some(HResultClass::Failure)
    );
    assert_eq!(
        CodeClass::rule(HResultClass::Failure),
        ClassRule::Range(i128::from(i32::MIN), -1)
    );
}
