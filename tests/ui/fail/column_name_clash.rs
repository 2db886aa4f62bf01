//! A column named like a generated method.

codetable::define_codes! {
    /// Codes.
    #[columns(value: u16 = 0)]
    pub enum Grpc: i32 {
        OK = 0 => "Fine.",
    }
}

fn main() {}
