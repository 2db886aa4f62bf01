//! [`Explain`]: the `explain` command line over any list of tables: looks a value, a name or
//! a word up in every table it knows (those it is built with, and those `--tables` reads
//! from `codetable/1` JSON exports) and prints the entries it finds. The search and the
//! printing are [`crate::search`] and [`crate::render`]; this is the command line around
//! them.

use crate::{find, render, select_tables, unknowns, Query, Style};
use clap::{CommandFactory, FromArgMatches, Parser};
use codetable::export::{Format, Options};
use codetable::Table;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;

/// The name of the command running ([`Explain::name`]), for the messages on stderr.
static NAME: OnceLock<String> = OnceLock::new();

fn command_name() -> &'static str {
    NAME.get().map_or("explain", String::as_str)
}

/// The examples of `--help` for any tables (those of a team's own binary): the arguments,
/// and what they ask.
const EXAMPLES: &[(&str, &str)] = &[
    ("501", "every code whose value is 501, in every table"),
    (
        "-- -17",
        "a negative value: finds -17 and 17 (also: -17 alone)",
    ),
    ("0x1F5", "values may be written in hexadecimal"),
    ("NOT_FOUND", "a code by name or alias (any case: not_found)"),
    (
        "timeout",
        "codes whose name or description mentions \"timeout\"",
    ),
    (
        "--table http 404",
        "search one table (any case, a prefix is enough)",
    ),
    ("--details 503", "add the long explanation of each code"),
    ("--list", "every table, as aligned text"),
    ("--json 404", "the answer as JSON, one object per code"),
    (
        "--export json > codes.json",
        "every table as a codetable/1 JSON export",
    ),
    (
        "--tables codes.json 404",
        "also search the tables of a JSON export (repeatable)",
    ),
    (
        "--check-compat codes.json",
        "is every table of a release's snapshot still compatible?",
    ),
];

/// [`EXAMPLES`] as `--help` lists them, for the command `name`.
fn examples_of(name: &str) -> String {
    let width = EXAMPLES
        .iter()
        .map(|(args, _)| args.len())
        .max()
        .unwrap_or(0)
        + name.len()
        + 3;
    let mut text = "Examples:".to_owned();
    for (args, what) in EXAMPLES {
        text.push_str(&format!("\n  {:<width$}{what}", format!("{name} {args}")));
    }
    text
}

const EXIT_STATUS: &str = "\
Exit status: 0 when a code was found; 1 when none was: a number is then printed, for each
integer table searched whose type holds it, as a value that table does not know (and any
query, for each string table that --table names, as a code it does not know), and anything
else gets a one-line message on stderr; 2 for bad arguments, and for a --tables file that cannot be read or is no codetable/1
document.
With --check-compat: 0 when the tables are compatible with the snapshot, 1 when a change
breaks stored or sent data, 2 when the snapshot cannot be read.";

/// The `--help` description of a team's `explain`.
const ABOUT: &str = "What does this code mean? Looks a code up in every table this explain \
                     knows (those it was built with, and those --tables reads from JSON \
                     exports) and prints, for each entry found, its table, name, value and \
                     description; deprecated entries are marked.\n\n\
                     A number finds the codes with that value (a negative number also its \
                     absolute value); a value no table searched knows is said to be so, per \
                     table. Anything else finds the codes of that name or alias, ignoring \
                     ASCII case, or else the codes whose name, aliases, description (in any \
                     language) or string value contain it.";

