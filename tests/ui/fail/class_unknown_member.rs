//! A listed class names an entry the table lacks.

codetable::define_codes! {
    /// gRPC statuses.
    #[classes(Retryable = [UNAVAILABLE, ABORTED] => "Worth retrying.")]
    pub enum Grpc: i32 {
        OK = 0 => "Not an error.",
        UNAVAILABLE = 14 => "The service is unavailable.",
    }
}

fn main() {}
