//! Which checks happen where: what one token, attribute or entry shows on its own (syntax,
//! the attributes, keyword and reserved names through `names.rs`, a value's literal) is
//! checked as it is read, in `parse.rs`, `attr.rs` and `columns.rs`; what needs the whole
//! table (names, values and tables declared twice, ranges and suffixes, a string table's
//! shape, aliases and their targets, serde's form, column values against the declared
//! columns, and a column's name against keywords, reserved names and entries) is checked
//! here, on the model alone.
//!
//! This module also decides what can still be emitted when something is wrong: the entries
//! that are sound, so that the user's code sees the enum it expects and the only errors are
//! the mistakes themselves.
//!
//! It also settles the representation: which entries are variants and which are aliases of
//! an earlier variant, and each variant's discriminant: in an integer table its value, or a
//! number no entry has for an entry without one; in a string table its position.

use crate::ast::{
    CheckForm, Column, Derive, Entry, Equals, Invocation, Repr, ReservedKind, SerdeForm, Shape,
    Table,
};
use crate::class;
use crate::error::{self, Errors, Len};
use crate::eval::{self, Refused, Scope, Ty};
use crate::names::{self, Taken};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{quote_spanned, ToTokens};
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use syn::ext::IdentExt;

/// A value, as the checks compare them.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Int(i128),
    Str(String),
}

/// The number, or the string in quotes, as messages show it.
impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Int(n) => write!(f, "{n}"),
            Self::Str(s) => write!(f, "{s:?}"),
        }
    }
}

/// A table ready to expand.
pub struct Checked<'a> {
    pub table: &'a Table,
    /// The value type; `i32` stands in when it was missing or unsupported (reported).
    pub repr: Repr,
    /// The variants, in declaration order.
    pub variants: Vec<Variant<'a>>,
    /// The aliases, in declaration order.
    pub aliases: Vec<Alias<'a>>,
    /// Whether an entry is declared without a value, which makes `value()` an `Option`.
    pub has_missing_value: bool,
    /// How the codes cross serde: as declared, else by value when every entry has one.
    pub serde: SerdeForm,
    /// `#[codes(check = ...)]`, when the table may have it (a mistake in it is reported).
    pub check: Option<CheckForm>,
    /// For a string table, the bytes an unknown value keeps inline: the declared `len` or
    /// `max_len`, else the longest value.
    pub capacity: usize,
    /// The columns to write a method for (those whose name clashes with nothing), each
    /// with its index among the declared ones, where `Variant::columns` has its value.
    pub columns: Vec<(usize, &'a Column)>,
    /// The values to compare with the constants the table mirrors (`#[equals(...)]`).
    pub equals: Vec<EqualsCheck<'a>>,
    /// The values entries declare for derived columns that may not be overridden, to
    /// compare with the function's.
    pub derived: Vec<DerivedCheck<'a>>,
    /// Each variant's class, by position among `table.classes`; empty for a table without,
    /// or whose methods `class` and `class_of_value` clash with a name (reported).
    pub classes: Vec<Option<usize>>,
    /// Whether the table gets its `url()` method: it has a URL template, and no entry,
    /// alias or column is named `url` (reported).
    pub url_method: bool,
}

/// An entry's declared value of a derived column, and the call that computes it.
pub struct DerivedCheck<'a> {
    pub entry: &'a Entry,
    pub column: &'a Column,
    pub derive: &'a Derive,
    /// The value as declared.
    pub declared: &'a TokenStream,
    /// `function(value)`.
    pub call: TokenStream,
    /// The entry's value as written in the call (`266`, `"42703"`).
    pub value: String,
}

/// An entry's value and the path of the constant it must equal.
pub struct EqualsCheck<'a> {
    pub entry: &'a Entry,
    pub value: i128,
    pub constant: TokenStream,
}

/// A variant of the enum.
pub struct Variant<'a> {
    pub entry: &'a Entry,
    /// Whether `value()` is `Some`: the entry was declared with a value.
    pub has_value: bool,
    /// The discriminant. In an integer table, the value, or for an entry without one (or
    /// whose value was wrong, already reported) a number in the type's range that no other
    /// variant has. In a string table, the position.
    pub discriminant: i128,
    /// A string table's value, `None` for an entry without one (or a wrong one, reported).
    pub string: Option<String>,
    /// The value of each of the table's columns, given or the default; `None` where a
    /// required one is missing (reported).
    pub columns: Vec<Option<TokenStream>>,
}

