//! An alias is the code it stands for, in both forms, so it works as a `match` pattern on
//! a decoded value.

codetable::define_codes! {
    /// A few errno values.
    pub enum Errno: i32 {
        EAGAIN = 11 => "Resource temporarily unavailable.",
        /// The BSD name.
        #[alias]
        EWOULDBLOCK = 11 => "Operation would block.",
        EDEADLK = 35 => "Resource deadlock avoided.",
        EDEADLOCK = EDEADLK,
        EINTR = 4 => "Interrupted system call.",
    }
}

fn retry(raw: i32) -> &'static str {
    match Errno::from_value(raw) {
        Some(Errno::EWOULDBLOCK) => "would block",
        Some(Errno::EDEADLOCK) => "deadlock",
        Some(_) => "other",
        None => "unknown",
    }
}

fn main() {
    assert_eq!(retry(11), "would block");
    assert_eq!(retry(35), "deadlock");
    assert_eq!(retry(4), "other");
    assert_eq!(retry(12), "unknown");
    assert_eq!(Errno::EWOULDBLOCK, Errno::EAGAIN);
    assert_eq!(Errno::EDEADLOCK, Errno::EDEADLK);
    assert_eq!(Errno::EWOULDBLOCK.name(), "EAGAIN");
    assert_eq!(Errno::COUNT, 3);
    let aliases: Vec<_> = Errno::ALIASES
        .iter()
        .map(|a| (a.name(), a.code()))
        .collect();
    assert_eq!(
        aliases,
        [
            ("EWOULDBLOCK", Errno::EAGAIN),
            ("EDEADLOCK", Errno::EDEADLK)
        ]
    );
}
