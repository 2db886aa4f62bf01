//! A table that says `cover` with an entry outside every class.

codetable::define_codes! {
    /// HTTP statuses.
    #[classes(cover, ClientError = 400..500 => "The client erred.", ServerError = 500..600 => "The server erred.")]
    pub enum Http: u16 {
        NOT_FOUND = 404 => "Not Found.",
        PERMANENT_REDIRECT = 308 => "Permanent Redirect.",
        UNAVAILABLE = 503 => "Service Unavailable.",
    }
}

fn main() {
    // The other entries keep their class.
    let _: HttpClass = Http::UNAVAILABLE.class();
}
