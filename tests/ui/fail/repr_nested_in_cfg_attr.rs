//! `#[repr]` on a table, nested in `cfg_attr`s: the filter looks at every depth.

codetable::define_codes! {
    /// Codes.
    #[cfg_attr(all(), cfg_attr(all(), repr(align(8))))]
    pub enum Code: u8 {
        A = 1 => "A.",
    }
}

fn main() {}
