//! A crate without the prelude: every path the macro writes is absolute.
#![no_implicit_prelude]

mod inner {
    ::codetable::define_codes! {
        /// Codes.
        pub enum Code: i16 {
            A = -1 => "Minus one.",
            B = _ => "No value.",
            #[alias]
            C = -1 => "Minus one again.",
        }

        /// String codes.
        #[codes(max_len = 8)]
        pub enum Text: str {
            X = "x1" => "The first.",
            Y = _ => "No value.",
            Z = X,
        }

        /// Columns, shown as written through `Table`.
        #[columns(
            parent: ::core::option::Option<Nested> = ::core::option::Option::None,
            hint: &'static str = "none",
            retry: bool = false,
        )]
        pub enum Nested: u8 {
            TOP = 1 => "The top.",
            #[columns(parent = ::core::option::Option::Some(Nested::TOP), retry = true)]
            UNDER = 2 => "Under the top.",
        }
    }
}

fn main() {
    ::std::assert_eq!(
        inner::Code::from_value(-1),
        ::std::option::Option::Some(inner::Code::A)
    );
    ::std::assert_eq!(inner::Code::B.value(), ::std::option::Option::None);
    // An alias is the code it stands for, and prints as it.
    ::std::assert_eq!(inner::Code::C, inner::Code::A);
    ::std::assert_eq!(::std::format!("{}", inner::Code::C), "A (-1): Minus one.");
    ::std::assert_eq!(
        inner::Code::ALIASES[0].description(),
        ::std::option::Option::Some("Minus one again.")
    );
    ::std::assert_eq!(
        inner::Text::from_value("x1"),
        ::std::option::Option::Some(inner::Text::X)
    );
    ::std::assert_eq!(inner::Text::Y.value(), ::std::option::Option::None);
    ::std::assert_eq!(inner::Text::Z, inner::Text::X);
    ::std::assert_eq!(::std::format!("{}", inner::Text::X), "X (x1): The first.");
    ::std::assert_eq!(::std::format!("{}", inner::Text::decode("x2")), "Text x2 (not in the table)");
    let under = ::codetable::Table::of::<inner::Nested>().from_value(2).unwrap();
    let shown: ::std::vec::Vec<::std::string::String> = ::std::iter::Iterator::collect(
        ::std::iter::Iterator::map(under.columns(), |c| ::std::format!("{}={c}", c.name)),
    );
    ::std::assert_eq!(shown, ["parent=TOP", "hint=none", "retry=true"]);
}
