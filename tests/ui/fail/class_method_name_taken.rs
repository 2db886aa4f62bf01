//! A table with classes has the methods `class` and `class_of_value`: no entry or column may
//! take their names.

codetable::define_codes! {
    /// Codes.
    #[columns(class: u8 = 0)]
    #[classes(Low = 0..10 => "Low codes.")]
    pub enum Code: i32 {
        A = 1 => "A.",
        class_of_value = 2 => "B.",
    }
}

fn main() {}
