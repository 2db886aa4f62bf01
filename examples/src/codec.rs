//! What `explain` needs of a table beyond its [`Table`] view, and which only code generic
//! over the table's type can do: read a value as an [`Open`] (a code, or a value the table
//! does not know) and write a code as the table's serde impls write it.

use codetable::{Code, CodeValue, Open, Table};
use serde::Serialize;
use serde_json::Value;

/// A table, with the functions that need its type. Build one with [`Codec::of`].
///
/// ```
/// use codetable::agora::signaling::SignalingError;
/// use codetable::agora::web::WebError;
/// use codetable_examples::Codec;
///
/// let signaling = Codec::of::<SignalingError>();
/// assert_eq!(signaling.table().name(), "SignalingError");
/// // A code is written as serde writes it: its value, or its name for a by-name table.
/// assert_eq!(signaling.code(0), Some(serde_json::json!(SignalingError::ALL[0] as i32)));
/// assert_eq!(Codec::of::<WebError>().code(0), Some(serde_json::json!(WebError::ALL[0].name())));
///
/// // A value the table does not know prints as `Open` prints it.
/// let unknown = signaling.unknown(1005).unwrap();
/// assert_eq!(unknown.text, "SignalingError 1005 (not in the table)");
/// assert_eq!(unknown.json, serde_json::json!(1005));
/// assert!(signaling.unknown(201).is_none()); // LOGIN_E_NET
/// assert!(signaling.unknown(1 << 40).is_none()); // not an i32
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Codec {
    table: Table,
    code: fn(usize) -> Option<Value>,
    unknown: fn(i128) -> Option<Unknown>,
}

impl Codec {
    /// The codec of table `C`.
    #[must_use]
    pub const fn of<C>() -> Self
    where
        C: Code + Serialize,
        C::Value: Serialize,
    {
        Self {
            table: Table::of::<C>(),
            code: code_of::<C>,
            unknown: unknown_of::<C>,
        }
    }

    /// The table's view.
    #[must_use]
    pub const fn table(&self) -> Table {
        self.table
    }

    /// The entry at `index` (in declaration order) as the table's serde impls write it;
    /// `None` past the last entry.
    #[must_use]
    pub fn code(&self, index: usize) -> Option<Value> {
        (self.code)(index)
    }

    /// `value` as a value the table does not know ([`Open::Unknown`]); `None` when the
    /// table knows it, or when its type cannot hold it.
    #[must_use]
    pub fn unknown(&self, value: i128) -> Option<Unknown> {
        (self.unknown)(value)
    }
}

/// A value that a table does not know.
#[derive(Clone, Debug, PartialEq)]
pub struct Unknown {
    /// The table's name.
    pub table: &'static str,
    /// The value.
    pub value: i128,
    /// How [`Open`] prints it: `Table value (not in the table)`.
    pub text: String,
    /// How serde writes it, as `Open<C>` does: the value, in the table's type.
    pub json: Value,
}

fn code_of<C: Code + Serialize>(index: usize) -> Option<Value> {
    serde_json::to_value(C::ALL.get(index)?).ok()
}

fn unknown_of<C>(value: i128) -> Option<Unknown>
where
    C: Code,
    C::Value: Serialize,
{
    let typed = C::Value::from_i128(value)?;
    match C::decode(typed) {
        Open::Known(_) => None,
        open @ Open::Unknown(_) => Some(Unknown {
            table: C::TABLE,
            value,
            text: open.to_string(),
            // What `Open<C>` serializes to (it is `Serialize` for by-value tables only):
            // the value, in the table's type.
            json: serde_json::to_value(typed).ok()?,
        }),
    }
}