/// An associated constant equal to an earlier variant.
pub struct Alias<'a> {
    pub entry: &'a Entry,
    /// The position of the variant it stands for.
    pub target: usize,
}

pub fn check<'a>(invocation: &'a Invocation, errors: &mut Errors) -> Vec<Checked<'a>> {
    let mut seen: HashMap<String, &Table> = HashMap::new();
    let mut out = Vec::new();
    for table in &invocation.tables {
        let name = table.ident.to_string();
        if let Some(first) = seen.get(&name) {
            errors.push(error::duplicate_table(
                table.ident.span(),
                &name,
                first.ident.span(),
            ));
            continue;
        }
        seen.insert(name, table);
        out.push(check_table(table, errors));
    }
    out
}

/// What a name seen so far stands for.
#[derive(Clone, Copy)]
enum Named {
    /// The variant at this position.
    Variant(usize),
    /// An alias of the variant at this position.
    Alias(usize),
}

impl Named {
    fn position(self) -> usize {
        match self {
            Self::Variant(at) | Self::Alias(at) => at,
        }
    }
}

/// The state of one table's check, entry by entry.
struct TableCheck<'a, 'e> {
    table: &'a Table,
    errors: &'e mut Errors,
    /// Every name of the table, for telling "declared later" from "not declared".
    all_names: HashMap<&'a str, &'a Entry>,
    names: HashMap<&'a str, (Named, &'a Entry)>,
    folded: HashMap<String, &'a Entry>,
    values: HashMap<Key, (usize, &'a Entry)>,
    variants: Vec<Variant<'a>>,
    aliases: Vec<Alias<'a>>,
}

fn check_table<'a>(table: &'a Table, errors: &mut Errors) -> Checked<'a> {
    if table.body_is_empty {
        errors.push(error::empty_table(
            table.body_span,
            &table.ident.to_string(),
        ));
    }
    let mut all_names = HashMap::new();
    for entry in &table.entries {
        all_names.entry(entry.name.as_str()).or_insert(entry);
    }
    let mut check = TableCheck {
        table,
        errors,
        all_names,
        names: HashMap::new(),
        folded: HashMap::new(),
        values: HashMap::new(),
        variants: Vec::with_capacity(table.entries.len()),
        aliases: Vec::new(),
    };
    for entry in &table.entries {
        if table.file.is_some() {
            check.located_entry(entry);
        } else {
            check.entry(entry);
        }
    }
    forgotten_values(table, check.errors);
    history_checks(table, &check.variants, check.errors);
    // The entries whose value was wrong (reported), before they get a stand-in.
    let wrong: Vec<&str> = check
        .variants
        .iter()
        .filter(|v| v.entry.value.is_some() && v.discriminant == i128::MIN && v.string.is_none())
        .map(|v| v.entry.name.as_str())
        .collect();
    let repr = table.repr.unwrap_or(Repr::I32);
    assign_discriminants(&mut check.variants, repr, check.errors);
    drop_unplaced(&mut check.variants, &mut check.aliases);
    let without_value = table.entries.iter().find(|e| e.value.is_none());
    let serde = serde_form(table, without_value, check.errors);
    let check_form = check_form(table, repr, check.errors);
    if let (false, Some(span)) = (repr.is_str(), table.shape.first_span()) {
        check
            .errors
            .push(error::shape_on_integer_table(span, repr.name()));
    }
    if let (true, Some(span)) = (repr.is_str(), table.hex) {
        check.errors.push(error::hex_on_string_table(span));
    }
    let (columns, derived) =
        check_columns(table, &mut check.variants, &check.aliases, check.errors);
    let equals = equals_checks(table, &check.variants, &check.aliases, check.errors);
    let classes = classes_of(table, &check.variants, &check.aliases, &wrong, check.errors);
    let url_method = (table.url.as_ref())
        .is_some_and(|url| crate::url::check(url, &table.entries, &table.columns, check.errors));
    let declared = table.shape.len.or(table.shape.max_len).map(|(n, _)| n);
    let longest = check
        .variants
        .iter()
        .filter_map(|v| v.string.as_ref().map(String::len))
        .max();
    Checked {
        table,
        repr,
        variants: check.variants,
        aliases: check.aliases,
        has_missing_value: without_value.is_some(),
        serde,
        check: check_form,
        capacity: declared.or(longest).unwrap_or(1),
        columns,
        equals,
        derived,
        classes,
        url_method,
    }
}

