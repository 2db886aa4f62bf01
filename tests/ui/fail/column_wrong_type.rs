//! A value of the wrong type: rustc reports it at the value.

codetable::define_codes! {
    /// Codes.
    #[columns(http: u16 = 0)]
    pub enum Grpc: i32 {
        #[columns(http = "200")]
        OK = 0 => "Fine.",
    }
}

fn main() {}
