//! Native command line over the same ingest and quality rules as the page:
//! `callrecords summary [--rules current|classic|interim|network] FILE...` prints one JSON
//! summary of all files loaded together, judged under the chosen rule set (CQD current by
//! default).
//!
//! `callrecords synth BYTES [SEED]` writes a synthetic export of about BYTES bytes (realistic
//! peer-to-peer and group calls, see `synth/`) to standard output, to try large inputs.
//!
//! `callrecords example` writes the page's built-in example (`synth/example.rs`) to standard
//! output: `callrecords example > src/app/example.json` regenerates the checked-in file.
//!
//! Exit status: 0 when every file was read, 1 when a file could not be read at all (missing,
//! unreadable, or not JSON of any kind), 2 for a usage error (unknown command or option,
//! unknown rule set, no files).

use callrecords::judge::RuleSet;
use callrecords::model::Dataset;
use callrecords::summary::summarise_with;
use std::process::ExitCode;

const USAGE: &str = "usage: callrecords summary [--rules current|classic|interim|network] FILE...
       callrecords synth BYTES [SEED]   (a synthetic export of about BYTES bytes, to stdout)
       callrecords example              (the page's built-in example, src/app/example.json, to stdout)
  (a FILE of - reads standard input)
  --rules   the quality rule set: current = CQD since 2022 (default), classic = CQD to 2020,
            interim = CQD 2021 (SATIN exception), network = Microsoft's network targets";

/// What the command line asked for.
struct Options {
    rules: RuleSet,
    files: Vec<String>,
}

enum Parsed {
    Run(Box<Options>),
    Synth { bytes: usize, seed: u64 },
    Example,
    Help,
    Usage(String),
}

fn parse(args: &[String]) -> Parsed {
    let Some((command, rest)) = args.split_first() else {
        return Parsed::Usage("no command".into());
    };
    match command.as_str() {
        "-h" | "--help" | "help" => return Parsed::Help,
        "summary" => {}
        "example" if rest.is_empty() => return Parsed::Example,
        "example" => return Parsed::Usage("example takes no arguments".into()),
        "synth" => {
            let number = |i: usize| rest.get(i).map(|v| v.replace('_', "").parse::<u64>());
            return match (number(0), number(1), rest.len()) {
                (Some(Ok(bytes)), None | Some(Ok(_)), 1 | 2) => Parsed::Synth {
                    bytes: bytes as usize,
                    seed: number(1).and_then(Result::ok).unwrap_or(callrecords::synth::BENCH_SEED),
                },
                _ => Parsed::Usage("synth needs a size in bytes and optionally a seed".into()),
            };
        }
        other => return Parsed::Usage(format!("unknown command \"{other}\"")),
    }
    let mut rules = RuleSet::default();
    let mut files = Vec::new();
    let mut only_files = false;
    let mut iter = rest.iter();
    while let Some(arg) = iter.next() {
        if only_files || arg == "-" || !arg.starts_with('-') {
            files.push(arg.clone());
            continue;
        }
        let value = if arg == "--rules" {
            match iter.next() {
                Some(v) => v.as_str(),
                None => return Parsed::Usage("--rules needs a value".into()),
            }
        } else if let Some(v) = arg.strip_prefix("--rules=") {
            v
        } else if arg == "--" {
            only_files = true;
            continue;
        } else if arg == "-h" || arg == "--help" {
            return Parsed::Help;
        } else {
            return Parsed::Usage(format!("unknown option \"{arg}\""));
        };
        match RuleSet::from_cli_name(value) {
            Some(set) => rules = set,
            None => {
                return Parsed::Usage(format!("unknown rule set \"{value}\": use current, classic, interim or network"))
            }
        }
    }
    if files.is_empty() {
        return Parsed::Usage("no files given".into());
    }
    Parsed::Run(Box::new(Options { rules, files }))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse(&args) {
        Parsed::Run(options) => options,
        Parsed::Synth { bytes, seed } => {
            let export = callrecords::synth::export(seed, bytes);
            print!("{}", export.json);
            return ExitCode::SUCCESS;
        }
        Parsed::Example => {
            print!("{}", callrecords::synth::example_json());
            return ExitCode::SUCCESS;
        }
        Parsed::Help => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Parsed::Usage(problem) => {
            eprintln!("callrecords: {problem}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut dataset = Dataset::default();
    let mut failed = false;
    for path in &options.files {
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
    match serde_json::to_string_pretty(&summarise_with(&dataset, &options.rules)) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("could not write the summary: {e}");
            return ExitCode::FAILURE;
        }
    }
    for d in &dataset.diagnostics {
        eprintln!("{:?}: {}", d.severity, d.headline());
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