/// The class of each variant (`#[classes(...)]`), by position among the classes; empty for
/// a table without classes, or with a name that its methods take (reported). An entry whose value was wrong (in `wrong`, reported) is not
/// reported again for being in no class.
fn classes_of(
    table: &Table,
    variants: &[Variant],
    aliases: &[Alias],
    wrong: &[&str],
    errors: &mut Errors,
) -> Vec<Option<usize>> {
    let Some(classes) = &table.classes else {
        return Vec::new();
    };
    if class::name_clashes(&table.entries, &table.columns, errors) {
        return Vec::new();
    }
    let is_str = table.repr.is_some_and(Repr::is_str);
    let members: Vec<class::Member> = variants
        .iter()
        .map(|v| class::Member {
            entry: v.entry,
            number: (v.has_value && !is_str).then_some(v.discriminant),
            text: v.string.as_deref(),
            reported: wrong.contains(&v.entry.name.as_str()),
        })
        .collect();
    let aliases: Vec<(&str, usize)> = aliases
        .iter()
        .map(|a| (a.entry.name.as_str(), a.target))
        .collect();
    class::assign(classes, &members, &aliases, errors)
}

/// The entries (variants and aliases) with a value, each with the constant it must equal:
/// the one its `#[equals(path)]` names, else the table's rule's (`module::PREFIX` and its
/// name), unless it says `#[equals(_)]`. An `#[equals]` on an entry without a value, or on a
/// string table, is reported.
fn equals_checks<'a>(
    table: &'a Table,
    variants: &[Variant<'a>],
    aliases: &[Alias<'a>],
    errors: &mut Errors,
) -> Vec<EqualsCheck<'a>> {
    if table.repr.is_some_and(Repr::is_str) {
        let spans = table.entries.iter().filter_map(|e| e.equals.as_ref());
        let rule = table.equals.as_ref().map(|rule| rule.span);
        for span in rule.into_iter().chain(spans.map(|(_, span)| *span)) {
            errors.push(error::equals_on_string_table(span));
        }
        return Vec::new();
    }
    if table.equals.is_none() && table.entries.iter().all(|e| e.equals.is_none()) {
        return Vec::new();
    }
    // The value of each name, variant or alias, that has one.
    let mut values: HashMap<&str, i128> = variants
        .iter()
        .filter(|v| v.has_value)
        .map(|v| (v.entry.name.as_str(), v.discriminant))
        .chain(aliases.iter().filter_map(|a| {
            let target = variants.get(a.target)?;
            target
                .has_value
                .then_some((a.entry.name.as_str(), target.discriminant))
        }))
        .collect();
    let mut checks = Vec::new();
    for entry in &table.entries {
        if let (Some((Equals::Constant(_), span)), None) = (&entry.equals, &entry.value) {
            errors.push(error::equals_without_value(*span, &entry.name));
        }
        // Taken out, so that a name declared twice (reported) is checked once.
        let Some(value) = values.remove(entry.name.as_str()) else {
            continue;
        };
        let constant = match (&entry.equals, &table.equals) {
            (Some((Equals::Skip, _)), _) | (None, None) => continue,
            (Some((Equals::Constant(path), _)), _) => path.to_token_stream(),
            (None, Some(rule)) => {
                let name = format!("{}{}", rule.prefix, entry.name);
                // A keyword (`type`) names its constant raw (`r#type`).
                let span = entry.ident.span();
                let ident = match syn::parse_str::<Ident>(&name) {
                    Ok(_) => Ident::new(&name, span),
                    Err(_) => Ident::new_raw(&name, span),
                };
                let module = &rule.module;
                quote::quote!(#module #ident)
            }
        };
        checks.push(EqualsCheck {
            entry,
            value,
            constant,
        });
    }
    checks
}

/// Reports the entries written without a value (and without `= _`) in a table whose other
/// entries have values: a C habit (`NAME => "..."`) that would otherwise leave the code out
/// of every lookup by value. A table where no entry has a value is left as it is.
fn forgotten_values(table: &Table, errors: &mut Errors) {
    let Some(first) = table
        .entries
        .iter()
        .find(|e| e.value.is_some() && !e.is_alias())
    else {
        return;
    };
    let forgotten = table
        .entries
        .iter()
        .filter(|e| e.value.is_none() && e.no_value.is_none() && !e.is_alias());
    for entry in forgotten {
        errors.push(error::value_forgotten(
            entry.ident.span(),
            &entry.name,
            &first.name,
        ));
    }
}

/// When one of two entries of one value is retired, the error for reusing its value (on the
/// other entry, whichever comes first); `None` when neither is.
fn reused_retired(entry: &Entry, first: &Entry, key: &Key) -> Option<syn::Error> {
    let (reuser, retired, retired_at) = match (&entry.retired, &first.retired) {
        (_, Some(retired)) => (entry, first, retired.span),
        (Some(retired), None) => (first, entry, retired.span),
        (None, None) => return None,
    };
    let tokens = &reuser.value.as_ref()?.tokens;
    Some(error::retired_value_taken(
        tokens,
        &reuser.name,
        key,
        retired_at,
        &retired.name,
    ))
}

/// The checks of a table's history: no entry or alias takes a reserved name, no variant a
/// reserved value, and each replacement of a retired code names a code that is not retired.
/// Run before the discriminants are assigned, so that only values that were written and
/// sound are compared.
fn history_checks(table: &Table, variants: &[Variant], errors: &mut Errors) {
    let reserved = &table.reserved;
    for entry in &table.entries {
        let name = reserved.names.iter().find(|n| n.unraw() == entry.name);
        if let Some(reservation) = name {
            errors.push(error::reserved_name_taken(
                &entry.ident,
                &entry.name,
                reservation.span(),
            ));
        }
    }
    for variant in variants {
        let Some(written) = &variant.entry.value else {
            continue;
        };
        let key = match &variant.string {
            Some(text) => Key::Str(text.clone()),
            None if variant.discriminant == i128::MIN => continue,
            None => Key::Int(variant.discriminant),
        };
        let covering = reserved.values.iter().find(|r| match (&r.kind, &key) {
            (ReservedKind::Range(low, high), Key::Int(n)) => low <= n && n <= high,
            (ReservedKind::Str(text), Key::Str(value)) => text == value,
            _ => false,
        });
        if let Some(reservation) = covering {
            errors.push(error::reserved_value_taken(
                &written.tokens,
                &variant.entry.name,
                &key,
                reservation,
            ));
        }
    }
    let replacements = table
        .entries
        .iter()
        .filter_map(|e| e.retired.as_ref()?.replacement.as_ref());
    for replacement in replacements {
        let name = replacement.unraw().to_string();
        match table.entries.iter().find(|e| e.name == name) {
            None => errors.push(error::unknown_replacement(replacement, &name)),
            Some(target) => {
                if let Some(retired) = &target.retired {
                    errors.push(error::retired_replacement(replacement, &name, retired.span));
                }
            }
        }
    }
}

/// How the codes cross serde: as `#[codes(serde = ...)]` says, else by value, or by name
/// for a table with an entry without a value (`without_value`), which has no value to write.
fn serde_form(table: &Table, without_value: Option<&Entry>, errors: &mut Errors) -> SerdeForm {
    match (table.serde, without_value) {
        (Some((SerdeForm::Value, span)), Some(entry)) => {
            errors.push(error::serde_by_value_without_values(
                span,
                entry.ident.span(),
                &entry.name,
            ));
            SerdeForm::Name
        }
        (Some((form, _)), _) => form,
        (None, Some(_)) => SerdeForm::Name,
        (None, None) => SerdeForm::Value,
    }
}

/// The table's `check` form: `None` without the option, or when it cannot apply (a string
/// table, a negative failure in an unsigned one) or an entry is named `check` (reported).
fn check_form(table: &Table, repr: Repr, errors: &mut Errors) -> Option<CheckForm> {
    let (form, span) = table.check?;
    if repr.is_str() {
        errors.push(error::check_on_string_table(span));
        return None;
    }
    let signed = repr.range().is_some_and(|(min, _)| min < 0);
    if form != CheckForm::Nonzero && !signed {
        errors.push(error::check_on_unsigned_table(
            span,
            form.name(),
            repr.name(),
        ));
        return None;
    }
    if let Some(clash) = table.entries.iter().find(|e| e.name == "check") {
        errors.push(error::check_entry_clash(clash.ident.span(), span));
        return None;
    }
    Some(form)
}

impl<'a> TableCheck<'a, '_> {
    /// Checks an entry of a table read from a data file: the messages about an entry of the
    /// file name its place there, and a note about another such entry names that one's.
    fn located_entry(&mut self, entry: &'a Entry) {
        let earlier = std::mem::take(self.errors);
        self.entry(entry);
        let found = std::mem::replace(self.errors, earlier).take();
        if let Some(found) = found {
            let all_names = &self.all_names;
            let note_at = |name: &str| all_names.get(name).and_then(|e| e.origin.clone());
            self.errors
                .push(error::located(found, entry.origin.as_deref(), &note_at));
        }
    }

    fn entry(&mut self, entry: &'a Entry) {
        if !self.name_is_new(entry) {
            return;
        }
        let named = if entry.is_alias() {
            let Some(target) = self.alias_target(entry) else {
                return;
            };
            self.aliases.push(Alias { entry, target });
            Named::Alias(target)
        } else {
            match self.variant(entry) {
                Ok(position) => Named::Variant(position),
                Err(first) => {
                    // A duplicate value (reported): emitted as an alias of the first entry,
                    // so that uses of the name still resolve.
                    self.aliases.push(Alias {
                        entry,
                        target: first,
                    });
                    Named::Alias(first)
                }
            }
        };
        self.names.insert(&entry.name, (named, entry));
        self.folded.insert(entry.name.to_ascii_lowercase(), entry);
    }

    /// Reports a name used before, exactly or ignoring ASCII case.
    fn name_is_new(&mut self, entry: &Entry) -> bool {
        if let Some((_, first)) = self.names.get(entry.name.as_str()) {
            self.errors.push(error::duplicate_name(
                entry.ident.span(),
                &entry.name,
                first.ident.span(),
            ));
            return false;
        }
        if let Some(first) = self.folded.get(&entry.name.to_ascii_lowercase()) {
            self.errors.push(error::names_differ_in_case(
                entry.ident.span(),
                &entry.name,
                first.ident.span(),
                &first.name,
            ));
            return false;
        }
        true
    }

    /// A new variant's position, or the position of the variant whose value it repeats
    /// (reported).
    fn variant(&mut self, entry: &'a Entry) -> Result<usize, usize> {
        let position = self.variants.len();
        let key = self.key(entry);
        if let (Some(key), Some(written)) = (&key, &entry.value) {
            if let Some((first, first_entry)) = self.values.get(key) {
                if let Some(error) = reused_retired(entry, first_entry, key) {
                    self.errors.push(error);
                    return Err(*first);
                }
                self.errors.push(error::duplicate_value(
                    &written.tokens,
                    &entry.name,
                    key,
                    first_entry.value_end(),
                    &first_entry.name,
                ));
                return Err(*first);
            }
            self.values.insert(key.clone(), (position, entry));
        }
        let (discriminant, string) = match key {
            Some(Key::Int(n)) => (n, None),
            Some(Key::Str(text)) => (position_discriminant(position), Some(text)),
            // Placeholder for an integer table's entries without a usable value; see
            // `assign_discriminants`.
            None if !self.is_str() => (i128::MIN, None),
            None => (position_discriminant(position), None),
        };
        self.variants.push(Variant {
            entry,
            has_value: entry.value.is_some(),
            discriminant,
            string,
            columns: Vec::new(),
        });
        Ok(position)
    }

    fn is_str(&self) -> bool {
        self.table.repr.is_some_and(Repr::is_str)
    }

    /// The entry's value as a key, checked against the table's type (reported when wrong).
    fn key(&mut self, entry: &Entry) -> Option<Key> {
        let written = entry.value.as_ref()?;
        if let Some(text) = &written.text {
            check_string(&self.table.shape, entry, text, self.errors)?;
            return Some(Key::Str(text.clone()));
        }
        let number = if written.expr {
            self.evaluate(entry, &written.tokens)?
        } else {
            written.number?
        };
        let number = self.in_declared_range(&written.tokens, number)?;
        if written.expr {
            Some(Key::Int(number))
        } else {
            check_value(self.table.repr, entry, number, self.errors).map(Key::Int)
        }
    }

    /// The value unless the table's type keeps to a narrower range than the type it is
    /// evaluated in, and the value is outside it (reported): `c_char`'s `0..=127`, the same
    /// on every target. Any other value is checked against its type as a literal or while
    /// it is evaluated.
    fn in_declared_range(&mut self, tokens: &TokenStream, value: i128) -> Option<i128> {
        let repr = self.table.repr?;
        let (Some((min, max)), Some(ty)) = (repr.range(), repr.ty()) else {
            return Some(value);
        };
        let narrower = (min, max) != (ty.min(), ty.max());
        if narrower && (value < min || value > max) {
            self.errors
                .push(error::c_char_range(tokens, value, repr.name(), min, max));
            return None;
        }
        Some(value)
    }

    /// The value of an expression, evaluated with the entries declared before `entry` in
    /// scope; `None` after reporting why it has none.
    fn evaluate(&mut self, entry: &Entry, tokens: &TokenStream) -> Option<i128> {
        let ty = self.table.repr?.ty()?;
        let scope = Earlier {
            check: self,
            ty,
            entry,
        };
        match eval::evaluate(tokens.clone(), ty, &scope) {
            Ok(value) => Some(value),
            Err(problem) => {
                let later = match &*problem.kind {
                    eval::Kind::Name {
                        name,
                        why: Refused::Later,
                    } => self.all_names.get(name.as_str()).map(|later| {
                        error::name_declared_later(&problem.at, name, later.ident.span())
                    }),
                    _ => None,
                };
                if let Some(error) = later.or_else(|| error::expression(&problem, ty, tokens)) {
                    self.errors.push(error);
                }
                None
            }
        }
    }

    /// The position of the variant an alias stands for; `None` (reported) when there is
    /// none to stand for.
    fn alias_target(&mut self, entry: &'a Entry) -> Option<usize> {
        let written = entry.value.as_ref();
        let attr = entry.alias.as_ref();
        if let Some(target) = written.and_then(|v| v.target.as_ref()) {
            // Without `r#`, as the names are kept: `ALIAS = r#type` names `r#type = 1`.
            let name = target.unraw().to_string();
            if let Some((named, _)) = self.names.get(name.as_str()) {
                return Some(named.position());
            }
            if name == entry.name {
                self.errors.push(error::alias_of_itself(target, &name));
                return None;
            }
            let later = self
                .all_names
                .get(name.as_str())
                .filter(|later| later.name != entry.name)
                .map(|later| later.ident.span());
            self.errors
                .push(error::alias_of_unknown(target, &entry.name, &name, later));
            return None;
        }
        let attr = attr?;
        if written.is_none() {
            self.errors
                .push(error::alias_without_value(attr, &entry.name));
            return None;
        }
        let key = self.key(entry)?;
        match self.values.get(&key) {
            Some((first, _)) => Some(*first),
            None => {
                self.errors
                    .push(error::alias_without_original(attr, &entry.name, &key));
                None
            }
        }
    }
}

