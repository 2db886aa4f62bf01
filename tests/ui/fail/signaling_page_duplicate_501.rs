//! The Signaling SDK's error codes exactly as its documentation page gives them: the page
//! lists QUERYUSERNUM_E_BYUSER with the value of QUERYUSERNUM_E_TIMEOUT (501). The macro
//! rejects the table and names both entries and the value. (The SDK header says 502; see
//! `codetable::agora::signaling` for the declared table.)

codetable::define_codes! {
    /// Error codes of the Agora Signaling SDK, as the page lists them.
    pub enum SignalingError: i32 {
        SUCCESS = 0 => "No error.",
        LOGOUT_E_OTHER = 100 => "Logout due to reasons such as network issues.",
        LOGOUT_E_USER = 101 => "A user logged out.",
        LOGOUT_E_NET = 102 => "A network issue.",
        LOGOUT_E_KICKED = 103 => "The account is logged in another place.",
        LOGOUT_E_PACKET = 104 => "This error code is obsolete.",
        LOGOUT_E_TOKENEXPIRED = 105 => "The SignalingToken expired.",
        LOGOUT_E_OLDVERSION = 106 => "This error code is obsolete.",
        LOGOUT_E_TOKENWRONG = 107 => "This error code is obsolete.",
        LOGOUT_E_ALREADY_LOGOUT = 108 => "Called logout() when already logged out of the signaling system.",
        LOGIN_E_OTHER = 200 => "An unknown reason.",
        LOGIN_E_NET = 201 => "A network issue.",
        LOGIN_E_FAILED = 202 => "The login was rejected by the server.",
        LOGIN_E_CANCEL = 203 => "The user cancelled the login.",
        LOGIN_E_TOKENEXPIRED = 204 => "The SignalingToken expired, and the login was rejected.",
        LOGIN_E_OLDVERSION = 205 => "This error code is obsolete.",
        LOGIN_E_TOKENWRONG = 206 => "The SignalingToken is invalid.",
        LOGIN_E_TOKEN_KICKED = 207 => "The user used a renewed SignalingToken to login another place.",
        LOGIN_E_ALREADY_LOGIN = 208 => "The user has already logged in. You can ignore this error.",
        LOGIN_E_INVALID_USER = 209 => "The user ID is invalid.",
        JOINCHANNEL_E_OTHER = 300 => "Failed to join a channel.",
        SENDMESSAGE_E_OTHER = 400 => "Failed to send message.",
        SENDMESSAGE_E_TIMEOUT = 401 => "A timeout in sending a message.",
        QUERYUSERNUM_E_OTHER = 500 => "Failed to query the channel user number.",
        QUERYUSERNUM_E_TIMEOUT = 501 => "A timeout in querying the channel user number.",
        QUERYUSERNUM_E_BYUSER = 501 => "This error code is obsolete.",
        LEAVECHANNEL_E_OTHER = 600 => "The user left the channel due to an unknown reason.",
        LEAVECHANNEL_E_KICKED = 601 => "The user was kicked out by the administrator.",
        LEAVECHANNEL_E_BYUSER = 602 => "The user has left the channel.",
        LEAVECHANNEL_E_LOGOUT = 603 => "The user was kicked out of the channel upon logout.",
        LEAVECHANNEL_E_DISCONN = 604 => "The user left the channel due to a network outage.",
        INVITE_E_OTHER = 700 => "The call failed.",
        INVITE_E_REINVITE = 701 => "Repeated calls.",
        INVITE_E_NET = 702 => "A network issue.",
        INVITE_E_PEEROFFLINE = 703 => "The other user is offline.",
        INVITE_E_TIMEOUT = 704 => "A call timeout.",
        INVITE_E_CANTRECV = 705 => "This error code is obsolete.",
        GENERAL_E = 1000 => "A general error.",
        GENERAL_E_FAILED = 1001 => "A general error: Failure.",
        GENERAL_E_UNKNOWN = 1002 => "A general error: Unknown.",
        GENERAL_E_NOT_LOGIN = 1003 => "A general error: An action before login.",
        GENERAL_E_WRONG_PARAM = 1004 => "A general error: A parameter call error.",
    }
}

fn main() {}
