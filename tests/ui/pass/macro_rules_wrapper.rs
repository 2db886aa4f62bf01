//! A table written by a user's `macro_rules!` wrapper.
macro_rules! family {
    ($name:ident: $($code:ident = $value:literal => $text:literal),* $(,)?) => {
        codetable::define_codes! {
            /// A generated family.
            pub enum $name: u16 {
                $($code = $value => $text,)*
            }
        }
    };
}

family!(Http: OK = 200 => "OK", NOT_FOUND = 404 => "Not Found");

/// The same for a string table: the value arrives as a `$x:literal`, in an invisible group.
macro_rules! string_family {
    ($name:ident: $($code:ident = $value:literal => $text:literal),* $(,)?) => {
        codetable::define_codes! {
            /// A generated family of string codes.
            pub enum $name: str {
                $($code = $value => $text,)*
            }
        }
    };
}

string_family!(OAuth: INVALID_GRANT = "invalid_grant" => "The grant is invalid.");

fn main() {
    assert_eq!(Http::from_value(404), Some(Http::NOT_FOUND));
    assert_eq!(Http::OK.description(), "OK");
    assert_eq!(Http::NOT_FOUND.to_string(), "NOT_FOUND (404): Not Found");
    assert_eq!(OAuth::from_value("invalid_grant"), Some(OAuth::INVALID_GRANT));
    assert_eq!(OAuth::INVALID_GRANT.value(), "invalid_grant");
}