/// The names an expression of `entry` may read: the entries and aliases declared before it.
struct Earlier<'c, 'a, 'e> {
    check: &'c TableCheck<'a, 'e>,
    ty: Ty,
    entry: &'c Entry,
}

impl Scope for Earlier<'_, '_, '_> {
    fn ty(&self) -> Ty {
        self.ty
    }

    fn value_of(&self, name: &proc_macro2::Ident) -> Result<i128, Refused> {
        let name = name.unraw().to_string();
        let Some((named, entry)) = self.check.names.get(name.as_str()) else {
            return Err(match self.check.all_names.get(name.as_str()) {
                Some(_) if name != self.entry.name => Refused::Later,
                Some(_) => Refused::Itself,
                None => Refused::Unknown,
            });
        };
        let variant = &self.check.variants[named.position()];
        match (&entry.value, variant.has_value) {
            (_, true) if variant.discriminant != i128::MIN => Ok(variant.discriminant),
            // Its value was wrong, and is reported on its own entry.
            (Some(_), _) => Err(Refused::Reported),
            (None, _) => Err(Refused::NoValue),
        }
    }
}

/// Gives each variant without a usable value (those holding the `i128::MIN` placeholder) a
/// discriminant no other variant has: the numbers after the largest value, then any free
/// number of the type from its smallest up.
fn assign_discriminants(variants: &mut [Variant], repr: Repr, errors: &mut Errors) {
    let is_free = |v: &Variant| v.discriminant == i128::MIN;
    if !variants.iter().any(is_free) {
        return;
    }
    let used: BTreeSet<i128> = variants
        .iter()
        .filter(|v| !is_free(v))
        .map(|v| v.discriminant)
        .collect();
    let Some((min, max)) = repr.portable_range() else {
        return;
    };
    let start = used.last().map_or(0, |last| last + 1).max(min);
    let mut candidates = (start..=max)
        .chain(min..start)
        .filter(|n| !used.contains(n));
    for variant in variants.iter_mut().filter(|v| is_free(v)) {
        match candidates.next() {
            Some(n) => variant.discriminant = n,
            None => {
                errors.push(error::no_room(variant.entry.ident.span(), repr.name()));
                return;
            }
        }
    }
}

