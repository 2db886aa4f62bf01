//! An entry written without a value in a table whose other entries have one.

codetable::define_codes! {
    /// curl's results.
    pub enum CurlCode: i32 {
        CURLE_OK = 0 => "All fine.",
        CURLE_UNSUPPORTED_PROTOCOL => "The URL used a protocol curl does not support.",
        CURLE_FAILED_INIT = 2 => "Early initialization failed.",
    }
}

fn main() {}
