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
}
