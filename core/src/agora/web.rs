//! Error and warning codes of the Agora Web SDK.
//!
//! Transcribed from Agora's documentation page "Error Codes and Warning Codes", platform
//! "Web", updated Thu Nov 08 2018 10:47:33 GMT+0800 (CST). The page has two tables:
//! 45 error codes ([`WebError`]) and 6 warning codes ([`WebWarning`]).
//!
//! 22 of the error codes have no numeric value (the page's value column says "/"): the
//! Web SDK reports them as strings, the name itself (for example `"INVALID_OPERATION"`).
//! They are declared `NAME = _`, without a value, so their
//! [`value`](crate::Code::value) is `None`; look them up by name. The other 23 error codes and all warnings have numeric values.
//!
//! ```
//! use codetable::agora::web::{WebError, WebWarning};
//!
//! // A string code, as the SDK reports it.
//! let code: WebError = "INVALID_OPERATION".parse().unwrap();
//! assert_eq!(code, WebError::INVALID_OPERATION);
//! assert_eq!(code.value(), None);
//! // A numeric code.
//! assert_eq!(WebError::from_value(2002), Some(WebError::ERR_JOIN_CHANNEL_TIMEOUT));
//! assert_eq!(WebWarning::from_value(108), Some(WebWarning::WARN_REQUEST_DEFERRED));
//! ```
//!
//! Descriptions are the page's text with the HTML removed and whitespace collapsed, kept
//! as written (including typos such as "channnel" in `K_CHANNEL_NOT_FOUND` and the
//! missing final periods of some rows), with one repair: the page's
//! `WARN_REQUEST_DEFERRED` row reads "The userâ€™s request is deferred.", a right single
//! quotation mark (U+2019) whose UTF-8 bytes were mis-decoded as Windows-1252; it is
//! decoded back to "The user’s request is deferred.".
//!
//! The SDK 3.0.2 build spells two names differently from the page:
//! `ERR_STATIC_USE_DYANMIC_KE` (119) and `ERR_DYNAMIC_USE_STATIC_KE` (120). The codes keep
//! the page's spelling, [`WebError::ERR_STATIC_USE_DYNAMIC_KEY`] and
//! [`WebError::ERR_DYNAMIC_USE_STATIC_KEY`], and the SDK's spellings are aliases of them
//! (not in the page's 45 codes, listed in [`WebError::ALIASES`]), so a name that build
//! reports parses to the same code:
//!
//! ```
//! use codetable::agora::web::WebError;
//!
//! let reported: WebError = "ERR_STATIC_USE_DYANMIC_KE".parse().unwrap();
//! assert_eq!(reported, WebError::ERR_STATIC_USE_DYNAMIC_KEY);
//! assert_eq!(WebError::ERR_DYNAMIC_USE_STATIC_KE, WebError::ERR_DYNAMIC_USE_STATIC_KEY);
//! assert_eq!(WebError::COUNT, 45);
//! assert_eq!(WebError::ALIASES.len(), 2);
//! ```
//!
//! The page's error table is not sorted by value: the string codes come first, then
//! `ERR_JOIN_CHANNEL_TIMEOUT` (2002), then the others. The declaration order here is the
//! page's order.

use crate::define_codes;

