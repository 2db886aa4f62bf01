//! A class written in `#[classes]` that overlaps one the file declares: the note names the
//! file's line of the other class.
codetable::define_codes! {
    /// SQLSTATEs.
    #[codes(len = 5)]
    #[classes(from_file, Twenties = "2" => "Every class that begins with 2.")]
    #[file("../../../../examples/fixtures/errcodes.txt", format = errcodes)]
    pub enum SqlState: str {}
}

fn main() {}
