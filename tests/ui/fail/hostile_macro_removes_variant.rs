//! A macro of the user's removes a variant behind the attribute filter's back: the table
//! does not compile, at the entry, instead of `all()` holding a value no variant has.

codetable::define_codes! {
    /// Codes.
    #[cfg_attr(all(), codetable_hostile::replace(
        /// Codes.
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Code { A = 1 }
    ))]
    pub enum Code: u8 {
        A = 1 => "A.",
        B = 2 => "B.",
    }
}

fn main() {}
