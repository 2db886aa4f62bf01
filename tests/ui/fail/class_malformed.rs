//! A class whose rule is not a range, a value, a prefix or a list.

codetable::define_codes! {
    /// Codes.
    #[classes(Low = 1.. => "Low codes.", High = 100..200 => "High codes.")]
    pub enum Code: i32 {
        A = 1 => "A.",
        B = 150 => "B.",
    }
}

fn main() {
    // The well-formed class is still there.
    let _ = CodeClass::High;
}