define_codes! {
    /// Error codes of the Agora Web SDK: 45 codes as the page lists them, 22 of them
    /// string codes without a numeric value (the Web SDK reports those by name).
    #[non_exhaustive]
    pub enum WebError: i32 {
        STREAM_ALREADY_PUBLISHED = _ => "The stream has already been published.",
        INVALID_LOCAL_STREAM = _ => "The stream is illegal.",
        INVALID_OPERATION = _ => "The user has failed to join the channel, or joined the same channel.",
        PUBLISH_STREAM_FAILED = _ => "The user has failed to publish the stream.",
        PEERCONNECTION_FAILED = _ => "P2P connection failed",
        STREAM_NOT_YET_PUBLISHED = _ => "The stream has not yet been published.",
        UNPUBLISH_STREAM_FAILED = _ => "The stream has failed to be unpublished.",
        INVALID_REMOTE_STREAM = _ => "The remote stream is illegal.",
        SUBSCRIBE_STREAM_FAILED = _ => "The user has failed to subscribe to a stream.",
        NO_SUCH_REMOTE_STREAM = _ => "There is no such remote stream in the channel.",
        UNSUBSCRIBE_STREAM_FAILED = _ => "The user has failed to unsubscribe from a stream.",
        INVALID_PARAMETER = _ => "Incorrect parameter type",
        JOIN_TOO_FREQUENT = _ => "The request for joining a channel is too frequent.",
        IOS_NOT_SUPPORT = _ => "The iOS Safari browser does not support the low stream.",
        STILL_ON_PUBLISHING = _ => "Cannot enable or disable the low stream when publishing the stream",
        ENABLE_DUALSTREAM_FAILED = _ => "Failed to enable the low stream",
        SHARING_SCREEN_NOT_SUPPORT = _ => "The screen-share function does not support the low stream",
        LOW_STREAM_ALREADY_PUBLISHED = _ => "The low stream has already been published.",
        HIGH_STREAM_NOT_VIDEO_TRACE = _ => "Unable to obtain the channel of the high stream",
        NOT_FIND_DEVICE_BY_LABEL = _ => "Unable to find the device of the high stream",
        DISABLE_DUALSTREAM_FAILED = _ => "Failed to disable the low stream",
        LOW_STREAM_NOT_YET_PUBLISHED = _ => "The low stream has not been published.",
        ERR_JOIN_CHANNEL_TIMEOUT = 2002 => "Timeout in joining the channel",
        ERR_FAILED = 1 => "General error (the reason is not classified specifically)",
        ERR_INVALID_VENDOR_KEY = 101 => "The specified App ID is invalid.",
        ERR_INVALID_CHANNEL_NAME = 102 => "The specified Channel Name is invalid.",
        ERR_DYNAMIC_KEY_TIMEOUT = 109 => "The current Channel Key or Token is invalid. This error occurs if you use the generated Channel Key or Token after one day.",
        ERR_NO_AUTHORIZED = 110 => "The current Channel Key is not authorized.",
        ERR_NO_ACTIVE_STATUS = 116 => "The current App ID is not activated.",
        ERR_INVALID_UID = 117 => "The UID is invalid.",
        ERR_DYNAMIC_KEY_EXPIRED = 118 => "The current Channel Key or Token has expired, and is no longer valid.",
        /// The page's spelling. The SDK 3.0.2 build spells this name
        /// `ERR_STATIC_USE_DYANMIC_KE`, with the same value, 119.
        ERR_STATIC_USE_DYNAMIC_KEY = 119 => "The static user has used the dynamic key.",
        /// The SDK 3.0.2 build's spelling of [`ERR_STATIC_USE_DYNAMIC_KEY`](Self::ERR_STATIC_USE_DYNAMIC_KEY),
        /// which is not on the page.
        ERR_STATIC_USE_DYANMIC_KE = ERR_STATIC_USE_DYNAMIC_KEY,
        /// The page's spelling. The SDK 3.0.2 build spells this name
        /// `ERR_DYNAMIC_USE_STATIC_KE`, with the same value, 120.
        ERR_DYNAMIC_USE_STATIC_KEY = 120 => "The dynamic user has used the static key.",
        /// The SDK 3.0.2 build's spelling of [`ERR_DYNAMIC_USE_STATIC_KEY`](Self::ERR_DYNAMIC_USE_STATIC_KEY),
        /// which is not on the page.
        ERR_DYNAMIC_USE_STATIC_KE = ERR_DYNAMIC_USE_STATIC_KEY,
        K_TIMESTAMP_EXPIRED = 2 => "The Channel Key or Token has expired, and is no longer valid.",
        K_CHANNEL_PERMISSION_INVALID = 3 => "The user has no permission to join the channel. Consult the channel manager to solve this issue.",
        K_CERTIFICATE_INVALID = 4 => "The App Certificate is invalid.",
        K_CHANNEL_NAME_EMPTY = 5 => "The Channel Name is empty.",
        K_CHANNEL_NOT_FOUND = 6 => "The specified channnel is not found.",
        K_TICKET_INVALID = 7 => "The ticket is invalid.",
        K_CHANNEL_CONFLICTED = 8 => "The channel is conflicted.",
        K_SERVICE_NOT_READY = 9 => "The service is not ready.",
        K_SERVICE_TOO_HEAVY = 10 => "The service is too busy.",
        K_UID_BANNED = 14 => "The UID is banned.",
        K_IP_BANNED = 15 => "The IP is banned.",
        K_CHANNEL_BANNED = 16 => "The channel is banned.",
    }

    /// Warning codes of the Agora Web SDK: 6 codes, as the page lists them.
    #[non_exhaustive]
    pub enum WebWarning: i32 {
        WARN_NO_AVAILABLE_CHANNEL = 103 => "No channel resources are available. Such as the server cannot allocate any channel resource.",
        WARN_LOOKUP_CHANNEL_TIMEOUT = 104 => "A timeout when looking up the channel. When joining a channel, the SDK looks up the specified channel. The warning usually occurs when the network condition is too poor to connect to the server.",
        WARN_LOOKUP_CHANNEL_REJECTED = 105 => "The server rejected the request to look up the channel. The server cannot process this request or the request is illegal.",
        WARN_OPEN_CHANNEL_TIMEOUT = 106 => "A timeout when opening the channel. Once the specific channel is found, the SDK opens the channel. The warning usually occurs when the network condition is too poor to connect to the server.",
        WARN_OPEN_CHANNEL_REJECTED = 107 => "The server rejected the request to open the channel. The server cannot process this request or the request is illegal.",
        /// The page writes "The userâ€™s request is deferred.": its apostrophe, a right
        /// single quotation mark (U+2019), was mis-decoded from UTF-8 as Windows-1252. The
        /// description decodes it back; the wording is unchanged.
        WARN_REQUEST_DEFERRED = 108 => "The user’s request is deferred.",
    }
}
