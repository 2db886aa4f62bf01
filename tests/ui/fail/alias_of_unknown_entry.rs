//! C's alias form naming no entry of the table (a misspelling).

codetable::define_codes! {
    /// Codes.
    pub enum Errno: i32 {
        EAGAIN = 11 => "Resource temporarily unavailable.",
        EWOULDBLOCK = EAGIAN,
    }
}

fn main() {}
