//! Error codes of the Agora RTC v4.x SDK.
//!
//! Transcribed from Agora's documentation page "SDK error codes" (a rendered page; it
//! carries no update date, and its platform selector showed "Python" although the page
//! says its codes apply to the RTC v4.x SDK on the native platforms -- Android, iOS, macOS,
//! Windows -- and the frameworks built on them: Electron, Unity, React Native, Flutter).
//! The page documents 43 codes, in four tables (common error codes; audio device codes;
//! data stream codes; other error codes), in [`RtcError`].
//!
//! The page gives values and descriptions but no names. The names are those of
//! `enum ERROR_CODE_TYPE` in `AgoraBase.h` of SDK 4.6.2, the SDK's own header.
//!
//! Each entry's description is the first sentence of the page's text for the code; the
//! rest of the text (reasons, solutions, lists written as "- item" lines, and the
//! "Deprecated" notes) is the entry's doc comment, returned by
//! [`details`](crate::Code::details). Otherwise the text is kept as written, with
//! whitespace collapsed. Codes 109 and 110, which the page marks "Deprecated", are marked
//! `#[deprecated]`.
//!
//! The SDK reports an error either through the `onError` callback or as the return value
//! of a failed method call, where it is a negative number: -2 means code 2
//! ([`RtcError::ERR_INVALID_ARGUMENT`]). [`RtcError::check`] reads such a return value:
//! `Ok` for success (`0`, or a positive count or id), else the error as an
//! [`Open`](crate::Open), which keeps a code this table does not know:
//!
//! ```
//! use codetable::agora::rtc::RtcError;
//! use codetable::Open;
//!
//! // `joinChannel` returned -17: the user is already in the channel.
//! let error = RtcError::check(-17).unwrap_err();
//! assert_eq!(error, Open::Known(RtcError::ERR_JOIN_CHANNEL_REJECTED));
//! let code = error.known().unwrap();
//! assert_eq!(code.value(), 17);
//! assert_eq!(code.name(), "ERR_JOIN_CHANNEL_REJECTED");
//! assert_eq!(code.description(), "Joining a channel is rejected.");
//! println!("{}: {}", code.name(), code.description());
//! ```

use crate::define_codes;

