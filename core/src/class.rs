//! A table's classes: the groups of codes that error handling matches on far more often
//! than on the codes themselves (HTTP's 4xx and 5xx, SQLSTATE's class `23`). A table
//! declares them with `#[classes(...)]`; the macro generates a class enum that implements
//! [`CodeClass`], and implements [`Classified`] for the table. See the crate docs'
//! "Classes".

use crate::{Code, Open, UnknownCode};
use core::fmt;
use core::hash::Hash;

/// How a class decides which values are its own, as the table declares it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassRule {
    /// The integers `low..=high` (`100..200` is written, `100..=199` kept).
    Range(i128, i128),
    /// The strings that start with this prefix (SQLSTATE's class `"23"`).
    Prefix(&'static str),
    /// The entries listed by name: a value the table does not know is in no such class.
    List,
}

impl ClassRule {
    /// Whether the rule puts `value` in its class; always `false` for a list, which names
    /// entries, not values.
    #[must_use]
    pub fn contains(&self, value: crate::Value<'_>) -> bool {
        match (*self, value) {
            (Self::Range(low, high), crate::Value::Int(n)) => low <= n && n <= high,
            (Self::Prefix(prefix), crate::Value::Str(text)) => text.starts_with(prefix),
            _ => false,
        }
    }
}

/// `100..=199`, `"23"…`, or `listed`.
impl fmt::Display for ClassRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Range(low, high) if low == high => write!(f, "{low}"),
            Self::Range(low, high) => write!(f, "{low}..={high}"),
            Self::Prefix(prefix) => write!(f, "{prefix}*"),
            Self::List => f.write_str("listed"),
        }
    }
}

/// What a table says of one of its classes: its name, its description and its rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ClassInfo {
    /// The class's name, as declared (the class enum's variant).
    pub name: &'static str,
    /// The class's description in the table's default language.
    pub description: &'static str,
    /// Which values are in the class.
    pub rule: ClassRule,
    /// The table's languages, and the description in each (`""` where the table gives none).
    langs: &'static [&'static str],
    descriptions: &'static [&'static str],
}

impl ClassInfo {
    /// Used by the generated code. Not public API.
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        name: &'static str,
        langs: &'static [&'static str],
        descriptions: &'static [&'static str],
        rule: ClassRule,
    ) -> Self {
        Self {
            name,
            description: descriptions[0],
            rule,
            langs,
            descriptions,
        }
    }

    /// The class's description in `lang`, one of the table's languages; `None` for another
    /// language, or one the class is not described in (`{ en: "...", zh: "..." }` may leave
    /// out all but the default language).
    #[must_use]
    pub fn description_in(&self, lang: &str) -> Option<&'static str> {
        let at = crate::__private::lang_index(self.langs, lang)?;
        self.descriptions
            .get(at)
            .copied()
            .filter(|text| !text.is_empty())
    }
}

/// A class enum, generated for a table with `#[classes(...)]`: one variant per class, in
/// declaration order. The enum also has these as inherent `const fn`s.
pub trait CodeClass:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + Send + Sync + 'static
{
    /// The table whose classes these are.
    type Code: Classified<Class = Self>;
    /// Every class's name, description and rule, in declaration order.
    const INFO: &'static [ClassInfo];

    /// Every class, in declaration order.
    fn all() -> &'static [Self];
    /// The class's position among the classes, in declaration order.
    fn index(self) -> usize;
    /// The codes of the class, in declaration order.
    fn codes(self) -> &'static [Self::Code];

    /// The class's name, as declared.
    #[inline]
    fn name(self) -> &'static str {
        Self::INFO[self.index()].name
    }
    /// The class's description.
    #[inline]
    fn description(self) -> &'static str {
        Self::INFO[self.index()].description
    }
    /// The class's description in `lang`, if the table has that language and describes the
    /// class in it.
    #[inline]
    fn description_in(self, lang: &str) -> Option<&'static str> {
        Self::INFO[self.index()].description_in(lang)
    }
    /// Which values are in the class.
    #[inline]
    fn rule(self) -> ClassRule {
        Self::INFO[self.index()].rule
    }
}

