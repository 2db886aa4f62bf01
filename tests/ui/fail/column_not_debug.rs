//! A column type without `Debug` is reported at the type.

/// Not `Debug`.
#[derive(Clone, Copy)]
pub struct Help(pub u8);

codetable::define_codes! {
    /// Codes.
    #[columns(help: Help = Help(0))]
    pub enum Grpc: i32 {
        OK = 0 => "Fine.",
    }
}

fn main() {}
