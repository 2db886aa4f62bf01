//! A value of another integer type, without the cast that says how it converts.

codetable::define_codes! {
    /// Windows HRESULTs are signed.
    pub enum HResult: i32 {
        E_FAIL = 0x8000_4005_u32 => "Unspecified failure.",
    }
}

fn main() {}
