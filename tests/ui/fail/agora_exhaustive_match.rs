// The Agora tables are `#[non_exhaustive]`: a later release adds the SDK's new codes, so a
// `match` outside the crate needs a `_` arm even when it names every code of today.
use codetable::agora::web::WebWarning;

fn retry(warning: WebWarning) -> bool {
    match warning {
        WebWarning::WARN_NO_AVAILABLE_CHANNEL
        | WebWarning::WARN_LOOKUP_CHANNEL_TIMEOUT
        | WebWarning::WARN_OPEN_CHANNEL_TIMEOUT
        | WebWarning::WARN_REQUEST_DEFERRED => true,
        WebWarning::WARN_LOOKUP_CHANNEL_REJECTED | WebWarning::WARN_OPEN_CHANNEL_REJECTED => false,
    }
}

fn main() {
    assert!(retry(WebWarning::WARN_REQUEST_DEFERRED));
}
