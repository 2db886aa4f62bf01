//! Naming a deprecated entry warns at the use (here denied), and only there.
#![deny(deprecated)]

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        NEW = 1 => "New.",
        #[deprecated(note = "use NEW")]
        OLD = 2 => "Old.",
    }
}

fn use_it() -> Code {
    Code::OLD
}

fn main() {
    let _ = use_it();
}