/// What does this code mean? Looks up error and status codes by value, name or words.
#[derive(Debug, Parser)]
#[command(name = "explain", version)]
struct Cli {
    /// A value (501, -17, 0x1F5, 42P01, invalid_grant), a name or an alias (LOGIN_E_NET, in
    /// any case) or words to look for in names and descriptions (token).
    #[arg(
        value_name = "CODE",
        required_unless_present_any = ["list", "export", "check_compat"],
        allow_negative_numbers = true,
        value_parser = non_empty
    )]
    query: Option<String>,

    /// Search only this table: its name in any case, or the start of it (`signaling` for
    /// SignalingError, `native` for both NativeError and NativeWarning).
    #[arg(short, long, value_name = "TABLE")]
    table: Option<String>,

    /// Print whole tables instead of searching: every table, or those TABLE names (as for
    /// --table).
    #[arg(short, long, value_name = "TABLE", conflicts_with = "query")]
    list: Option<Option<String>>,

    /// Also search the tables of FILE, a JSON export of schema codetable/1 (`--export
    /// json`, of this explain or another team's), answering for them as for the tables
    /// explain is built with; a table of the name of one of those replaces it. Repeatable;
    /// two files with a table of the same name are an error.
    #[arg(long = "tables", value_name = "FILE.json")]
    tables: Vec<PathBuf>,

    /// Print descriptions in this language (`zh`, `en`) where a table has it; where a table
    /// does not, its default language is used and a note says so.
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,

    /// Add each code's long explanation, where it has one.
    #[arg(short, long)]
    details: bool,

    /// Print the answer as JSON: an array with one object per code: table, known: true,
    /// value (a number, or a string for a table of strings such as SqlState; null when none), code (the
    /// code as the table's serde impls write it: its value or its name), lang and
    /// description (in that language), entry (the code's object in `--export json`, schema
    /// codetable/1: name, value, descriptions in every language, details, deprecated,
    /// columns) and aliases (their objects there: name, alias_of, value, own descriptions,
    /// details, deprecated). A value no table knows gives an object per table with known:
    /// false, code the value, and entry null.
    #[arg(long)]
    json: bool,

    /// Write whole tables (every table, or those --table names) as a documentation page
    /// (`markdown`), a C header (`c`), JSON (`json`, schema `codetable/1`) or CSV (`csv`);
    /// with --lang, in that language.
    #[arg(
        long,
        value_name = "FORMAT",
        conflicts_with_all = ["query", "list", "json"],
        value_parser = format_named
    )]
    export: Option<Format>,

    /// With --export: compare what it writes with FILE instead of printing it, and exit
    /// with 1 when they differ (a CI step that keeps a committed page or header in step).
    #[arg(long, value_name = "FILE", requires = "export")]
    check: Option<PathBuf>,

    /// Compare FILE, a JSON snapshot of tables (`--export json` of a release), with the
    /// tables now, and list every change that breaks stored or sent data (renumbered,
    /// removed, reused, serde form, value type), then warnings (new, retired, renamed codes,
    /// changed descriptions). Compares the snapshot's tables, or those --table names. Exit
    /// status: 0 compatible, 1 breaking, 2 bad input. With --json, the report as JSON.
    #[arg(
        long,
        value_name = "FILE",
        conflicts_with_all = ["query", "list", "export", "details", "lang"]
    )]
    check_compat: Option<PathBuf>,
}

/// A format of `--export`.
fn format_named(name: &str) -> Result<Format, String> {
    Format::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        format!("no such format (explain writes {})", names.join(", "))
    })
}

/// `--export`: the tables in `format`, printed or, with `--check`, compared with a file.
fn export(format: Format, scope: &[Table], lang: Option<&str>, check: Option<&Path>) -> ExitCode {
    let langs: Vec<&str> = lang.into_iter().collect();
    let mut options = Options::new();
    if !langs.is_empty() {
        options = options.langs(&langs);
    }
    let mut out = String::new();
    if let Err(err) = format.write(&mut out, scope, &options) {
        return nothing(&format!("cannot write the {format} export: {err}"));
    }
    let Some(file) = check else {
        return print(&out, ExitCode::SUCCESS);
    };
    match std::fs::read_to_string(file) {
        Ok(written) if written == out => ExitCode::SUCCESS,
        Ok(_) => nothing(&format!(
            "{} is not what `{} --export {format}` writes now: regenerate it",
            file.display(),
            command_name()
        )),
        Err(err) => nothing(&format!("cannot read {}: {err}", file.display())),
    }
}

/// `--check-compat FILE`: the report on stdout, exit status 0 (compatible) or 1 (breaking);
/// a file that cannot be read, or is no `codetable/1` snapshot, is 2 with a message on
/// stderr. Without `named` (--table), the tables explain knows by the snapshot's names.
fn check_compat(file: &Path, known: &[Table], named: Option<&[Table]>, json: bool) -> ExitCode {
    let snapshot = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(err) => return bad_input(format!("cannot read {}: {err}", file.display())),
    };
    let tables: Vec<Table> = named.map_or_else(
        || {
            let names = crate::snapshot_tables(&snapshot);
            known
                .iter()
                .filter(|t| names.iter().any(|n| n == t.name()))
                .copied()
                .collect()
        },
        <[Table]>::to_vec,
    );
    match codetable::compat::check(&snapshot, &tables) {
        Ok(report) => {
            let answer = if json {
                report.to_json()
            } else {
                report.to_string()
            };
            print(&answer, ExitCode::from(report.exit_code()))
        }
        Err(err) => bad_input(format!("{}: {err}", file.display())),
    }
}

