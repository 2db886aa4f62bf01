//! String values cannot be compared at compile time.

codetable::define_codes! {
    /// Codes.
    #[equals(ffi::*)]
    pub enum State: str {
        OK = "00000" => "Fine.",
    }
}

fn main() {}
