//! With a derive passing through, an entry's unknown attributes go to its variant; an alias
//! is a constant, not a variant, so it cannot take them.

codetable::define_codes! {
    /// Codes.
    #[derive(serde::Serialize)]
    pub enum Errno: i32 {
        #[serde(rename = "again")]
        EAGAIN = 11 => "Resource temporarily unavailable.",
        #[serde(rename = "would-block")]
        EWOULDBLOCK = EAGAIN,
    }
}

fn main() {
    let _ = Errno::EWOULDBLOCK;
}
