//! An errcodes.txt line of another shape (a kind that is not E, W or S).
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_errcodes_malformed.txt", format = errcodes)]
    pub enum Codes: str {}
}

fn main() {}
