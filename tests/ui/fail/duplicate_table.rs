//! Two enums with the same name in one invocation.

codetable::define_codes! {
    /// The first.
    pub enum Code: i32 {
        A = 1 => "A.",
    }

    /// The second, with the same name.
    pub enum Code: i32 {
        B = 2 => "B.",
    }
}

fn main() {}
