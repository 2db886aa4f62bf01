//! `#[columns]` on an alias: it has its original's columns.

codetable::define_codes! {
    /// Codes.
    #[columns(http: u16 = 0)]
    pub enum Grpc: i32 {
        OK = 0 => "Fine.",
        #[columns(http = 200)]
        FINE = OK,
    }
}

fn main() {}
