// `Open::Unknown` cannot be spelled with a value outside the crate: it holds an
// `UnknownCode`, which only `decode` (and `UnknownCode::new`, for a value the table does
// not know) build. 110 is ERR_INVALID_TOKEN, which a test double would otherwise send down
// the wrong `match` arm.
use codetable::agora::native::NativeError;
use codetable::Open;

fn main() {
    let by_hand: Open<NativeError> = Open::Unknown(110);
    assert!(matches!(by_hand, Open::Known(NativeError::ERR_INVALID_TOKEN)));
}