/// Drops the variants left without a discriminant (`no_room`, reported), and the aliases of
/// them, renumbering the other aliases' targets: the placeholder is no value of the type.
fn drop_unplaced(variants: &mut Vec<Variant>, aliases: &mut Vec<Alias>) {
    if variants.iter().all(|v| v.discriminant != i128::MIN) {
        return;
    }
    let mut kept = 0;
    let renumbered: Vec<Option<usize>> = variants
        .iter()
        .map(|v| {
            (v.discriminant != i128::MIN).then(|| {
                kept += 1;
                kept - 1
            })
        })
        .collect();
    variants.retain(|v| v.discriminant != i128::MIN);
    aliases.retain_mut(|alias| match renumbered[alias.target] {
        Some(target) => {
            alias.target = target;
            true
        }
        None => false,
    });
}

/// The value if it fits the table's type and its suffix matches; reports it otherwise.
fn check_value(
    repr: Option<Repr>,
    entry: &Entry,
    number: i128,
    errors: &mut Errors,
) -> Option<i128> {
    let repr = repr?;
    let written = entry.value.as_ref()?;
    let ty = repr.ty()?;
    if !written.suffix.is_empty() && written.suffix != ty.name() {
        errors.push(error::suffix_mismatch(
            entry.value_end(),
            &written.suffix,
            ty.name(),
        ));
        return None;
    }
    if let Err(eval::Kind::LiteralRange { wraps_to, fits, .. }) = eval::literal_in(number, ty) {
        let tokens = &written.tokens;
        errors.push(error::literal_out_of_range(
            tokens, number, ty, wraps_to, fits,
        ));
        return None;
    }
    Some(number)
}

