//! `#[r#repr]` on a table: a raw identifier is the same attribute to rustc.

codetable::define_codes! {
    /// Codes.
    #[cfg_attr(all(), allow(dead_code))]
    #[r#repr(align(8))]
    pub enum Code: str {
        A = "a" => "A.",
        B = "b" => "B.",
    }
}

fn main() {}
