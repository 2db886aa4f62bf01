//! `explain`: what does this code mean? Looks a value, a name or a word up in every code
//! table it knows (the Agora SDK tables, PostgreSQL's SQLSTATE codes and OAuth 2.0's token
//! errors) and prints the entries it finds.
//!
//! The search and the printing live in the `codetable_examples` library; this is the
//! command line around them.

use clap::{CommandFactory, FromArgMatches, Parser};
use codetable::export::{Format, Options};
use codetable::Table;
use codetable_examples::TABLES;
use codetable_examples::{find, render, select_tables, unknowns, Query, Style};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const EXAMPLES: &str = "\
Examples:
  explain 501                        every code whose value is 501, in every table
  explain -- -17                     an SDK return value: finds -17 and 17 (also: explain -17)
  explain -t signaling -- -1005      a code the table lacks: SignalingError 1005 (not in the table)
  explain 0x1F5                      values may be written in hexadecimal
  explain LOGIN_E_NET                a code by name (any case: login_e_net)
  explain ERR_STATIC_USE_DYANMIC_KE  a code by an alias: the code it stands for
  explain token                      codes whose name or description mentions \"token\"
  explain --table signaling 501      search one table (any case, a prefix is enough)
  explain --lang zh LOGIN_E_NET      the Chinese description, where the table has one
  explain --details 110              add the long explanation of each code
  explain --list                     every table, as aligned text
  explain --list native              the tables whose name starts with \"native\"
  explain --json 17                  the answer as JSON, one object per code
  explain --json -t signaling 1005   a code the table lacks, as JSON (\"known\": false)
  explain 23505                      a SQLSTATE: SqlState UNIQUE_VIOLATION (values are strings)
  explain 42P01                      a SQLSTATE with letters
  explain unique_violation           a SQLSTATE by name
  explain invalid_grant              an OAuth 2.0 error code (RFC 6749) by its value
  explain 42P                        words also match a string table's values: class 42's P codes
  explain -t sqlstate XX999          a SQLSTATE the table lacks: SqlState XX999 (not in the table)
  explain --json 23505               a string table's value and code are JSON strings
  explain --check-compat agora.json  is every table of a release's snapshot still compatible?";

const EXIT_STATUS: &str = "\
Exit status: 0 when a code was found; 1 when none was: a number is then printed, for each
integer table searched whose type holds it, as a value that table does not know (and any
query, for each string table that --table names, as a code it does not know), and anything
else gets a one-line message on stderr; 2 for bad arguments.
With --check-compat: 0 when the tables are compatible with the snapshot, 1 when a change
breaks stored or sent data, 2 when the snapshot cannot be read.";

/// What does this code mean? Looks up error and status codes by value, name or words.
#[derive(Debug, Parser)]
#[command(
    name = "explain",
    version,
    long_about = "What does this code mean? Looks a code up in every table explain knows (the \
                  Agora SDK error and warning tables, PostgreSQL's SQLSTATE codes and OAuth \
                  2.0's token error codes) and prints, for each entry found, its table, name, \
                  value and description; deprecated entries are marked.\n\n\
                  A number finds the codes with that value; a negative number also finds its \
                  absolute value, since SDK calls return error codes negated. The values of \
                  SqlState and OAuthError are strings (23505, 42P01, invalid_grant): a query \
                  finds the codes whose value it is, exactly as written. When no table \
                  searched knows a number, explain says so for each table, as \
                  `SignalingError 1005 (not in the table)` (for a negative number, its \
                  absolute value: the code an SDK return value stands for); a string table \
                  named with --table does so for any query, as `SqlState XX999 (not in the \
                  table)`. Anything else finds the codes of that name or alias, ignoring ASCII \
                  case, or, when no code has that value or name, the codes whose name, \
                  aliases, description (in any language) or string value contain it. An alias \
                  is another name of a code: each code's aliases are listed under it, as \
                  `ALIAS: alias of NAME`.",
    after_help = "Run `explain --help` for examples."
)]
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

    /// Search only this table: its name in any case, or the start of it (`signaling`,
    /// `native` for both Native tables, `sqlstate`, `oauth`).
    #[arg(short, long, value_name = "TABLE", value_parser = tables_named)]
    table: Option<Tables>,

    /// Print whole tables instead of searching: every table, or those TABLE names (as for
    /// --table).
    #[arg(short, long, value_name = "TABLE", conflicts_with = "query", value_parser = tables_named)]
    list: Option<Option<Tables>>,

    /// Print descriptions in this language (`zh`, `en`) where a table has it; where a table
    /// does not, its default language is used and a note says so.
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,

    /// Add each code's long explanation, where it has one.
    #[arg(short, long)]
    details: bool,

    /// Print the answer as JSON: an array with one object per code: table, known: true,
    /// value (a number, or a string for SqlState and OAuthError; null when none), code (the
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
            "{} is not what `explain --export {format}` writes now: regenerate it",
            file.display()
        )),
        Err(err) => nothing(&format!("cannot read {}: {err}", file.display())),
    }
}