define_codes! {
    /// Error codes of the Agora RTC v4.x SDK: the 43 codes the "SDK error codes" page
    /// documents, named as in `AgoraBase.h` (SDK 4.6.2).
    ///
    /// An error code means the SDK has met an error it cannot recover from without the
    /// app's intervention. The description is the page's first sentence for the code; the
    /// reasons and solutions are in [`details`](crate::Code::details). Methods return
    /// these codes as negative numbers; see [`RtcError::check`].
    ///
    /// `check` reads an SDK method's return value (`#[codes(check = negated)]`): the SDK
    /// returns failures as negative numbers (-2 means code 2) and success as `0` or a
    /// positive count or id, returned as is. A failure the table does not know stays
    /// [`Open::Unknown`](crate::Open::Unknown) with its code; `i32::MIN`, which has no
    /// negation, is `Unknown(i32::MIN)`.
    ///
    /// ```
    /// use codetable::agora::rtc::RtcError;
    /// use codetable::Open;
    ///
    /// assert_eq!(RtcError::check(-2), Err(Open::Known(RtcError::ERR_INVALID_ARGUMENT)));
    /// assert_eq!(RtcError::check(3), Ok(3)); // e.g. a stream id
    /// assert_eq!(RtcError::check(0), Ok(0));
    /// assert_eq!(RtcError::check(-11), Err(RtcError::decode(11))); // not in the table
    /// assert_eq!(RtcError::check(i32::MIN), Err(RtcError::decode(i32::MIN)));
    ///
    /// let err = RtcError::check(-11).unwrap_err();
    /// assert_eq!(err.to_string(), "RtcError 11 (not in the table)");
    /// ```
    ///
    /// Each code's [`url`](RtcError::url) is the page's address (with the platform it was
    /// read with): the page has no anchor per code, so every code links to the page.
    #[codes(
        check = negated,
        url = "https://docs.agora.io/en/voice-calling/troubleshooting/error-codes?platform=python"
    )]
    #[non_exhaustive]
    pub enum RtcError: i32 {
        /// Please call the method again.
        ERR_FAILED = 1 => "General error (no clearly categorized cause of error).",
        /// For example, the specified channel name contains illegal characters. Please reset the parameters.
        ERR_INVALID_ARGUMENT = 2 => "An invalid parameter was set in the method.",
        /// There are usually the following reasons:
        /// - RtcEngine initialization failed. Please reinitialize RtcEngine.
        /// - The user has not joined the channel when the method is called, please check the method calling logic.
        /// - Please check the calling logic of the method.
        /// - The user has not left the channel when the rate or complain method is called, please check the method calling logic.
        /// - Audio module is not enabled.
        /// - Incomplete assembly.
        ERR_NOT_READY = 3 => "The SDK is not ready yet.",
        /// There are generally the following reasons:
        /// - Incorrect encryption mode set when using built-in encryption.
        /// - Failed to load external encryption library. Please check if the enumeration value for encryption is correct, or reload the external encryption library.
        ERR_NOT_SUPPORTED = 4 => "The current state of RtcEngine does not support this operation.",
        /// There are generally the following reasons:
        /// - RtcEngine initialization failed. Please reinitialize RtcEngine.
        /// - The channel name was set to the empty character "" when joining a channel. Please reset the channel name.
        /// - In a multi-channel scenario, the channel name set when the joinChannel method was called to join a channel already exists. Please reset the channel name.
        /// - In a multi-channel scenario, the channel name set when the joinChannelEx method is called to join a channel already exists. Please reset the channel name.
        ERR_REFUSED = 5 => "The method call is rejected.",
        ERR_BUFFER_TOO_SMALL = 6 => "The buffer size is not large enough to hold the returned data.",
        /// Please make sure that the RtcEngine object has been created and initialized before calling the method.
        ERR_NOT_INITIALIZED = 7 => "The method is called before RtcEngine is initialized.",
        /// Please check the SDK callback logs to find the exact reason.
        ERR_INVALID_STATE = 8 => "The current state is invalid.",
        /// Please check whether the user has granted the app permission to use audio/video devices.
        ERR_NO_PERMISSION = 9 => "There is no permission to operate.",
        /// Some method calls require the SDK to return results, and this error occurs if the SDK takes too long to process the event and does not return for more than 10 seconds.
        ERR_TIMEDOUT = 10 => "Method call timed out.",
        /// There are usually the following reasons:
        /// - The user is already in the channel. Agora recommends using the onConnectionStateChanged callback to determine if the user is in the channel. Do not call this method again to join the channel unless you receive a CONNECTION_STATE_DISCONNECTED(1) status.
        /// - A user who calls startEchoTest for a call test tries to join the channel without calling stopEchoTest to end the current test. After starting a call test, you need to call stopEchoTest to end the current test before joining the channel.
        ERR_JOIN_CHANNEL_REJECTED = 17 => "Joining a channel is rejected.",
        /// There are generally the following reasons:
        /// - The user has already left the channel, and this error is returned when the method to exit the channel, such as leaveChannel, is called again. Stop calling this method.
        /// - The exit channel method such as leaveChannel is called when the user has not joined the channel yet. No additional action is needed in this case.
        ERR_LEAVE_CHANNEL_REJECTED = 18 => "Failed to leave the channel.",
        ERR_ALREADY_IN_USE = 19 => "The resource is occupied and cannot be reused.",
        ERR_ABORTED = 20 => "The SDK abandons the request, possibly due to too many requests.",
        ERR_INIT_NET_ENGINE = 21 => "Specific firewall settings on Windows cause the RtcEngine initialization to fail and then crash.",
        ERR_RESOURCE_LIMITED = 22 => "The SDK failed to allocate resources, possibly because the app takes up too many resources or the system resources are exhausted.",
        ERR_INVALID_APP_ID = 101 => "Not a valid App ID, please rejoin the channel with a valid App ID.",
        /// The possible reason is that the parameter data type set is incorrect. Please rejoin the channel with a valid channel name.
        ERR_INVALID_CHANNEL_NAME = 102 => "Not a valid channel name.",
        /// Please try to specify a different region when initializing RtcEngine.
        ERR_NO_SERVER_RESOURCES = 103 => "Cannot get server resources for the current region.",
        /// Please generate a new Token on the server side and call renewToken to update the Token.
        ///
        /// Deprecated: This error code is deprecated. The SDK returns CONNECTION_CHANGED_TOKEN_EXPIRED(9) in the onConnectionStateChanged callback instead.
        #[deprecated(note = "This error code is deprecated. The SDK returns CONNECTION_CHANGED_TOKEN_EXPIRED(9) in the onConnectionStateChanged callback instead.")]
        ERR_TOKEN_EXPIRED = 109 => "The currently used Token has expired and is no longer valid.",
        /// There are generally the following reasons:
        /// - App certificate is enabled in the Agora Console, but App ID + Token authentication is not used. When App certificate is enabled in the project, you must use Token authentication.
        /// - The uid field entered when generating the Token does not match the uid entered when the user joined the channel.
        ///
        /// Deprecated: This error code is deprecated. The SDK returns CONNECTION_CHANGED_INVALID_TOKEN(8) in the onConnectionStateChanged callback instead.
        #[deprecated(note = "This error code is deprecated. The SDK returns CONNECTION_CHANGED_INVALID_TOKEN(8) in the onConnectionStateChanged callback instead.")]
        ERR_INVALID_TOKEN = 110 => "Token is invalid.",
        /// After the SDK established a connection with the server, the network connection was lost for more than 4 seconds.
        ERR_CONNECTION_INTERRUPTED = 111 => "The network connection is interrupted.",
        /// The network connection was interrupted and the SDK could not connect to the server within 10 seconds.
        ERR_CONNECTION_LOST = 112 => "Network connection lost.",
        ERR_SET_CLIENT_ROLE_NOT_AUTHORIZED = 119 => "User failed to switch roles, please try to join the channel again.",
        /// It is possible that the user used the wrong password when joining the channel. Please check the password the user entered when joining the channel, or direct the user to try to rejoin the channel.
        ERR_DECRYPTION_FAILED = 120 => "Decryption failed.",
        ERR_INVALID_USER_ID = 121 => "The user ID is invalid.",
        /// This error is reported when the user is kicked out by the server.
        ERR_CLIENT_IS_BANNED_BY_SERVER = 123 => "This user has been banned by the server.",
        ERR_INVALID_USER_ACCOUNT = 134 => "Invalid user account, possibly because invalid parameters are set.",
        /// Check if the audio device is occupied by another application or try to re-enter the channel.
        ERR_ADM_GENERAL_ERROR = 1005 => "An unspecified error occurred in the audio device.",
        /// Check if the playback device is occupied by another application or try to re-enter the channel.
        ERR_ADM_INIT_PLAYOUT = 1008 => "An error occurred while initializing the playback device.",
        /// Please check if the playback device is working properly.
        ERR_ADM_START_PLAYOUT = 1009 => "Error starting the playback device.",
        ERR_ADM_STOP_PLAYOUT = 1010 => "Error stopping the playback device.",
        /// Please check if the recording device is working properly, or try to re-enter the channel.
        ERR_ADM_INIT_RECORDING = 1011 => "Error initializing the recording device.",
        /// Please check if the recording device is working properly.
        ERR_ADM_START_RECORDING = 1012 => "Error starting the recording device.",
        ERR_ADM_STOP_RECORDING = 1013 => "Error stopping the recording device.",
        ERR_NOT_IN_CHANNEL = 113 => "The user was not in the channel when the sendStreamMessage method was called.",
        ERR_SIZE_TOO_LARGE = 114 => "When sendStreamMessage was called, the length of the data sent was greater than 1024 bytes.",
        ERR_BITRATE_LIMIT = 115 => "The frequency of sending data exceeded the limit (6 KB/s) when calling sendStreamMessage.",
        ERR_TOO_MANY_DATA_STREAMS = 116 => "Number of data streams exceeding the limit (5) were created when createDataStream was called.",
        /// When the sender calls createDataStream[1/2] to set reliable to true, or calls createDataStream[2/2] to set DataStreamConfig.ordered to true, if the receiver does not receive the data within 5 seconds, or detects that the data is missing, the onStreamMessageError callback is triggered on the receiving end and returns this error code.
        ERR_STREAM_MESSAGE_TIMEOUT = 117 => "Data stream send timeout.",
        ERR_ENCRYPTED_STREAM_NOT_ALLOWED_PUBLISH = 130 => "The SDK does not support pushing encrypted streams to a CDN.",
        ERR_LOAD_MEDIA_ENGINE = 1001 => "Failed to load the media engine.",
        /// Please check if camera permission has been turned on.
        ERR_VDM_CAMERA_NOT_AUTHORIZED = 1501 => "There is no permission to use the camera.",
    }
}
