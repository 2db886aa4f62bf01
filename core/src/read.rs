//! Reading a JSON document of schema `codetable/1` step by step, each step knowing where it
//! is, so that a message names the spot (`tables[0].entries[3].value: expected a string`).
//! Shared by [`compat`](crate::compat), which compares documents, and
//! [`load`](crate::load), which makes tables of them.

extern crate alloc;

use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use serde_json::Value as Json;

/// A value, as the documents write them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    /// An integer.
    Int(i128),
    /// A string.
    Str(String),
}

impl core::fmt::Display for Key {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Self::Int(n) => write!(f, "{n}"),
            Self::Str(s) => write!(f, "{s:?}"),
        }
    }
}

/// A reservation: integers `low..=high`, or a string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Reserved {
    /// The integers `low..=high`.
    Range(i128, i128),
    /// A string.
    Str(String),
}

/// What is wrong in a document, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ReadError(pub String);

/// Reading a document: each step knows where it is, for the message.
pub(crate) struct Reader<'j> {
    /// The value read.
    pub json: &'j Json,
    /// Where it is in the document (`tables[0].entries[3].value`).
    pub path: String,
}

/// `text` read as JSON, when it is a document of schema `codetable/1`.
pub(crate) fn document(text: &str) -> Result<Json, ReadError> {
    let json: Json =
        serde_json::from_str(text).map_err(|e| ReadError(format!("not JSON ({e})")))?;
    let schema = Reader::root(&json).key("schema")?.string()?;
    if schema != "codetable/1" {
        return Err(ReadError(format!(
            "the schema is {schema:?}; this version reads \"codetable/1\""
        )));
    }
    Ok(json)
}

impl<'j> Reader<'j> {
    /// The reader of a whole document.
    pub(crate) fn root(json: &'j Json) -> Self {
        Reader {
            json,
            path: "the document".to_owned(),
        }
    }

    pub(crate) fn error(&self, expected: &str) -> ReadError {
        self.error_that(&format!("expected {expected}"))
    }

    /// What is wrong at this spot: `message`.
    pub(crate) fn error_that(&self, message: &str) -> ReadError {
        ReadError(format!("{}: {message}", self.path))
    }

    pub(crate) fn key(&self, key: &str) -> Result<Reader<'j>, ReadError> {
        let object = self
            .json
            .as_object()
            .ok_or_else(|| self.error("an object"))?;
        let json = object
            .get(key)
            .ok_or_else(|| ReadError(format!("{}: the key `{key}` is missing", self.path)))?;
        Ok(Reader {
            json,
            path: format!("{}.{key}", self.path),
        })
    }

    pub(crate) fn optional(&self, key: &str) -> Option<Reader<'j>> {
        let json = self.json.as_object()?.get(key)?;
        (!json.is_null()).then(|| Reader {
            json,
            path: format!("{}.{key}", self.path),
        })
    }

    pub(crate) fn string(&self) -> Result<String, ReadError> {
        self.json
            .as_str()
            .map(ToOwned::to_owned)
            .ok_or_else(|| self.error("a string"))
    }

    pub(crate) fn items(&self) -> Result<Vec<Reader<'j>>, ReadError> {
        let array = self.json.as_array().ok_or_else(|| self.error("an array"))?;
        Ok(array
            .iter()
            .enumerate()
            .map(|(at, json)| Reader {
                json,
                path: format!("{}[{at}]", self.path),
            })
            .collect())
    }

    pub(crate) fn integer(&self) -> Result<i128, ReadError> {
        let number = self
            .json
            .as_number()
            .ok_or_else(|| self.error("an integer"))?;
        number
            .as_i64()
            .map(i128::from)
            .or_else(|| number.as_u64().map(i128::from))
            .ok_or_else(|| self.error("an integer of at most 64 bits"))
    }

    pub(crate) fn value(&self) -> Result<Option<Key>, ReadError> {
        match self.json {
            Json::Null => Ok(None),
            Json::String(text) => Ok(Some(Key::Str(text.clone()))),
            Json::Number(_) => self.integer().map(|n| Some(Key::Int(n))),
            _ => Err(self.error("a number, a string or null")),
        }
    }

    /// `[low, high]`.
    pub(crate) fn range(&self) -> Result<(i128, i128), ReadError> {
        let ends = self.items()?;
        let [low, high] = ends.as_slice() else {
            return Err(self.error("[low, high]"));
        };
        Ok((low.integer()?, high.integer()?))
    }

    /// A table's `reserved` values and names; none without the key.
    pub(crate) fn reserved(&self) -> Result<(Vec<Reserved>, Vec<String>), ReadError> {
        let Some(reserved) = self.optional("reserved") else {
            return Ok((Vec::new(), Vec::new()));
        };
        let mut values = Vec::new();
        for item in reserved.key("values")?.items()? {
            values.push(match item.json {
                Json::String(text) => Reserved::Str(text.clone()),
                Json::Array(_) => {
                    let (low, high) = item.range()?;
                    Reserved::Range(low, high)
                }
                _ => {
                    let n = item.integer()?;
                    Reserved::Range(n, n)
                }
            });
        }
        let names = reserved.key("names")?.items()?;
        let names = names.iter().map(Reader::string).collect::<Result<_, _>>()?;
        Ok((values, names))
    }
}
