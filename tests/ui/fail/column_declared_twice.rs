//! A column declared twice on the table.

codetable::define_codes! {
    /// Codes.
    #[columns(http: u16, http: u32 = 0)]
    pub enum Grpc: i32 {
        #[columns(http = 200)]
        OK = 0 => "Fine.",
    }
}

fn main() {}
