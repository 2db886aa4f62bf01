//! A column the table does not declare, with a did-you-mean.

codetable::define_codes! {
    /// Codes.
    #[columns(http: u16, retryable: bool = false)]
    pub enum Grpc: i32 {
        #[columns(http = 200, retriable = true)]
        OK = 0 => "Fine.",
    }
}

fn main() {}
