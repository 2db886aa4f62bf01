//! `Open` from outside the crate: a `match` on it is always right, a code converts into one
//! with `?`, and compares equal to the `Open` of it.
use codetable::{Open, UnknownCode};

codetable::define_codes! {
    /// A vendor's codes: `#[non_exhaustive]`, since a later release adds some.
    #[non_exhaustive]
    pub enum NativeError: i32 {
        ERR_FAILED = 1 => "A general error.",
        ERR_INVALID_TOKEN = 110 => "The token is invalid.",
    }
}

fn join(result: Result<(), NativeError>) -> Result<(), Open<NativeError>> {
    result?;
    Ok(())
}

fn arm(open: Open<NativeError>) -> &'static str {
    match open {
        Open::Known(NativeError::ERR_INVALID_TOKEN) => "token",
        Open::Known(_) => "other",
        Open::Unknown(_) => "unknown",
    }
}

fn main() {
    let token = NativeError::decode(110);
    assert_eq!(arm(token), "token");
    assert!(token == NativeError::ERR_INVALID_TOKEN);
    assert_eq!(UnknownCode::<NativeError>::new(110), None);
    let unknown = UnknownCode::<NativeError>::new(1_000_000).expect("not in the table");
    assert_eq!(arm(Open::Unknown(unknown)), "unknown");
    assert_eq!(unknown.value(), 1_000_000);
    assert_eq!(join(Err(NativeError::ERR_INVALID_TOKEN)), Err(token));
}
