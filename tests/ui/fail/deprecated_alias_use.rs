//! Naming a deprecated alias warns at the use (here denied), and only there: not at its
//! declaration, nor where the code it stands for is named.
#![deny(deprecated)]

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        NEW = 1 => "New.",
        #[deprecated(note = "use NEW")]
        OLD = NEW,
    }
}

fn use_it() -> Code {
    let _ = Code::NEW;
    Code::OLD
}

fn main() {
    let _ = use_it();
}
