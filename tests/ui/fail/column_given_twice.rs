//! A column given twice, in two attributes: the error points at both.

codetable::define_codes! {
    /// Codes.
    #[columns(http: u16)]
    pub enum Grpc: i32 {
        #[columns(http = 200)]
        #[columns(http = 201)]
        OK = 0 => "Fine.",
    }
}

fn main() {}
