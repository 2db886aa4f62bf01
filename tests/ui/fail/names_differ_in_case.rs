//! Two names equal ignoring ASCII case, which `from_name_ignore_ascii_case` could not tell
//! apart.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        Error = 1 => "Mixed case.",
        ERROR = 2 => "Upper case.",
    }
}

fn main() {}
