//! An entry without a value has nothing to compare.

#[allow(dead_code)]
mod ffi {
    pub const RESERVED: i32 = 7;
}

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        OK = 0 => "Fine.",
        #[equals(ffi::RESERVED)]
        RESERVED = _ => "No value here.",
    }
}

fn main() {}
