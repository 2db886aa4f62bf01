//! The front end is layered (see the crate's docs): each module uses only the modules of
//! the layers before it, so that no two import each other, directly or around a circle.

/// The modules, layer by layer, with their source.
const LAYERS: &[&[(&str, &str)]] = &[
    &[
        ("eval", include_str!("../eval.rs")),
        ("csv", include_str!("../csv.rs")),
    ],
    &[("errcodes", include_str!("../errcodes.rs"))],
    &[
        ("ast", include_str!("../ast.rs")),
        ("syntax", include_str!("../syntax.rs")),
        ("names", include_str!("../names.rs")),
    ],
    &[("error", include_str!("../error.rs"))],
    &[
        ("columns", include_str!("../columns.rs")),
        ("history", include_str!("../history.rs")),
        ("url", include_str!("../url.rs")),
    ],
    &[("attr", include_str!("../attr.rs"))],
    &[("class", include_str!("../class.rs"))],
    &[("file", include_str!("../file.rs"))],
    &[("parse", include_str!("../parse.rs"))],
    &[("valid", include_str!("../valid.rs"))],
];

/// The modules of the crate that `source` uses: the names after `crate::`, and those in a
/// `use crate::{...}`. Comments are left out.
fn used(source: &str) -> Vec<String> {
    let code: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let ident = |text: &str| -> String {
        text.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        match rest.strip_prefix('{') {
            Some(list) => {
                let list = &list[..list.find('}').unwrap_or(list.len())];
                out.extend(list.split(',').map(ident));
            }
            None => out.push(ident(rest)),
        }
    }
    out.retain(|name| !name.is_empty());
    out
}

#[test]
fn each_module_uses_only_earlier_layers() {
    for (layer, modules) in LAYERS.iter().enumerate() {
        let earlier: Vec<&str> = LAYERS[..layer]
            .iter()
            .flat_map(|m| m.iter().map(|(name, _)| *name))
            .collect();
        for (name, source) in *modules {
            for module in used(source) {
                assert!(
                    earlier.contains(&module.as_str()),
                    "`{name}` uses `crate::{module}`, which is not in a layer before it"
                );
            }
        }
    }
}
