//! Two classes of one name.

codetable::define_codes! {
    /// Codes.
    #[classes(Low = 0..10 => "Low codes.", Low = 10..20 => "Other low codes.")]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
