//! The names the macro refuses for what it turns into items of the enum: an entry's variant
//! or an alias's constant, and a column's method. Their one home, for the entries (aliases
//! are entries) in `parse.rs` and for the columns in `valid.rs`; and the names of the
//! macro's own table attributes. A leaf.

use syn::ext::IdentExt;
use syn::Ident;

/// The macro's own attributes of a table, which it reads and never passes to the enum
/// (`attr::table_attrs` has an arm for each; the help of an unknown attribute lists them).
pub const TABLE_OPTIONS: &[&str] = &[
    "langs", "codes", "columns", "equals", "reserved", "file", "classes",
];

/// Entry names that the generated enum uses for its own associated items: its public API,
/// and nothing else (the table's data lives on a hidden trait). A unit test checks this list
/// against what the expansion defines.
pub const RESERVED: &[&str] = &[
    "all",
    "ALIASES",
    "COUNT",
    "LANGS",
    "name",
    "value",
    "description",
    "description_in",
    "details",
    "is_deprecated",
    "from_value",
    "from_name",
    "from_name_ignore_ascii_case",
    "decode",
];

/// Whether `name` is a keyword that cannot be an identifier without `r#`: the strict and
/// reserved keywords of Rust 2018 to 2024.
fn is_keyword(name: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "_", "Self", "abstract", "as", "async", "await", "become", "box", "break", "const",
        "continue", "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for",
        "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut",
        "override", "priv", "pub", "ref", "return", "self", "static", "struct", "super", "trait",
        "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while",
        "yield",
    ];
    KEYWORDS.contains(&name)
}

/// Why a name cannot be used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Taken {
    /// A keyword written without `r#`.
    Keyword,
    /// The name of one of the enum's own associated items ([`RESERVED`]), raw or not.
    Reserved,
}

/// Whether `ident` cannot name a variant, an alias or a column method, and why.
pub fn taken(ident: &Ident) -> Option<Taken> {
    let name = ident.unraw().to_string();
    if !ident.to_string().starts_with("r#") && is_keyword(&name) {
        Some(Taken::Keyword)
    } else if RESERVED.contains(&name.as_str()) {
        Some(Taken::Reserved)
    } else {
        None
    }
}

/// How `#[file(name = upper_snake("Description"))]` makes a name of another column's text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Case {
    /// `Non-Authoritative Information` -> `NON_AUTHORITATIVE_INFORMATION`.
    UpperSnake,
    /// `Non-Authoritative Information` -> `NonAuthoritativeInformation`, `IM Used` -> `ImUsed`.
    UpperCamel,
}

impl Case {
    pub fn from_name(name: &str) -> Option<Case> {
        match name {
            "upper_snake" => Some(Case::UpperSnake),
            "upper_camel" => Some(Case::UpperCamel),
            _ => None,
        }
    }

    /// `text`'s words (its runs of letters and digits; anything else separates them) in this
    /// case. Empty when `text` has no letter or digit.
    pub fn apply(self, text: &str) -> String {
        let words = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        match self {
            Case::UpperSnake => words.map(str::to_uppercase).collect::<Vec<_>>().join("_"),
            Case::UpperCamel => words
                .map(|word| {
                    let mut chars = word.chars();
                    let first = chars.next().into_iter().flat_map(char::to_uppercase);
                    first
                        .chain(chars.flat_map(char::to_lowercase))
                        .collect::<String>()
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Case;

    #[test]
    fn cases_split_words_at_anything_but_letters_and_digits() {
        let snake = |s| Case::UpperSnake.apply(s);
        let camel = |s| Case::UpperCamel.apply(s);
        assert_eq!(
            snake("Non-Authoritative Information"),
            "NON_AUTHORITATIVE_INFORMATION"
        );
        assert_eq!(snake("Not Extended (OBSOLETED)"), "NOT_EXTENDED_OBSOLETED");
        assert_eq!(snake("  IM  Used "), "IM_USED");
        assert_eq!(snake("(--)"), "");
        assert_eq!(
            camel("Non-Authoritative Information"),
            "NonAuthoritativeInformation"
        );
        assert_eq!(camel("IM Used"), "ImUsed");
        assert_eq!(
            camel("HTTP Version Not Supported"),
            "HttpVersionNotSupported"
        );
        assert_eq!(Case::from_name("upper_snake"), Some(Case::UpperSnake));
        assert_eq!(Case::from_name("lower_snake"), None);
    }
}
