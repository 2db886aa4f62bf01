//! A required column (no default) that an entry does not give: the error names the entry.

codetable::define_codes! {
    /// Codes.
    #[columns(http: u16, retryable: bool = false)]
    pub enum Grpc: i32 {
        #[columns(http = 200)]
        OK = 0 => "Fine.",
        UNAVAILABLE = 14 => "Try again.",
    }
}

fn main() {
    // No follow-on error where the column is used.
    let _ = Grpc::UNAVAILABLE.http();
}
