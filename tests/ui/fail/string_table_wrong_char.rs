//! A value with a character outside the declared `chars`.

codetable::define_codes! {
    /// Codes.
    #[codes(len = 5, chars = "0-9A-Z")]
    pub enum SqlState: str {
        UNDEFINED_TABLE = "42p01" => "undefined_table",
    }
}

fn main() {}
