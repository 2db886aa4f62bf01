//! A macro of the user's gives the enum a larger alignment than its `#[repr]`'s: the table
//! does not compile, instead of `all()` reading its array of discriminants as misaligned
//! codes.

codetable::define_codes! {
    /// Codes.
    #[cfg_attr(all(), codetable_hostile::replace(
        /// Codes.
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8, align(8))]
        pub enum Code { A = 0, B = 1 }
    ))]
    pub enum Code: str {
        A = "a" => "A.",
        B = "b" => "B.",
    }
}

fn main() {}
