//! What `explain` needs of a table beyond its [`Table`] view, and which only code generic
//! over the table's type can do: read a value as an [`Open`] (a code, or a value the table
//! does not know) and write a code as the table's serde impls write it.

use codetable::{Code, Open, Table, Value};
use serde::Serialize;

/// A table, with the functions that need its type. Build one with [`Codec::of`].
///
/// ```
/// use codetable::agora::signaling::SignalingError;
/// use codetable::agora::web::WebError;
/// use codetable_examples::sqlstate::SqlState;
/// use codetable_examples::Codec;
///
/// let signaling = Codec::of::<SignalingError>();
/// assert_eq!(signaling.table().name(), "SignalingError");
/// // A code is written as serde writes it: its value, or its name for a by-name table.
/// assert_eq!(signaling.code(0), Some(serde_json::json!(SignalingError::all()[0] as i32)));
/// assert_eq!(Codec::of::<WebError>().code(0), Some(serde_json::json!(WebError::all()[0].name())));
/// assert_eq!(Codec::of::<SqlState>().code(0), Some(serde_json::json!("00000")));
///
/// // A value the table does not know prints as `Open` prints it.
/// let unknown = signaling.unknown(1005).unwrap();
/// assert_eq!(unknown.text, "SignalingError 1005 (not in the table)");
/// assert_eq!(unknown.json, serde_json::json!(1005));
/// assert!(signaling.unknown(201).is_none()); // LOGIN_E_NET
/// assert!(signaling.unknown(1_i128 << 40).is_none()); // not an i32
/// assert!(signaling.unknown("1005").is_none()); // not an integer
///
/// // A string table reads strings, and keeps an unknown one as `Open` does.
/// let sqlstate = Codec::of::<SqlState>();
/// assert!(sqlstate.has_string_values() && !signaling.has_string_values());
/// assert_eq!(sqlstate.unknown("XX999").unwrap().text, "SqlState XX999 (not in the table)");
/// assert_eq!(sqlstate.unknown("XX999").unwrap().json, serde_json::json!("XX999"));
/// assert!(sqlstate.unknown("23505").is_none()); // UNIQUE_VIOLATION
/// assert!(sqlstate.unknown(23505).is_none()); // not a string
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Codec {
    table: Table,
    code: fn(usize) -> Option<serde_json::Value>,
    unknown: for<'a> fn(Value<'a>) -> Option<Unknown<'a>>,
    strings: fn() -> bool,
}

impl Codec {
    /// The codec of table `C`.
    #[must_use]
    pub const fn of<C>() -> Self
    where
        C: Code + Serialize,
    {
        Self {
            table: Table::of::<C>(),
            code: code_of::<C>,
            unknown: unknown_of::<C>,
            strings: strings_of::<C>,
        }
    }

    /// The table's view.
    #[must_use]
    pub const fn table(&self) -> Table {
        self.table
    }

    /// Whether the table's values are strings (a table declared `: str`) rather than
    /// integers.
    #[must_use]
    pub fn has_string_values(&self) -> bool {
        (self.strings)()
    }

    /// The entry at `index` (in declaration order) as the table's serde impls write it;
    /// `None` past the last entry.
    #[must_use]
    pub fn code(&self, index: usize) -> Option<serde_json::Value> {
        (self.code)(index)
    }

    /// `value` as a value the table does not know ([`Open::Unknown`]); `None` when the
    /// table knows it, or when it cannot be one of the table's values (an integer out of
    /// the table's type, a string for an integer table, an integer for a string table).
    #[must_use]
    pub fn unknown<'a>(&self, value: impl Into<Value<'a>>) -> Option<Unknown<'a>> {
        (self.unknown)(value.into())
    }
}

/// A value that a table does not know.
#[derive(Clone, Debug, PartialEq)]
pub struct Unknown<'a> {
    /// The table's name.
    pub table: &'static str,
    /// The value, in full.
    pub value: Value<'a>,
    /// How [`Open`] prints it: `Table value (not in the table)`. `Open` keeps a string
    /// longer than the table's codes cut short, and prints `...` after it.
    pub text: String,
    /// The value as serde writes it: a number for an integer table (as `Open<C>` writes
    /// it), the string for a string table (in full).
    pub json: serde_json::Value,
}

fn code_of<C: Code + Serialize>(index: usize) -> Option<serde_json::Value> {
    serde_json::to_value(C::all().get(index)?).ok()
}

fn unknown_of<C: Code>(value: Value<'_>) -> Option<Unknown<'_>> {
    match C::decode_value(value)? {
        Open::Known(_) => None,
        open @ Open::Unknown(_) => Some(Unknown {
            table: C::TABLE,
            value,
            text: open.to_string(),
            json: json_value(value),
        }),
    }
}

fn strings_of<C: Code>() -> bool {
    // The empty string is never a value (the macro refuses it), so a string table reads it
    // as an unknown value and an integer table not at all.
    C::decode_value(Value::Str("")).is_some()
}

/// A value as JSON: a number, or the string. Table values are at most 64 bits wide, so
/// they fit in `i64` or `u64`; a wider integer (impossible for a `define_codes!` table)
/// becomes a string.
#[must_use]
pub fn json_value(value: Value<'_>) -> serde_json::Value {
    match value {
        Value::Int(int) => {
            if let Ok(small) = i64::try_from(int) {
                small.into()
            } else if let Ok(big) = u64::try_from(int) {
                big.into()
            } else {
                int.to_string().into()
            }
        }
        Value::Str(text) => text.into(),
    }
}
