//! A class range whose end does not fit the table's type is the error an entry's value
//! would get, on that end.
codetable::define_codes! {
    /// Statuses.
    #[classes(Big = 200..300 => "Past a byte.", Small = 0..10 => "Small.")]
    pub enum Status: u8 {
        OK = 0 => "Fine.",
    }
}

fn main() {}
