//! A class range written backwards holds no value.

codetable::define_codes! {
    /// HTTP statuses.
    #[classes(ClientError = 500..400 => "The client erred.")]
    pub enum Http: u16 {
        NOT_FOUND = 404 => "Not Found.",
    }
}

fn main() {}
