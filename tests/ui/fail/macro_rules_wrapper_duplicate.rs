//! A table written by a user's `macro_rules!` wrapper: the error points at the wrapper's caller.

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

family!(Http: OK = 200 => "OK", ALSO_OK = 200 => "Also OK");

fn main() {}
