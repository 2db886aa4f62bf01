// Nor can `UnknownCode` itself be built outside the crate: its fields are private.
use codetable::agora::native::NativeError;
use codetable::{Open, UnknownCode};

fn main() {
    let by_hand: Open<NativeError> = Open::Unknown(UnknownCode { raw: 110, table: core::marker::PhantomData });
    let _ = by_hand;
}
