//! Independent mistakes in two tables: all are reported, each once.

codetable::define_codes! {
    /// Five independent mistakes, all reported in one compile, none twice.
    pub enum Code: u8 {
        A = 1 => "A.",
        B = 1 => "Duplicate value.",
        C = 300 => "Out of range.",
        A = 3 => "Duplicate name.",
        D = 4 => "",
        #[bogus]
        E = 5 => "Unknown attribute.",
        F = 6 => "Fine.",
    }

    /// A second table with its own mistake.
    pub enum Other: f64 {
        X = 1 => "X.",
    }
}

fn main() {}
