//! C's alias form names an earlier entry; naming a later one is an error pointing at both.

codetable::define_codes! {
    /// Codes.
    pub enum Errno: i32 {
        EWOULDBLOCK = EAGAIN,
        EAGAIN = 11 => "Resource temporarily unavailable.",
    }
}

fn main() {
    // The alias is left out, not the table: its other uses still compile.
    let _ = Errno::EAGAIN;
}
