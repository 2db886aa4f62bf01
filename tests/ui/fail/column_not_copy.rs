//! A column type that is not `Copy` is reported at the type.

/// Not `Copy`.
#[derive(Debug)]
pub struct Help(pub u8);

codetable::define_codes! {
    /// Codes.
    #[columns(help: Help = Help(0))]
    pub enum Grpc: i32 {
        OK = 0 => "Fine.",
    }
}

fn main() {}
