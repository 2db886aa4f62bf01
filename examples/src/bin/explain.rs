//! Placeholder until the full `explain` tool lands: prints the Agora entries with a value.
use codetable::agora::ALL_TABLES;

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let Ok(value) = arg.parse::<i128>() else {
        eprintln!("usage: explain VALUE");
        std::process::exit(2);
    };
    let mut found = false;
    for table in ALL_TABLES {
        for entry in table.entries_with_value(value.abs()) {
            found = true;
            println!(
                "{} {} ({value}): {}",
                table.name(),
                entry.name,
                entry.description
            );
        }
    }
    if !found {
        eprintln!("no code {value}");
        std::process::exit(1);
    }
}
