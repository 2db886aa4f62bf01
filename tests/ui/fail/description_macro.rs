//! A macro call as a description: one error over the whole call.

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        A = 1 => concat!("A", "."),
    }
}

fn main() {}
