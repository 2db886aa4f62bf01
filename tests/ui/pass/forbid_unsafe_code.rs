//! A crate that forbids unsafe code can declare tables: `all()` reads its static array of
//! discriminants as codes with an `unsafe` block of the macro's own, which the lint does
//! not charge to the user's crate.
#![forbid(unsafe_code)]

codetable::define_codes! {
    /// Statuses.
    pub enum Status: u16 {
        OK = 200 => "Fine.",
        BUSY = 503 => "Busy.",
    }

    /// SQLSTATE-like codes.
    pub enum State: str {
        UNIQUE = "23505" => "Unique violation.",
    }
}

fn main() {
    assert_eq!(Status::all(), [Status::OK, Status::BUSY]);
    assert_eq!(State::all(), [State::UNIQUE]);
}