/// Bad input (a file that cannot be read, a snapshot or export that is no `codetable/1`
/// document): one line on stderr, exit status 2.
fn bad_input(message: String) -> ExitCode {
    let _ = writeln!(io::stderr(), "{}: {message}", command_name());
    ExitCode::from(2)
}

/// The tables of the `--tables` files, each read once, in order; a file that cannot be read
/// or loaded, or a table name two files share, is an error (its message).
fn load(files: &[PathBuf]) -> Result<Vec<Table>, String> {
    let mut loaded: Vec<(Table, &Path)> = Vec::new();
    for (at, file) in files.iter().enumerate() {
        if files[..at].contains(file) {
            return Err(format!("{}: given twice to --tables", file.display()));
        }
        let text = std::fs::read_to_string(file)
            .map_err(|err| format!("cannot read {}: {err}", file.display()))?;
        let tables =
            codetable::load::tables(&text).map_err(|err| format!("{}: {err}", file.display()))?;
        for table in tables {
            if let Some((_, other)) = loaded.iter().find(|(t, _)| t.name() == table.name()) {
                return Err(format!(
                    "{}: the table {} is also in {}",
                    file.display(),
                    table.name(),
                    other.display()
                ));
            }
            loaded.push((table, file));
        }
    }
    Ok(loaded.into_iter().map(|(table, _)| table).collect())
}

/// The tables explain knows: `built_in`, each replaced by a loaded table of its name, then
/// the other loaded tables.
fn known_tables(built_in: &[Table], loaded: &[Table]) -> Vec<Table> {
    let mut tables: Vec<Table> = built_in
        .iter()
        .map(|t| *loaded.iter().find(|l| l.name() == t.name()).unwrap_or(t))
        .collect();
    let extra = loaded
        .iter()
        .filter(|l| !built_in.iter().any(|t| t.name() == l.name()));
    tables.extend(extra);
    tables
}

fn non_empty(query: &str) -> Result<String, String> {
    if query.trim().is_empty() {
        Err("the code to explain is empty: give a value, a name or a word".to_owned())
    } else {
        Ok(query.to_owned())
    }
}

/// The end of `--help`: the examples, then the tables with their languages.
fn long_help_end(examples: &str, tables: &[Table]) -> String {
    let tables: Vec<String> = tables
        .iter()
        .map(|t| {
            format!(
                "  {} ({}; {})",
                t.name(),
                render::counted(t),
                t.langs().join(", ")
            )
        })
        .collect();
    format!(
        "{examples}\n\nTables:\n{}\n\n{EXIT_STATUS}",
        tables.join("\n")
    )
}

/// The `explain` command line over a list of tables: a binary's whole `main`.
///
/// ```no_run
/// codetable::define_codes! {
///     /// Our service's statuses.
///     pub enum Status: u16 {
///         OK = 200 => "Fine.",
///     }
/// }
///
/// fn main() -> std::process::ExitCode {
///     codetable_explain::Explain::new(&[codetable::Table::of::<Status>()])
///         .name("status")
///         .run()
/// }
/// ```
///
/// It reads the process's arguments and answers as the built-in `explain` does (`--help`
/// says how); `--tables FILE.json` adds the tables of `codetable/1` exports.
#[derive(Clone, Debug)]
#[must_use]
pub struct Explain {
    tables: Vec<Table>,
    name: String,
    about: String,
    /// `None`: [`EXAMPLES`].
    examples: Option<String>,
}

impl Explain {
    /// `explain` over `tables`, searched and printed in this order.
    pub fn new(tables: &[Table]) -> Self {
        Self {
            tables: tables.to_vec(),
            name: "explain".to_owned(),
            about: ABOUT.to_owned(),
            examples: None,
        }
    }

    /// The command's name in `--help` and its usage line (`explain` unless said).
    pub fn name(self, name: &str) -> Self {
        Self {
            name: name.to_owned(),
            ..self
        }
    }

    /// The description `--help` starts with.
    pub fn about(self, about: &str) -> Self {
        Self {
            about: about.to_owned(),
            ..self
        }
    }

    /// The examples `--help` lists, from a line `Examples:` on (by default, examples that
    /// hold for any tables).
    pub fn examples(self, examples: &str) -> Self {
        Self {
            examples: Some(examples.to_owned()),
            ..self
        }
    }

