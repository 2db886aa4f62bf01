//! A value longer than the declared `max_len`.

codetable::define_codes! {
    /// Codes.
    #[codes(max_len = 8)]
    pub enum ApiError: str {
        THROTTLED = "ThrottlingException" => "Too many requests.",
    }
}

fn main() {}
