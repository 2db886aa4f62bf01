//! What the check of a derived column's declared value needs in a constant: comparing
//! `&str`s (a constant cannot `match` on one), and the message when the declared value
//! differs from the one the function computes, built in a buffer since `panic!` in a
//! constant formats only a `&str`: text past the buffer's end is cut (at a character
//! boundary). The generated checks call one function per kind of value, so that the
//! message is compiled once, not per check.

/// Whether `a` and `b` are the same text, compared as the name lookups compare.
#[doc(hidden)]
#[must_use]
pub const fn str_eq(a: &str, b: &str) -> bool {
    codetable_layout::same_name(a.as_bytes(), b.as_bytes(), false)
}

/// A message of at most `N` bytes, built in a constant.
#[doc(hidden)]
pub struct Message<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> Message<N> {
    /// No text yet.
    #[must_use]
    pub const fn new() -> Self {
        Self {
            bytes: [0; N],
            len: 0,
        }
    }

    /// The message followed by `text`, as much of it as fits.
    #[must_use]
    pub const fn str(mut self, text: &str) -> Self {
        let text = text.as_bytes();
        let mut at = 0;
        while at < text.len() && self.len < N {
            self.bytes[self.len] = text[at];
            self.len += 1;
            at += 1;
        }
        self
    }

    /// The message followed by `value` in decimal.
    #[must_use]
    pub const fn int(self, value: i128) -> Self {
        let this = if value < 0 { self.str("-") } else { self };
        this.uint(value.unsigned_abs())
    }

    /// The message followed by `value` in decimal.
    #[must_use]
    pub const fn uint(self, mut value: u128) -> Self {
        // u128::MAX has 39 digits.
        let mut digits = [0_u8; 39];
        let mut at = digits.len();
        loop {
            at -= 1;
            // A digit: `value % 10` is below 10.
            #[allow(clippy::cast_possible_truncation)]
            let digit = (value % 10) as u8;
            digits[at] = b'0' + digit;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        let (_, written) = digits.split_at(at);
        match core::str::from_utf8(written) {
            Ok(text) => self.str(text),
            Err(_) => self,
        }
    }

    /// The message followed by `value`.
    #[must_use]
    pub const fn bool(self, value: bool) -> Self {
        self.str(if value { "true" } else { "false" })
    }

    /// The text so far, up to the last whole character.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        let (text, _) = self.bytes.split_at(self.len);
        let whole = match core::str::from_utf8(text) {
            Ok(_) => text,
            Err(error) => text.split_at(error.valid_up_to()).0,
        };
        match core::str::from_utf8(whole) {
            Ok(text) => text,
            Err(_) => "",
        }
    }
}

/// The room of a mismatch's message; a longer one is cut.
const ROOM: usize = 1024;

/// Fails the constant of a derived column's check: `head`, the computed `value`, `tail`.
/// `#[track_caller]`, so that rustc reports the failure at the call, which the macro spans
/// at the declared value.
#[doc(hidden)]
#[track_caller]
pub const fn mismatch_int(head: &str, value: i128, tail: &str) -> ! {
    let message = Message::<ROOM>::new().str(head).int(value).str(tail);
    panic!("{}", message.as_str())
}

/// [`mismatch_int`] for an unsigned value.
#[doc(hidden)]
#[track_caller]
pub const fn mismatch_uint(head: &str, value: u128, tail: &str) -> ! {
    let message = Message::<ROOM>::new().str(head).uint(value).str(tail);
    panic!("{}", message.as_str())
}

/// [`mismatch_int`] for a `bool`.
#[doc(hidden)]
#[track_caller]
pub const fn mismatch_bool(head: &str, value: bool, tail: &str) -> ! {
    let message = Message::<ROOM>::new().str(head).bool(value).str(tail);
    panic!("{}", message.as_str())
}

/// [`mismatch_int`] for a `&str`, quoted.
#[doc(hidden)]
#[track_caller]
pub const fn mismatch_str(head: &str, value: &str, tail: &str) -> ! {
    let message = Message::<ROOM>::new()
        .str(head)
        .str("\"")
        .str(value)
        .str("\"")
        .str(tail);
    panic!("{}", message.as_str())
}

/// [`mismatch_int`] for a value that cannot be shown: the message is whole.
#[doc(hidden)]
#[track_caller]
pub const fn mismatch(message: &str) -> ! {
    panic!("{}", message)
}

impl<const N: usize> Default for Message<N> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::{str_eq, Message};

    #[test]
    fn str_eq_compares_every_byte() {
        assert!(str_eq("", "") && str_eq("4.2.2", "4.2.2"));
        assert!(!str_eq("4.2.2", "4.2.3") && !str_eq("4.2", "4.2.2") && !str_eq("a", ""));
    }

    #[test]
    fn numbers_and_text_fit_or_are_cut_at_a_character() {
        const M: Message<128> = Message::new()
            .str("is ")
            .int(i128::MIN)
            .str(", ")
            .uint(u128::MAX)
            .str(" ")
            .bool(true)
            .int(0);
        assert_eq!(
            M.as_str(),
            "is -170141183460469231731687303715884105728, \
             340282366920938463463374607431768211455 true0"
        );
        assert_eq!(Message::<6>::new().str("ab").int(-42).as_str(), "ab-42");
        // "é" is two bytes: the one that fits is dropped.
        assert_eq!(Message::<3>::new().str("abé").as_str(), "ab");
    }
}
