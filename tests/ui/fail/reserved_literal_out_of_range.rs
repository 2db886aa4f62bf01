//! A reserved value that does not fit the table's type is the error an entry's value would
//! get, with the same fix (`0x80070005_u32 as i32`), not a reservation that never matches.

codetable::define_codes! {
    /// HRESULTs.
    #[reserved(0x80070005)]
    pub enum HResult: i32 {
        S_OK = 0 => "Success.",
    }
}

fn main() {}
