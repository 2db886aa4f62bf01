//! Input that is not a table.

codetable::define_codes! {
    /// Not a table at all.
    fn helper() {}
}

fn main() {}
