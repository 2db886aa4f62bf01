//! Without `#[codes(optional_descriptions)]`, an entry still needs a description.
codetable::define_codes! {
    #[codes(optional_descriptions)]
    pub enum Optional: u8 {
        A = 1,
    }

    pub enum Required: u8 {
        A = 1,
    }
}

fn main() {}
