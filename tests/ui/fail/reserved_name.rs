//! Names the generated enum uses for its own items (its public API only; see
//! pass/names.rs for a name the expansion no longer takes).

codetable::define_codes! {
    /// Codes.
    pub enum Code: i32 {
        all = 1 => "Clashes with the generated `all()`.",
        COUNT = 2 => "Clashes with the generated `COUNT`.",
        ALIASES = 3 => "Clashes with the generated `ALIASES`.",
        from_name_ignore_ascii_case = 4 => "Clashes with the generated lookup.",
    }
}

fn main() {}
