//! The generated code still compiles where the user's crate shadows the names it could
//! have relied on.
#![allow(dead_code, non_camel_case_types)]

mod core {}
mod std {}
mod codetable {}
struct Option;
struct Some;
struct None;
struct Result;
struct Ok;
struct Err;
struct str;
struct i32;
struct usize;
struct bool;
trait Code {}
trait Clone {}
trait Copy {}
fn from(_: ()) {}

::codetable::define_codes! {
    /// Codes.
    pub enum Shadowed: i32 {
        A = 1 => "One.",
        B = _ => "None.",
    }
}

fn main() {
    ::std::assert_eq!(Shadowed::from_value(1), ::std::option::Option::Some(Shadowed::A));
    ::std::assert_eq!(Shadowed::B.name(), "B");
}