/// A string table's discriminant: the position.
fn position_discriminant(position: usize) -> i128 {
    i128::try_from(position).unwrap_or(i128::MAX)
}

/// Whether a string value is not empty and has the table's shape; reports it otherwise.
fn check_string(shape: &Shape, entry: &Entry, text: &str, errors: &mut Errors) -> Option<()> {
    let tokens = &entry.value.as_ref()?.tokens;
    if text.is_empty() {
        errors.push(error::empty_string_value(tokens));
        return None;
    }
    let expected = match (&shape.len, &shape.max_len) {
        (Some((len, _)), _) if text.len() != *len => Some(Len::Exactly(*len)),
        (_, Some((max, _))) if text.len() > *max => Some(Len::AtMost(*max)),
        _ => None,
    };
    if let Some(expected) = expected {
        errors.push(error::wrong_len(tokens, text, text.len(), expected));
        return None;
    }
    if let Some(chars) = &shape.chars {
        let outside = text.chars().find(|c| {
            !chars
                .ranges
                .iter()
                .any(|(low, high)| (low..=high).contains(&c))
        });
        if let Some(c) = outside {
            errors.push(error::wrong_char(tokens, text, c, &chars.written));
            return None;
        }
    }
    Some(())
}

/// Checks the table's columns and each entry's column values, filling in each variant's
/// values; returns the columns to write methods for, and the declared values of derived
/// columns to compare with the function's.
fn check_columns<'a>(
    table: &'a Table,
    variants: &mut [Variant<'a>],
    aliases: &[Alias],
    errors: &mut Errors,
) -> (Vec<(usize, &'a Column)>, Vec<DerivedCheck<'a>>) {
    let declared: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
    let mut derived = Vec::new();
    for variant in variants.iter_mut() {
        let value = derivable_value(table, variant);
        let entry = variant.entry;
        variant.columns = located(entry, errors, |errors| {
            column_values(
                table,
                entry,
                value.as_ref().map(Option::as_ref),
                &declared,
                errors,
                &mut derived,
            )
        });
    }
    for alias in aliases {
        if let Some(first) = alias.entry.columns.first() {
            errors.push(error::columns_on_alias(
                first.ident.span(),
                &alias.entry.name,
            ));
        }
    }
    let methods = table
        .columns
        .iter()
        .enumerate()
        .filter(|(_, column)| {
            let (span, name) = (column.ident.span(), column.name.as_str());
            let clash = match names::taken(&column.ident) {
                Some(Taken::Reserved) => Some(error::column_reserved(span, name)),
                // The method of `#[codes(check = ...)]`.
                None if name == "check" && table.check.is_some() => {
                    Some(error::column_reserved(span, name))
                }
                Some(Taken::Keyword) => Some(error::column_keyword(span, name)),
                None => table
                    .entries
                    .iter()
                    .any(|e| e.name == column.name)
                    .then(|| error::column_entry(span, name)),
            };
            match clash {
                Some(clash) => {
                    errors.push(clash);
                    false
                }
                None => true,
            }
        })
        .collect();
    (methods, derived)
}

/// What `check` finds, with its messages naming the entry's place in its data file when it
/// was read from one.
fn located<T>(entry: &Entry, errors: &mut Errors, check: impl FnOnce(&mut Errors) -> T) -> T {
    let Some(origin) = &entry.origin else {
        return check(errors);
    };
    let mut found = Errors::default();
    let out = check(&mut found);
    if let Some(found) = found.take() {
        errors.push(error::located(found, Some(origin), &|_| None));
    }
    out
}

/// What a derived column is computed from: the entry's value as a literal, `Ok(None)` for
/// an entry declared without one, `Err(())` for a wrong one (already reported).
fn derivable_value(table: &Table, variant: &Variant) -> Result<Option<Literal>, ()> {
    if !variant.has_value {
        return Ok(None);
    }
    if table.repr.is_some_and(Repr::is_str) {
        return variant
            .string
            .as_deref()
            .map(Literal::string)
            .map(Some)
            .ok_or(());
    }
    Ok(Some(Literal::i128_unsuffixed(variant.discriminant)))
}

/// One entry's value of each column: given, the default, or computed from the entry's
/// `value` by a derived column's function; `None` for a required column not given
/// (reported). Unknown and repeated columns are reported, and an entry without a value that
/// does not give a derived column. A given value of a derived column that may not be
/// overridden goes to `derived`, to be compared with the function's.
fn column_values<'a>(
    table: &'a Table,
    entry: &'a Entry,
    value: Result<Option<&Literal>, &()>,
    declared: &[&str],
    errors: &mut Errors,
    derived: &mut Vec<DerivedCheck<'a>>,
) -> Vec<Option<TokenStream>> {
    let mut given: Vec<Option<&crate::ast::ColumnValue>> = vec![None; declared.len()];
    for value in &entry.columns {
        let Some(at) = declared.iter().position(|c| *c == value.name) else {
            errors.push(error::unknown_column(
                value.ident.span(),
                &value.name,
                declared,
            ));
            continue;
        };
        match given[at] {
            Some(first) => errors.push(error::repeated_column_value(
                value.ident.span(),
                &value.name,
                first.ident.span(),
            )),
            None => given[at] = Some(value),
        }
    }
    let call = |derive: &Derive, value: &Literal| {
        let function = &derive.function;
        let span = function
            .segments
            .last()
            .map_or_else(proc_macro2::Span::call_site, |segment| segment.ident.span());
        quote_spanned!(span=> #function(#value))
    };
    table
        .columns
        .iter()
        .zip(given)
        .map(
            |(column, given)| match (given, &column.default, &column.derive) {
                (Some(given), _, Some(derive)) => {
                    if let (false, Ok(Some(value))) = (derive.overridable, value) {
                        derived.push(DerivedCheck {
                            entry,
                            column,
                            derive,
                            declared: &given.value,
                            call: call(derive, value),
                            value: value.to_string(),
                        });
                    }
                    Some(given.value.clone())
                }
                (Some(given), _, None) => Some(given.value.clone()),
                (None, Some(default), _) => Some(default.clone()),
                (None, None, Some(derive)) => match value {
                    Ok(Some(value)) => Some(call(derive, value)),
                    Ok(None) => {
                        errors.push(error::derived_without_value(
                            entry.ident.span(),
                            &entry.name,
                            &column.name,
                        ));
                        None
                    }
                    Err(()) => None,
                },
                (None, None, None) => {
                    errors.push(error::missing_column(
                        entry.ident.span(),
                        &entry.name,
                        &column.name,
                    ));
                    None
                }
            },
        )
        .collect()
}
