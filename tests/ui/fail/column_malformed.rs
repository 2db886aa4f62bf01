//! A column declared without a type.

codetable::define_codes! {
    /// Codes.
    #[columns(http)]
    pub enum Grpc: i32 {
        OK = 0 => "Fine.",
    }
}

fn main() {}
