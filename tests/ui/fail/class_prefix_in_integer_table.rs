//! An integer table has no string prefixes.

codetable::define_codes! {
    /// HTTP statuses.
    #[classes(ClientError = "4" => "The client erred.")]
    pub enum Http: u16 {
        NOT_FOUND = 404 => "Not Found.",
    }
}

fn main() {}
