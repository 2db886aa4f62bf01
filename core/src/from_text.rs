//! The second half of a table's `FromStr`, after its names: the text read as a value of the
//! table and looked up. It is compiled once here, not in every crate that declares a table:
//! the generated `from_str` keeps the lookup by name inline and calls this function only
//! for text that is no name, so a table's crate emits a call instead of its own copy of the
//! integer reader, of the lookup by value and of the error.

use crate::{UnknownName, Value};
use codetable_layout::Data;

/// The position of the entry whose value `text` writes, in the table of `data` named
/// `table` whose values are of type `value_type` ([`CodeValue::TYPE_NAME`]): an integer
/// table reads `text` as [`IntegerValue::parse`] does, a string table takes it as it is.
/// An entry declared without a value is never found.
///
/// # Errors
/// [`UnknownName`] of `table` and `text` when no entry has that value.
///
/// [`CodeValue::TYPE_NAME`]: crate::CodeValue::TYPE_NAME
/// [`IntegerValue::parse`]: crate::IntegerValue::parse
#[inline(never)]
pub fn position_of_text(
    data: &Data<'static>,
    table: &'static str,
    value_type: &str,
    text: &str,
) -> Result<usize, UnknownName> {
    let position = match crate::table::parse_value_of(value_type, text) {
        // The value's bits as the generated lookups take them: the two's complement
        // pattern, sign-extended to 64 bits, which is what truncating the `i128` keeps.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Some(Value::Int(value)) => data.position_of_value(value as u64),
        Some(Value::Str(text)) => data.position_of_string(text),
        None => None,
    };
    position.ok_or_else(|| UnknownName::new(table, text))
}