/// `--check-compat FILE`: the report on stdout, exit status 0 (compatible) or 1 (breaking);
/// a file that cannot be read, or is no `codetable/1` snapshot, is 2 with a message on
/// stderr. Without `named` (--table), the tables explain knows by the snapshot's names.
fn check_compat(file: &Path, named: Option<&[Table]>, json: bool) -> ExitCode {
    let bad_input = |message: String| {
        let _ = writeln!(io::stderr(), "explain: {message}");
        ExitCode::from(2)
    };
    let snapshot = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(err) => return bad_input(format!("cannot read {}: {err}", file.display())),
    };
    let tables: Vec<Table> = named.map_or_else(
        || {
            let names = codetable_examples::snapshot_tables(&snapshot);
            TABLES
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

/// The tables a `--table` or `--list` argument designates.
#[derive(Clone, Debug)]
struct Tables(Vec<Table>);

fn tables_named(name: &str) -> Result<Tables, String> {
    select_tables(TABLES, name)
        .map(Tables)
        .map_err(|err| err.to_string())
}

fn non_empty(query: &str) -> Result<String, String> {
    if query.trim().is_empty() {
        Err("the code to explain is empty: give a value, a name or a word".to_owned())
    } else {
        Ok(query.to_owned())
    }
}

/// The end of `--help`: the examples, then the tables with their languages.
fn long_help_end() -> String {
    let tables: Vec<String> = TABLES
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
        "{EXAMPLES}\n\nTables:\n{}\n\n{EXIT_STATUS}",
        tables.join("\n")
    )
}

fn main() -> ExitCode {
    let matches = Cli::command()
        .after_long_help(long_help_end())
        .get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.exit());
    let style = Style {
        lang: cli.lang,
        details: cli.details,
    };
    let mut scope: Vec<Table> = TABLES.to_vec();
    let narrowed = cli.table.is_some() || matches!(cli.list, Some(Some(_)));
    for Tables(wanted) in cli.table.iter().chain(cli.list.iter().flatten()) {
        scope.retain(|table| wanted.iter().any(|w| w.name() == table.name()));
    }

    if let Some(file) = &cli.check_compat {
        let named = cli.table.is_some().then_some(&scope[..]);
        return check_compat(file, named, cli.json);
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
            let hits: Vec<_> = codetable_examples::hits(&scope).collect();
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
        // word that matches nothing would be a code SqlState and OAuthError lack).
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
            let _ = writeln!(io::stderr(), "explain: cannot print the answer: {err}");
            ExitCode::FAILURE
        }
        _ => status,
    }
}

/// Says on stderr, in one line, that nothing was found; exit status 1.
fn nothing(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "explain: {message}");
    ExitCode::FAILURE
}
