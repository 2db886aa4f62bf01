//! gRPC's canonical status codes, with typed columns: the HTTP status each maps to, and
//! whether a client may retry the failing call.
//!
//! The 17 codes, their values, descriptions and HTTP mappings are those of
//! `google/rpc/code.proto` (googleapis), which gives the mapping only in comments
//! ("HTTP Mapping: 499 Client Closed Request"). Public copies of grpc-gateway's
//! `HTTPStatusFromCode` disagree on `CANCELLED` (408 in some, 499 in others); this table
//! follows code.proto, 499. A description is the first sentence of the code's comment; the
//! rest of the comment is its doc comment (`details()`).
//!
//! `retryable` follows code.proto's guidelines for choosing between `FAILED_PRECONDITION`,
//! `ABORTED` and `UNAVAILABLE`: "(a) Use `UNAVAILABLE` if the client can retry just the
//! failing call. (b) Use `ABORTED` if the client should retry at a higher level". So only
//! `UNAVAILABLE` is retryable as a single call.
//!
//! ```
//! use codetable_examples::grpc::Grpc;
//!
//! assert_eq!(Grpc::UNAVAILABLE.http(), 503);
//! assert!(Grpc::UNAVAILABLE.retryable());
//! assert!(!Grpc::ABORTED.retryable());
//! assert_eq!(Grpc::from_value(1).map(Grpc::http), Some(499));
//! assert_eq!(Grpc::CANCELLED.to_string(), "CANCELLED (1): The operation was cancelled, typically by the caller.");
//! assert_eq!(Grpc::CANCELLED.url(), "https://grpc.github.io/grpc/core/md_doc_statuscodes.html");
//! ```
//!
//! The same guidelines are the table's classes, listed by name: error handling matches on
//! the class, and a code in none is `None`.
//!
//! ```
//! use codetable_examples::grpc::{Grpc, GrpcClass};
//!
//! assert_eq!(Grpc::UNAVAILABLE.class(), Some(GrpcClass::Retryable));
//! assert_eq!(Grpc::ABORTED.class(), Some(GrpcClass::RetryHigher));
//! assert_eq!(Grpc::NOT_FOUND.class(), None);
//! assert_eq!(GrpcClass::Retryable.codes(), [Grpc::UNAVAILABLE]);
//! // A listed class holds its codes only: a value the table lacks is in none.
//! assert_eq!(Grpc::decode(17).class(), None);
//! ```

codetable::define_codes! {
    /// gRPC's canonical status codes (`google.rpc.Code`), with their HTTP mapping and whether
    /// the failing call may be retried. The classes of [`GrpcClass`] list the codes of
    /// code.proto's guidelines for retrying; the other codes are in none. Each code links to
    /// gRPC's page of status codes (one table, without an anchor per code).
    #[codes(url = "https://grpc.github.io/grpc/core/md_doc_statuscodes.html")]
    #[columns(http: u16, retryable: bool = false)]
    #[classes(
        Ok = [OK] => "Not an error.",
        Retryable = [UNAVAILABLE] => "The client can retry just the failing call, with a backoff.",
        RetryHigher = [ABORTED] => "The client should retry at a higher level, such as a read-modify-write sequence.",
    )]
    pub enum Grpc: i32 {
        #[columns(http = 200)]
        OK = 0 => "Not an error; returned on success.",
        #[columns(http = 499)]
        CANCELLED = 1 => "The operation was cancelled, typically by the caller.",
        /// For example, this error may be returned when a `Status` value received from
        /// another address space belongs to an error space that is not known in this
        /// address space. Also errors raised by APIs that do not return enough error
        /// information may be converted to this error.
        #[columns(http = 500)]
        UNKNOWN = 2 => "Unknown error.",
        /// Note that this differs from `FAILED_PRECONDITION`. `INVALID_ARGUMENT` indicates
        /// arguments that are problematic regardless of the state of the system (e.g., a
        /// malformed file name).
        #[columns(http = 400)]
        INVALID_ARGUMENT = 3 => "The client specified an invalid argument.",
        /// For operations that change the state of the system, this error may be returned
        /// even if the operation has completed successfully.
        #[columns(http = 504)]
        DEADLINE_EXCEEDED = 4 => "The deadline expired before the operation could complete.",
        /// For privacy reasons, this code *might* be returned when the client does not have
        /// the access rights to the entity.
        #[columns(http = 404)]
        NOT_FOUND = 5 => "Some requested entity (e.g., file or directory) was not found.",
        #[columns(http = 409)]
        ALREADY_EXISTS = 6 => "The entity that a client attempted to create (e.g., file or directory) already exists.",
        /// `PERMISSION_DENIED` must not be used for rejections caused by exhausting some
        /// resource (use `RESOURCE_EXHAUSTED` instead for those errors), nor if the caller
        /// can not be identified (use `UNAUTHENTICATED` instead).
        #[columns(http = 403)]
        PERMISSION_DENIED = 7 => "The caller does not have permission to execute the specified operation.",
        #[columns(http = 401)]
        UNAUTHENTICATED = 16 => "The request does not have valid authentication credentials for the operation.",
        #[columns(http = 429)]
        RESOURCE_EXHAUSTED = 8 => "Some resource has been exhausted, perhaps a per-user quota, or perhaps the entire file system is out of space.",
        /// For example, the directory to be deleted is non-empty. Use it if the client
        /// should not retry until the system state has been explicitly fixed. HTTP's
        /// `412 Precondition Failed` may be returned instead of 400 when the request has
        /// Etag-related headers.
        #[columns(http = 400)]
        FAILED_PRECONDITION = 9 => "The operation was rejected because the system is not in a state required for the operation's execution.",
        /// The client should retry at a higher level (e.g., restarting a read-modify-write
        /// sequence), not just the failing call.
        #[columns(http = 409)]
        ABORTED = 10 => "The operation was aborted, typically due to a concurrency issue such as a sequencer check failure or transaction abort.",
        /// Unlike `INVALID_ARGUMENT`, this error indicates a problem that may be fixed if the
        /// system state changes.
        #[columns(http = 400)]
        OUT_OF_RANGE = 11 => "The operation was attempted past the valid range.",
        #[columns(http = 501)]
        UNIMPLEMENTED = 12 => "The operation is not implemented or is not supported/enabled in this service.",
        /// This error code is reserved for serious errors.
        #[columns(http = 500)]
        INTERNAL = 13 => "Internal errors.",
        /// This is most likely a transient condition, which can be corrected by retrying
        /// with a backoff.
        #[columns(http = 503, retryable = true)]
        UNAVAILABLE = 14 => "The service is currently unavailable.",
        #[columns(http = 500)]
        DATA_LOSS = 15 => "Unrecoverable data loss or corruption.",
    }
}
