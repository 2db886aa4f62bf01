//! A listed code that a range class already holds.

codetable::define_codes! {
    /// HTTP statuses.
    #[classes(ServerError = 500..600 => "The server erred.", Retryable = [UNAVAILABLE] => "Worth retrying.")]
    pub enum Http: u16 {
        NOT_FOUND = 404 => "Not Found.",
        UNAVAILABLE = 503 => "Service Unavailable.",
    }
}

fn main() {}
