//! OAuth 2.0's token endpoint error codes: a small code table whose values are strings.
//!
//! When a client's request for an access token fails, the authorization server answers with
//! HTTP 400 (Bad Request), or 401 for some client authentication failures, and a JSON body
//! whose `error` member is one of the codes that RFC 6749, "The OAuth 2.0 Authorization
//! Framework", defines in section 5.2, "Error Response":
//!
//! ```text
//! HTTP/1.1 400 Bad Request
//! Content-Type: application/json;charset=UTF-8
//!
//! {"error": "invalid_grant"}
//! ```
//!
//! [`OAuthError`] lists those six codes, in the RFC's order. Each description is the RFC's
//! definition of the code, word for word; where the RFC says more than one sentence (for
//! `invalid_client`), the description is the first and the rest is the entry's doc comment.
//!
//! Not in the table: the authorization endpoint's own codes (section 4.1.2.1, such as
//! `access_denied`), the bearer token errors of RFC 6750 (`invalid_token`), and codes that
//! extensions register (section 11.4).
//!
//! ```
//! use codetable_examples::oauth::OAuthError;
//!
//! let error = OAuthError::from_value("invalid_grant");
//! assert_eq!(error, Some(OAuthError::INVALID_GRANT));
//! assert_eq!(OAuthError::INVALID_GRANT.value(), "invalid_grant");
//! assert!(OAuthError::INVALID_GRANT.description().starts_with("The provided authorization grant"));
//! assert_eq!(OAuthError::from_value("access_denied"), None);
//! ```

codetable::define_codes! {
    /// The error codes of an OAuth 2.0 token endpoint (RFC 6749, section 5.2). The value is
    /// the `error` member of the response; the description, the RFC's definition.
    pub enum OAuthError: str {
        /// RFC 6749, section 5.2.
        INVALID_REQUEST = "invalid_request" => "The request is missing a required parameter, includes an unsupported parameter value (other than grant type), repeats a parameter, includes multiple credentials, utilizes more than one mechanism for authenticating the client, or is otherwise malformed.",
        /// RFC 6749, section 5.2. The authorization server MAY return an HTTP 401
        /// (Unauthorized) status code to indicate which HTTP authentication schemes are
        /// supported. If the client attempted to authenticate via the "Authorization" request
        /// header field, the authorization server MUST respond with an HTTP 401 (Unauthorized)
        /// status code and include the "WWW-Authenticate" response header field matching the
        /// authentication scheme used by the client.
        INVALID_CLIENT = "invalid_client" => "Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method).",
        /// RFC 6749, section 5.2.
        INVALID_GRANT = "invalid_grant" => "The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.",
        /// RFC 6749, section 5.2.
        UNAUTHORIZED_CLIENT = "unauthorized_client" => "The authenticated client is not authorized to use this authorization grant type.",
        /// RFC 6749, section 5.2.
        UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type" => "The authorization grant type is not supported by the authorization server.",
        /// RFC 6749, section 5.2.
        INVALID_SCOPE = "invalid_scope" => "The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.",
    }
}
