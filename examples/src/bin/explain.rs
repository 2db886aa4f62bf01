//! `explain`: what does this code mean? Looks a value, a name or a word up in every code
//! table it knows (the Agora SDK tables, PostgreSQL's SQLSTATE codes, OAuth 2.0's token
//! errors and gRPC's status codes, and the tables `--tables` reads from JSON exports) and
//! prints the entries it finds: the `codetable_explain` command line over [`TABLES`].

use codetable_examples::TABLES;
use codetable_explain::Explain;
use std::process::ExitCode;

/// The `--help` description of the built-in `explain`, over the Agora, SQLSTATE, OAuth and
/// gRPC tables.
const ABOUT: &str = "What does this code mean? Looks a code up in every \
                  table explain knows (the \
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
                  `ALIAS: alias of NAME`.";

/// The examples of the built-in `explain`, over the Agora, SQLSTATE, OAuth and gRPC tables.
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
  explain --check-compat agora.json  is every table of a release's snapshot still compatible?
  explain --tables http.json 404     also search the tables of a codetable/1 JSON export (the
                                     --export json of another team's explain); repeatable";

fn main() -> ExitCode {
    Explain::new(TABLES).about(ABOUT).examples(EXAMPLES).run()
}
