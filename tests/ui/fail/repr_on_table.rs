//! `#[repr]` on a table: the macro chooses the representation.

codetable::define_codes! {
    /// Codes.
    #[repr(i32)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
