//! Two entries of a string table with the same value: the error points at both.

codetable::define_codes! {
    /// Codes.
    pub enum SqlState: str {
        ARRAY_SUBSCRIPT_ERROR = "2202E" => "array_subscript_error",
        ARRAY_ELEMENT_ERROR = "2202E" => "array_element_error",
    }
}

fn main() {}
