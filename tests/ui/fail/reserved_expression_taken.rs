//! A reserved value written as an expression is evaluated as an entry's value is: the
//! HRESULT `0x80070005_u32 as i32` reserved, an entry with that value is an error.

codetable::define_codes! {
    /// HRESULTs.
    #[reserved(0x80070005_u32 as i32, -16..-8)]
    pub enum HResult: i32 {
        S_OK = 0 => "Success.",
        E_ACCESSDENIED = 0x80070005_u32 as i32 => "Access denied.",
        E_LOW = -9 => "In the reserved range.",
    }
}

fn main() {}
