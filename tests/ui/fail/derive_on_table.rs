//! A derive of a trait the macro implements is an error at that trait; the other derives of
//! the list still pass through (no follow-on error from serde's helper attribute).

codetable::define_codes! {
    /// Codes.
    #[derive(serde::Serialize, Debug)]
    #[serde(rename_all = "lowercase")]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