/// A table with classes (`#[classes(...)]`): each code's class, and the class of a value
/// the table does not know where a range or a prefix decides it.
///
/// ```
/// use codetable::{Classified, Open};
///
/// codetable::define_codes! {
///     /// Statuses of a service.
///     #[classes(cover, Success = 200..300 => "It worked.", ServerError = 500..600 => "Our fault.")]
///     pub enum Status: u16 {
///         OK = 200 => "Fine.",
///         UNAVAILABLE = 503 => "Try again later.",
///     }
/// }
///
/// assert_eq!(Status::UNAVAILABLE.class(), StatusClass::ServerError);
/// // A code the table lacks still has its class.
/// assert_eq!(Status::decode(599).class(), Some(StatusClass::ServerError));
/// assert_eq!(Status::decode(404).class(), None);
/// fn is_server_side<C: Classified>(code: Open<C>) -> bool {
///     code.class().is_some_and(|class| codetable::CodeClass::name(class) == "ServerError")
/// }
/// assert!(is_server_side(Status::decode(502)));
/// ```
pub trait Classified: Code {
    /// The table's class enum.
    type Class: CodeClass<Code = Self>;

    /// The code's class; `None` for a code in none (the table does not cover itself).
    fn class_of(self) -> Option<Self::Class>;
    /// The class of a value the table does not know, as its ranges or prefixes decide
    /// (a listed class names codes, and holds no unknown value).
    fn class_of_raw(raw: &Self::Raw) -> Option<Self::Class>;
}

impl<C: Classified> Open<C> {
    /// The code's class, or for a value the table does not know, the class its ranges or
    /// prefixes give it (an unknown SQLSTATE `23xyz` is an integrity constraint violation).
    #[must_use]
    pub fn class(self) -> Option<C::Class> {
        match self {
            Self::Known(code) => code.class_of(),
            Self::Unknown(unknown) => unknown.class(),
        }
    }
}

impl<C: Classified> UnknownCode<C> {
    /// The class the table's ranges or prefixes give the value, if any.
    #[must_use]
    pub fn class(self) -> Option<C::Class> {
        C::class_of_raw(&self.value())
    }
}

/// Whether `text` starts with `prefix`, in a constant: the generated `class_of_value` of a
/// string table.
#[doc(hidden)]
#[must_use]
pub const fn starts_with(text: &str, prefix: &str) -> bool {
    let (text, prefix) = (text.as_bytes(), prefix.as_bytes());
    if text.len() < prefix.len() {
        return false;
    }
    let mut at = 0;
    while at < prefix.len() {
        if text[at] != prefix[at] {
            return false;
        }
        at += 1;
    }
    true
}

/// The descriptor's class of an entry in a table without classes.
pub(crate) fn no_class(_: &crate::table::Descriptor, _: usize) -> Option<usize> {
    None
}

/// The descriptor's class of a value in a table without classes.
pub(crate) fn no_value_class(_: &crate::table::Descriptor, _: crate::Value<'_>) -> Option<usize> {
    None
}

/// The class of the entry at `index` of `C`, by its position among the classes.
pub(crate) fn class_at<C: Classified>(_: &crate::table::Descriptor, index: usize) -> Option<usize> {
    C::all().get(index)?.class_of().map(CodeClass::index)
}

/// The class of `value` in `C`, known or not, by its position among the classes.
pub(crate) fn class_of_value<C: Classified>(
    _: &crate::table::Descriptor,
    value: crate::Value<'_>,
) -> Option<usize> {
    use crate::code::sealed::Sealed;
    <C::Value as Sealed>::decode::<C>(value)?
        .class()
        .map(CodeClass::index)
}
