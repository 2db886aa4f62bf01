//! A mistake in one entry does not cascade into errors at the uses of the enum.

codetable::define_codes! {
    /// One bad entry; the rest of the table is still emitted, so using it causes no
    /// further errors.
    pub enum Code: i32 {
        GOOD = 1 => "Good.",
        BAD = 1.5 => "Bad value.",
    }
}

fn use_it() -> i32 {
    Code::GOOD.value() + Code::BAD.value() + Code::from_value(1).map_or(0, Code::value)
}

fn main() {
    let _ = use_it();
}
