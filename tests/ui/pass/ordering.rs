//! Codes order by value, not by declaration; value-less entries after every value when the
//! type has room above the largest one.

codetable::define_codes! {
    /// Declared out of order.
    pub enum Status: i32 {
        TIMEOUT = 1001 => "The call timed out.",
        BUSY = 7 => "The device is busy.",
        FAILED = -1 => "Failed.",
        PENDING = _ => "No value.",
    }
}

fn main() {
    assert!(Status::BUSY < Status::TIMEOUT);
    assert!(Status::FAILED < Status::BUSY);
    assert!(Status::TIMEOUT < Status::PENDING);
    let mut codes = Status::all().to_vec();
    codes.sort();
    assert_eq!(
        codes,
        [
            Status::FAILED,
            Status::BUSY,
            Status::TIMEOUT,
            Status::PENDING
        ]
    );
    assert_eq!(Status::BUSY.cmp(&Status::TIMEOUT), std::cmp::Ordering::Less);
    assert_eq!(
        Status::TIMEOUT.partial_cmp(&Status::BUSY),
        Some(std::cmp::Ordering::Greater)
    );
    assert_eq!(codes.iter().max(), Some(&Status::PENDING));
}
