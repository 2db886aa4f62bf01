//! `display_url` without a URL template to show.

codetable::define_codes! {
    /// Codes.
    #[codes(display_url)]
    pub enum Code: i32 {
        A = 1 => "A.",
    }
}

fn main() {}
