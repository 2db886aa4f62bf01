//! `#[cfg]` on an entry, nested in `cfg_attr`s: the filter looks at every depth.

codetable::define_codes! {
    /// Codes.
    #[cfg_attr(all(), allow(dead_code))]
    pub enum Code: u8 {
        A = 1 => "A.",
        #[cfg_attr(all(), cfg_attr(all(), cfg(any())))]
        B = 2 => "B.",
    }
}

fn main() {}
