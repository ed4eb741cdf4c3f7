//! Native command line over the same ingest as the page:
//! `callrecords summary [--rules current|classic|network] FILE...` prints one JSON summary of
//! all files loaded together, and exits non-zero when a file could not be read at all.

use call_record_viewer::ingest::Dataset;
use call_record_viewer::summary::summarise;
use std::process::ExitCode;

const USAGE: &str = "usage: callrecords summary FILE...   (a FILE of - reads standard input)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if command != "summary" || rest.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut dataset = Dataset::default();
    let mut failed = false;
    for path in rest {
        let bytes = if path == "-" {
            let mut buffer = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut buffer).map(|_| buffer)
        } else {
            std::fs::read(path)
        };
        match bytes {
            Ok(bytes) => {
                dataset.load(path, &bytes);
                failed |= dataset.sources.last().is_some_and(|s| s.unreadable);
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                failed = true;
            }
        }
    }
    match serde_json::to_string_pretty(&summarise(&dataset)) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("could not write the summary: {e}");
            return ExitCode::FAILURE;
        }
    }
    for d in &dataset.diagnostics {
        eprintln!("{:?}: {}", d.severity, d.headline());
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
