//! Every feature of the table language, and every generated item.
use codetable::Code;
use std::str::FromStr;

codetable::define_codes! {
    /// Error codes of the Agora Signaling SDK.
    #[langs(en, zh)]
    pub enum SignalingError: i32 {
        SUCCESS = 0 => { en: "No error.", zh: "没有错误" },
        /// Longer explanation: becomes the variant's rustdoc and `details()`.
        LOGIN_E_NET = 201 => { en: "A network issue.", zh: "网络问题" },
        #[deprecated]
        LOGIN_E_OLDVERSION = 205 => { en: "This error code is obsolete.", zh: "已被弃用" },
    }

    /// Web errors: some have no value.
    pub enum WebError: i32 {
        STREAM_ALREADY_PUBLISHED = _ => "The stream has already been published.",
        ERR_FAILED = 1 => "General error.",
        #[alias]
        ERR_FAILED_AGAIN = 1 => "Same failure, second name.",
        ERR_GENERAL = ERR_FAILED,
    }

    /// Every literal form.
    pub(crate) enum Literals: i64 {
        MIN = -9_223_372_036_854_775_808 => "The smallest i64.",
        HEX = 0x7FFF_FFFF_FFFF_FFFF => "The largest i64.",
        OCTAL = 0o17 => "Octal.",
        BINARY = 0b1010 => "Binary.",
        SUFFIXED = 3i64 => "A matching suffix.",
        NEGATIVE = -2 => "Negative.",
    }

    /// Unsigned limits.
    enum Unsigned: u64 {
        ZERO = 0 => "Zero.",
        MAX = 18_446_744_073_709_551_615 => "The largest u64.",
    }
}

fn generic<C: Code>() -> usize {
    C::all()
        .iter()
        .filter(|c| C::from_name(c.name()) == Some(**c))
        .count()
}

#[allow(deprecated)]
fn main() {
    assert_eq!(SignalingError::COUNT, 3);
    assert_eq!(SignalingError::LANGS, &["en", "zh"]);
    assert_eq!(SignalingError::LOGIN_E_NET.value(), 201);
    assert_eq!(
        SignalingError::LOGIN_E_NET.description_in("zh"),
        Some("网络问题")
    );
    assert_eq!(
        SignalingError::LOGIN_E_NET.details(),
        Some("Longer explanation: becomes the variant's rustdoc and `details()`.")
    );
    assert!(SignalingError::LOGIN_E_OLDVERSION.is_deprecated());
    assert_eq!(
        SignalingError::from_value(205),
        Some(SignalingError::LOGIN_E_OLDVERSION)
    );
    assert_eq!(
        SignalingError::from_str("SUCCESS"),
        Ok(SignalingError::SUCCESS)
    );
    assert_eq!(
        SignalingError::LOGIN_E_NET.to_string(),
        "LOGIN_E_NET (201): A network issue."
    );
    assert_eq!(
        format!("{:#}", SignalingError::LOGIN_E_NET),
        "SignalingError::LOGIN_E_NET (201): A network issue."
    );
    assert_eq!(i32::from(SignalingError::LOGIN_E_NET), 201);
    assert_eq!(SignalingError::try_from(7).unwrap_err().value(), 7);

    assert_eq!(WebError::STREAM_ALREADY_PUBLISHED.value(), None);
    assert_eq!(WebError::ERR_FAILED_AGAIN.value(), Some(1));
    assert_eq!(WebError::ERR_GENERAL, WebError::ERR_FAILED);
    assert_eq!(
        WebError::from_name("ERR_GENERAL"),
        Some(WebError::ERR_FAILED)
    );
    assert_eq!(WebError::ALIASES.len(), 2);
    assert_eq!(WebError::COUNT, 2);
    assert_eq!(WebError::from_value(1), Some(WebError::ERR_FAILED));
    assert_eq!(
        WebError::STREAM_ALREADY_PUBLISHED.to_string(),
        "STREAM_ALREADY_PUBLISHED: The stream has already been published."
    );
    assert_eq!(
        format!("{:#}", WebError::STREAM_ALREADY_PUBLISHED),
        "WebError::STREAM_ALREADY_PUBLISHED: The stream has already been published."
    );

    assert_eq!(Literals::MIN.value(), i64::MIN);
    assert_eq!(Literals::HEX.value(), i64::MAX);
    assert_eq!(Literals::from_value(8 + 7), Some(Literals::OCTAL));
    assert_eq!(Unsigned::from_value(u64::MAX), Some(Unsigned::MAX));
    assert_eq!(Unsigned::all().len(), 2);

    assert_eq!(generic::<SignalingError>(), 3);
    assert_eq!(generic::<WebError>(), 2);
    assert_eq!(generic::<Literals>(), 6);
    assert_eq!(generic::<Unsigned>(), 2);
    let error: &dyn std::error::Error = &Unsigned::ZERO;
    assert_eq!(error.to_string(), "ZERO (0): Zero.");
}
