//! `#[columns]` on an entry of a table that declares none.

codetable::define_codes! {
    /// Codes.
    pub enum Grpc: i32 {
        #[columns(http = 200)]
        OK = 0 => "Fine.",
    }
}

fn main() {}
