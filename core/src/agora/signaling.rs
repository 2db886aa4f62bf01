//! Error codes of the Agora Signaling SDK, in English and Chinese.
//!
//! Transcribed from Agora's documentation pages:
//!
//! - English: "Error Codes and Warning Codes", platform "All Platforms", updated
//!   Thu Apr 02 2020 05:47:49 GMT+0800 (CST);
//! - Chinese: "错误代码和警告代码", platform "All Platforms", updated
//!   Mon Nov 25 2019 10:09:25 GMT+0800 (CST).
//!
//! Both pages list the same 42 codes, in the same order, with the same names and values;
//! they are one table here, [`SignalingError`], whose descriptions are in English (`en`,
//! the default) and Chinese (`zh`). The Chinese page's table has 43 rows, but its first
//! row is the column header (错误码 / 值 / 描述, written as a `<tbody>` row of bold cells
//! instead of a `<thead>` row), so it also has 42 codes.
//!
//! Descriptions are the pages' text with the HTML removed and whitespace collapsed; the
//! pages' wording is kept as written.
//!
//! # Corrections from the SDK header
//!
//! - Both pages give `QUERYUSERNUM_E_BYUSER` the value 501, which is also the value of
//!   `QUERYUSERNUM_E_TIMEOUT`. The SDK header `agora_sig.h` (three independent copies
//!   agree) defines `QUERYUSERNUM_E_OTHER = 500`, `QUERYUSERNUM_E_TIMEOUT = 501` and
//!   `QUERYUSERNUM_E_BYUSER = 502`: the duplicate exists only in the documentation, so
//!   this table uses 502 for [`SignalingError::QUERYUSERNUM_E_BYUSER`].
//! - The header also defines `GENERAL_E_LARGE_PARAM = 1005`, which neither page lists; it
//!   is not in this table, which holds the pages' codes only.
//!
//! Codes that the pages call obsolete ("This error code is obsolete." / "已被弃用") are
//! marked `#[retired]`: the SDK no longer emits them, but the table keeps them so that their
//! values and names stay taken and a stored code still reads back. A retired code is
//! `#[deprecated]` too, so that naming one in new code warns. The pages give no version
//! they were retired in, so none is recorded (`until` stays empty).

use crate::define_codes;