    /// Reads the process's arguments and answers; the exit status is `explain`'s (see
    /// `--help`). Prints clap's message and exits for bad arguments, `--help` and
    /// `--version`.
    pub fn run(self) -> ExitCode {
        let _ = NAME.set(self.name.clone());
        let matches = Cli::command()
            .name(self.name.clone())
            .after_help(format!("Run `{} --help` for examples.", self.name))
            .bin_name(self.name.clone())
            .long_about(self.about.clone())
            .after_long_help(long_help_end(
                &self
                    .examples
                    .clone()
                    .unwrap_or_else(|| examples_of(&self.name)),
                &self.tables,
            ))
            .get_matches();
        let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.exit());
        let loaded = match load(&cli.tables) {
            Ok(loaded) => loaded,
            Err(message) => return bad_input(message),
        };
        answer(cli, &known_tables(&self.tables, &loaded), &self.name)
    }
}

/// The tables `name` (an argument of `--table` or `--list`) designates among `known`; a name
/// that designates none is a usage error (exit status 2).
fn named(known: &[Table], name: &str, arg: &str, bin: &str) -> Vec<Table> {
    select_tables(known, name).unwrap_or_else(|err| {
        Cli::command()
            .name(bin.to_owned())
            .bin_name(bin.to_owned())
            .error(
                clap::error::ErrorKind::InvalidValue,
                format!("invalid value '{name}' for '{arg}': {err}"),
            )
            .exit()
    })
}

/// The answer to the parsed command line, over the tables explain knows.
fn answer(cli: Cli, known: &[Table], bin: &str) -> ExitCode {
    let style = Style {
        lang: cli.lang,
        details: cli.details,
    };
    let mut scope: Vec<Table> = known.to_vec();
    let narrowed = cli.table.is_some() || matches!(cli.list, Some(Some(_)));
    let wanted = cli.table.iter().map(|n| (n, "--table <TABLE>"));
    let wanted = wanted.chain(cli.list.iter().flatten().map(|n| (n, "--list [<TABLE>]")));
    for (name, arg) in wanted {
        let wanted = named(known, name, arg, bin);
        scope.retain(|table| wanted.iter().any(|w| w.name() == table.name()));
    }

    if let Some(file) = &cli.check_compat {
        let named = cli.table.is_some().then_some(&scope[..]);
        return check_compat(file, known, named, cli.json);
    }

    if let Some(format) = cli.export {
        if scope.is_empty() {
            return nothing("no table matches --table");
        }
        return export(format, &scope, style.lang.as_deref(), cli.check.as_deref());
    }

    if cli.list.is_some() {
        if scope.is_empty() {
            return nothing("no table matches both --table and --list");
        }
        let answer = if cli.json {
            let hits: Vec<_> = crate::hits(&scope).collect();
            render::json(&hits, &style)
        } else {
            render::text_tables(&scope, &style)
        };
        return print(&answer, ExitCode::SUCCESS);
    }

    let query = Query::parse(cli.query.as_deref().unwrap_or_default());
    let found = find(&scope, &query);
    if found.hits.is_empty() {
        // What each table searched makes of it, as a value it does not know: a number, for an
        // integer table; anything, for a string table that --table names (unnamed, every
        // word that matches nothing would be a code every string table lacks).
        let named = cli.table.is_some();
        let tables: Vec<Table> = scope
            .iter()
            .filter(|table| named || table.value_type() != "str")
            .copied()
            .collect();
        let unknown = unknowns(&tables, &query);
        if !unknown.is_empty() {
            let answer = if cli.json {
                render::json_unknown(&unknown)
            } else {
                render::text_unknown(&query, &unknown)
            };
            return print(&answer, ExitCode::FAILURE);
        }
        return nothing(&render::nothing_found(
            &query,
            narrowed.then_some(&scope[..]),
        ));
    }
    let answer = if cli.json {
        render::json(&found.hits, &style)
    } else {
        render::text_results(&render::heading(&query, &found), &found.hits, &style)
    };
    print(&answer, ExitCode::SUCCESS)
}

/// Prints the answer on stdout and exits with `status`. A closed pipe (`explain --list |
/// head`) is not an error.
fn print(answer: &str, status: ExitCode) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(answer.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
            let _ = writeln!(
                io::stderr(),
                "{}: cannot print the answer: {err}",
                command_name()
            );
            ExitCode::FAILURE
        }
        _ => status,
    }
}

/// Says on stderr, in one line, that nothing was found; exit status 1.
fn nothing(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "{}: {message}", command_name());
    ExitCode::FAILURE
}
