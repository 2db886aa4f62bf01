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

fn main() {
    assert_eq!(Http::from_value(404), Some(Http::NOT_FOUND));
    assert_eq!(Http::OK.description(), "OK");
    assert_eq!(Http::NOT_FOUND.to_string(), "NOT_FOUND (404): Not Found");
}