define_codes! {
    /// Error codes of the Agora Signaling SDK: 42 codes, described in English (`en`, the
    /// default) and Chinese (`zh`), as the Signaling documentation pages list them.
    ///
    /// Codes 1xx are about logging out, 2xx logging in, 3xx joining a channel, 4xx sending
    /// messages, 5xx querying the number of users in a channel, 6xx leaving a channel,
    /// 7xx calls (invitations) and 1000 to 1004 are general errors: the page's groups, each
    /// a class of [`SignalingErrorClass`] (`code.class()`). A code the table lacks gets the
    /// class of its hundred, as the header's `GENERAL_E_LARGE_PARAM = 1005` does.
    ///
    /// Each code's [`url`](SignalingError::url) is the English page's address: the page
    /// has no anchor per code, so every code links to the page.
    #[langs(en, zh)]
    #[codes(url = "https://docs.agora.io/en/Signaling/the_error_signaling?platform=All%20Platforms")]
    #[classes(
        cover,
        Success = 0 => { en: "Success: no error.", zh: "成功：没有错误" },
        Logout = 100..200 => { en: "Logging out: why the user was logged out.", zh: "退出登录" },
        Login = 200..300 => { en: "Logging in: why a login failed.", zh: "登录" },
        JoinChannel = 300..400 => { en: "Joining a channel.", zh: "加入频道" },
        SendMessage = 400..500 => { en: "Sending a message.", zh: "发送消息" },
        QueryUserNum = 500..600 => {
            en: "Querying the number of users in a channel.",
            zh: "查询频道用户数"
        },
        LeaveChannel = 600..700 => { en: "Leaving a channel: why the user left it.", zh: "退出频道" },
        Invite = 700..800 => { en: "Calls (invitations).", zh: "呼叫" },
        General = 1000..1100 => { en: "General errors.", zh: "一般错误" },
    )]
    #[non_exhaustive]
    pub enum SignalingError: i32 {
        SUCCESS = 0 => { en: "No error.", zh: "没有错误" },
        LOGOUT_E_OTHER = 100 => {
            en: "Logout due to reasons such as network issues.",
            zh: "未知原因导致退出登录，通常是由于网络问题引起的"
        },
        LOGOUT_E_USER = 101 => { en: "A user logged out.", zh: "用户登出" },
        LOGOUT_E_NET = 102 => { en: "A network issue.", zh: "网络问题" },
        LOGOUT_E_KICKED = 103 => { en: "The account is logged in another place.", zh: "该账户已在别处登录" },
        #[retired]
        LOGOUT_E_PACKET = 104 => { en: "This error code is obsolete.", zh: "已被弃用" },
        LOGOUT_E_TOKENEXPIRED = 105 => { en: "The SignalingToken expired.", zh: "SignalingToken 过期" },
        #[retired]
        LOGOUT_E_OLDVERSION = 106 => { en: "This error code is obsolete.", zh: "已被弃用" },
        #[retired]
        LOGOUT_E_TOKENWRONG = 107 => { en: "This error code is obsolete.", zh: "已被弃用" },
        LOGOUT_E_ALREADY_LOGOUT = 108 => {
            en: "Called logout() when already logged out of the signaling system.",
            zh: "在处于登出状态时再次调用了 logout()"
        },
        LOGIN_E_OTHER = 200 => { en: "An unknown reason.", zh: "原因未知" },
        LOGIN_E_NET = 201 => { en: "A network issue.", zh: "网络问题" },
        LOGIN_E_FAILED = 202 => { en: "The login was rejected by the server.", zh: "被服务器拒绝" },
        LOGIN_E_CANCEL = 203 => { en: "The user cancelled the login.", zh: "用户已取消登录" },
        LOGIN_E_TOKENEXPIRED = 204 => {
            en: "The SignalingToken expired, and the login was rejected.",
            zh: "SignalingToken 过期，登录被拒"
        },
        #[retired]
        LOGIN_E_OLDVERSION = 205 => { en: "This error code is obsolete.", zh: "已被弃用" },
        LOGIN_E_TOKENWRONG = 206 => { en: "The SignalingToken is invalid.", zh: "SignalingToken 无效" },
        LOGIN_E_TOKEN_KICKED = 207 => {
            en: "The user used a renewed SignalingToken to login another place.",
            zh: "用户已使用更新后的 SignalingToken 在别处登录了系统"
        },
        LOGIN_E_ALREADY_LOGIN = 208 => {
            en: "The user has already logged in. You can ignore this error.",
            zh: "用户已登录，再次发起登录会触发该错误。可以忽视该错误"
        },
        LOGIN_E_INVALID_USER = 209 => { en: "The user ID is invalid.", zh: "用户名不合法" },
        JOINCHANNEL_E_OTHER = 300 => { en: "Failed to join a channel.", zh: "加入频道失败未知错误" },
        SENDMESSAGE_E_OTHER = 400 => { en: "Failed to send message.", zh: "发送消息失败未知错误" },
        SENDMESSAGE_E_TIMEOUT = 401 => { en: "A timeout in sending a message.", zh: "发送消息超时" },
        QUERYUSERNUM_E_OTHER = 500 => {
            en: "Failed to query the channel user number.",
            zh: "查询频道用户号码失败"
        },
        QUERYUSERNUM_E_TIMEOUT = 501 => {
            en: "A timeout in querying the channel user number.",
            zh: "查询频道用户号码超时"
        },
        /// The documentation pages (English and Chinese) give this code the value 501, the
        /// value of `QUERYUSERNUM_E_TIMEOUT`. The SDK header `agora_sig.h` (three independent
        /// copies agree) defines `QUERYUSERNUM_E_BYUSER = 502`, so the duplicate 501 exists
        /// only in the documentation and this table uses 502, the value the SDK returns.
        #[retired]
        QUERYUSERNUM_E_BYUSER = 502 => { en: "This error code is obsolete.", zh: "已被弃用" },
        LEAVECHANNEL_E_OTHER = 600 => {
            en: "The user left the channel due to an unknown reason.",
            zh: "未知原因导致退出频道"
        },
        LEAVECHANNEL_E_KICKED = 601 => {
            en: "The user was kicked out by the administrator.",
            zh: "被管理员踢出频道"
        },
        /// The two pages disagree here: the English page says the user has left the channel,
        /// the Chinese page says "用户不在频道内" (the user is not in the channel). Both
        /// descriptions are kept as written.
        LEAVECHANNEL_E_BYUSER = 602 => { en: "The user has left the channel.", zh: "用户不在频道内" },
        LEAVECHANNEL_E_LOGOUT = 603 => {
            en: "The user was kicked out of the channel upon logout.",
            zh: "登出时被踢出频道"
        },
        LEAVECHANNEL_E_DISCONN = 604 => {
            en: "The user left the channel due to a network outage.",
            zh: "网络问题导致退出频道"
        },
        INVITE_E_OTHER = 700 => { en: "The call failed.", zh: "呼叫失败" },
        INVITE_E_REINVITE = 701 => { en: "Repeated calls.", zh: "重复呼叫" },
        INVITE_E_NET = 702 => { en: "A network issue.", zh: "网络问题" },
        INVITE_E_PEEROFFLINE = 703 => { en: "The other user is offline.", zh: "对方处于离线状态" },
        INVITE_E_TIMEOUT = 704 => { en: "A call timeout.", zh: "呼叫超时" },
        #[retired]
        INVITE_E_CANTRECV = 705 => { en: "This error code is obsolete.", zh: "已被弃用" },
        GENERAL_E = 1000 => { en: "A general error.", zh: "一般错误" },
        GENERAL_E_FAILED = 1001 => { en: "A general error: Failure.", zh: "一般错误 - 失败" },
        GENERAL_E_UNKNOWN = 1002 => { en: "A general error: Unknown.", zh: "一般错误 - 未知" },
        GENERAL_E_NOT_LOGIN = 1003 => {
            en: "A general error: An action before login.",
            zh: "一般错误 - 操作前没有登录"
        },
        GENERAL_E_WRONG_PARAM = 1004 => {
            en: "A general error: A parameter call error.",
            zh: "一般错误 - 参数调用失败"
        },
    }
}
