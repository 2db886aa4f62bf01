//! A class written in `#[classes]` with the name of one the file declares: the error points
//! at both.
codetable::define_codes! {
    /// SQLSTATEs.
    #[codes(len = 5)]
    #[classes(from_file, Warning = "0W" => "Not the file's.")]
    #[file("../../../../examples/fixtures/errcodes.txt", format = errcodes)]
    pub enum SqlState: str {}
}

fn main() {}
