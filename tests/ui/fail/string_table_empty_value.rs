//! An empty string value.

codetable::define_codes! {
    /// Codes.
    pub enum OAuthError: str {
        INVALID_REQUEST = "" => "The request is missing a required parameter.",
    }
}

fn main() {}
