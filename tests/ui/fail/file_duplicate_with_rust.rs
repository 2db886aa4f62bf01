//! An entry written in Rust that repeats a value of the file: the note names the file's line.
codetable::define_codes! {
    #[file("../../../../tests/ui/data/file_duplicate_with_rust.csv")]
    pub enum Codes: u16 {
        B = 1 => "Written in Rust.",
    }
}

fn main() {}
