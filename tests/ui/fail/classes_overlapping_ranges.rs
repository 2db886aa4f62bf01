//! Two classes that share values: 450 to 499 would be in both.

codetable::define_codes! {
    /// HTTP statuses.
    #[classes(ClientError = 400..500 => "The client erred.", Odd = 450..=599 => "Odd ones.")]
    pub enum Http: u16 {
        NOT_FOUND = 404 => "Not Found.",
    }
}

fn main() {}
