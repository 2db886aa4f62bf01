//! The names the macro refuses for what it turns into items of the enum: an entry's variant
//! or an alias's constant, and a column's method. Their one home, for the entries (aliases
//! are entries) in `parse.rs` and for the columns in `valid.rs`. A leaf.

use syn::ext::IdentExt;
use syn::Ident;

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
