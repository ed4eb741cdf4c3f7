//! Native command line over the same ingest and quality rules as the page:
//! `callrecords summary [--rules current|classic|interim|network] FILE...` prints one JSON
//! summary of all files loaded together, judged under the chosen rule set (CQD current by
//! default).
//!
//! `callrecords export --format csv|parquet --out DIR [--rules NAME] FILE...` loads the files
//! together the same way and writes four tables into DIR (`streams`, `calls`, `pstn`,
//! `direct_routing`, `.csv` or `.parquet`; see `export/`), row by row as the records are
//! judged, then prints one line per table with its row count. DIR is created if missing;
//! existing files of those names are replaced.
//!
//! `callrecords redact [--redact LIST] [--mapping FILE] FILE...` writes the files loaded
//! together, redacted (every category unless `--redact` names some), as one JSON document in
//! Graph's shape; the mapping (placeholder → original) is written only to `--mapping FILE`.
//! `callrecords report [--rules …] [--redact LIST] [--call ID]... FILE...` writes the HTML report
//! of the calls named (every call loaded, at most 25, without `--call`). `summary` and `export`
//! also take `--redact LIST`.
//!
//! `callrecords synth BYTES [SEED]` writes a synthetic export of about BYTES bytes (realistic
//! peer-to-peer and group calls, see `synth/`) to standard output, to try large inputs.
//!
//! `callrecords example` writes the page's built-in example (`synth/example.rs`) to standard
//! output: `callrecords example > src/app/example.json` regenerates the checked-in file.
//!
//! Exit status: 0 when every file was read, 1 when a file could not be read at all (missing,
//! a directory, unreadable, empty, or not JSON of any kind), 2 for a usage error (unknown
//! command or option, unknown rule set, bad size, no files, export without --format or --out);
//! export also exits 1 when a table cannot be written (the directory cannot be made, the disk is
//! full). Every problem is one line on
//! standard error, never a panic; output cut off by a closed pipe (`| head -1`) ends the
//! command quietly, with the status it would have had.

use callrecords::calllogs::LogTable;
use callrecords::export::{
    call_columns, log_columns, stream_columns, write_log, write_records, Column, CsvSink, ExportError, ParquetSink,
    Sink, TABLES,
};
use callrecords::i18n::Lang;
use callrecords::ingest::{set_decode_limits, DecodeLimits, DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT, MIN_MAX_TEXT};
use callrecords::judge::RuleSet;
use callrecords::model::datetime::UtcInstant;
use callrecords::model::graph_json::to_graph_json;
use callrecords::model::Dataset;
use callrecords::redact::{redact, Categories, Mapping, Redacted};
use callrecords::report::html_report;
use callrecords::summary::summarise_with;
use std::io::{ErrorKind, Write};
use std::process::ExitCode;

const USAGE: &str =
    "usage: callrecords summary [--rules current|classic|interim|network] [--lang en|pt-BR|ru|zh-CN] [--max-bytes SIZE] [--max-text SIZE] [--redact LIST] FILE...
       callrecords export --format csv|parquet --out DIR [--rules NAME] [--max-bytes SIZE] [--max-text SIZE] [--redact LIST] FILE...
                                        (streams, calls, pstn and direct_routing tables into DIR)
       callrecords redact [--redact LIST] [--mapping FILE] FILE...   (redacted JSON in Graph's shape, to stdout)
       callrecords report [--rules …] [--redact LIST] [--call ID]... FILE...   (an HTML report, to stdout)
       callrecords synth BYTES [SEED]   (a synthetic export of about BYTES bytes, to stdout)
       callrecords example              (the page's built-in example, src/app/example.json, to stdout)
  (a FILE of - reads standard input)
  --rules      the quality rule set: current = CQD since 2022 (default), classic = CQD to 2020,
               interim = CQD 2021 (SATIN exception), network = Microsoft's network targets
  --lang       the language of the summary text and verdict reasons (default en; the JSON keys
               stay English)
  --max-bytes  the most a gzip file may decompress to (default 1G; past it, reading stops and
               says so): a number of bytes, or with K, M or G (powers of 1024)
  --max-text   the most bytes one text value keeps (default 1M, at least 16): a longer one is
               cut, ending in …, with a warning saying where
  --redact     what to replace by placeholders: names,numbers,addresses,ids,text or all
               (redact: all by default; the other commands: nothing by default)
  --mapping    redact: also write the mapping (placeholder → original: it holds every
               original value) to this file
  --call       report: a call record id to report on (repeat for several)
exit status: 0 every file was read; 1 a file could not be read (missing, a directory, empty,
             not JSON); 2 a usage error";

/// Which command reads the files.
#[derive(Clone, Copy, PartialEq)]
enum Command {
    Summary,
    Export,
    Redact,
    Report,
}

/// What the command line asked for.
struct Options {
    command: Command,
    redact: Categories,
    mapping: Option<String>,
    calls: Vec<String>,
    rules: RuleSet,
    lang: Lang,
    max_bytes: usize,
    /// The string-length limit: the most bytes one text value keeps.
    max_text: usize,
    files: Vec<String>,
    /// `export`: where and in which format.
    export: Option<Target>,
}

/// The files an export writes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Parquet,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Parquet => "parquet",
        }
    }
}

struct Target {
    format: Format,
    out: std::path::PathBuf,
}

/// "1073741824", "512M", "2G", "64KiB" (powers of 1024); `None` for anything else or zero.
fn parse_size(text: &str) -> Option<usize> {
    let text = text.trim().replace('_', "");
    let digits = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let shift = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return None,
    };
    number.parse::<usize>().ok()?.checked_mul(1usize << shift).filter(|n| *n > 0)
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
        "summary" | "export" | "redact" | "report" => {}
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
    let mut lang = Lang::En;
    let mut max_bytes = DEFAULT_MAX_BYTES;
    let mut max_text = DEFAULT_MAX_TEXT;
    let mut files = Vec::new();
    let mut only_files = false;
    let exporting = command == "export";
    let command = match command.as_str() {
        "export" => Command::Export,
        "redact" => Command::Redact,
        "report" => Command::Report,
        _ => Command::Summary,
    };
    let mut redact = if command == Command::Redact { Categories::all() } else { Categories::default() };
    let mut mapping = None;
    let mut calls = Vec::new();
    let (mut format, mut out) = (None, None);
    let mut iter = rest.iter();
    while let Some(arg) = iter.next() {
        if only_files || arg == "-" || !arg.starts_with('-') {
            files.push(arg.clone());
            continue;
        }
        let mut sized = None;
        for (name, slot) in [("--max-bytes", &mut max_bytes), ("--max-text", &mut max_text)] {
            let Some(size) = arg.strip_prefix(name).filter(|r| r.is_empty() || r.starts_with('=')) else { continue };
            let size = match size.strip_prefix('=') {
                Some(v) => v,
                None => match iter.next() {
                    Some(v) => v.as_str(),
                    None => return Parsed::Usage(format!("{name} needs a size")),
                },
            };
            match parse_size(size) {
                Some(n) => *slot = n,
                None => return Parsed::Usage(format!("{name}: \"{size}\" is not a size (e.g. 1073741824, 512M, 2G)")),
            }
            sized = Some(name);
        }
        if sized.is_some() {
            continue;
        }
        // `--name VALUE` or `--name=VALUE`.
        let valued = |name: &str, iter: &mut std::slice::Iter<String>| -> Option<Result<String, String>> {
            if arg == name {
                Some(iter.next().cloned().ok_or_else(|| format!("{name} needs a value")))
            } else {
                arg.strip_prefix(name).and_then(|r| r.strip_prefix('=')).map(|v| Ok(v.to_string()))
            }
        };
        if let Some(value) = valued("--lang", &mut iter) {
            match value.and_then(|v| {
                Lang::parse(&v).ok_or_else(|| format!("unknown language \"{v}\": use en, pt-BR, ru or zh-CN"))
            }) {
                Ok(l) => lang = l,
                Err(problem) => return Parsed::Usage(problem),
            }
            continue;
        }
        if let Some(value) = valued("--redact", &mut iter) {
            match value.and_then(|v| Categories::parse(&v)) {
                Ok(set) => redact = set,
                Err(problem) => return Parsed::Usage(problem),
            }
            continue;
        }
        if let Some(value) = valued("--mapping", &mut iter) {
            match value {
                Ok(file) if command == Command::Redact => mapping = Some(file),
                Ok(_) => return Parsed::Usage("--mapping is for the redact command".into()),
                Err(problem) => return Parsed::Usage(problem),
            }
            continue;
        }
        if let Some(value) = valued("--call", &mut iter) {
            match value {
                Ok(id) if command == Command::Report => calls.push(id),
                Ok(_) => return Parsed::Usage("--call is for the report command".into()),
                Err(problem) => return Parsed::Usage(problem),
            }
            continue;
        }
        if exporting {
            let named = |flag: &str| arg == flag || arg.starts_with(&format!("{flag}="));
            if named("--format") || named("--out") {
                let flag = if named("--format") { "--format" } else { "--out" };
                let value = match arg.split_once('=') {
                    Some((_, v)) => v.to_string(),
                    None => match iter.next() {
                        Some(v) => v.clone(),
                        None => return Parsed::Usage(format!("{flag} needs a value")),
                    },
                };
                if flag == "--out" {
                    out = Some(std::path::PathBuf::from(value));
                } else {
                    format = Some(match value.as_str() {
                        "csv" => Format::Csv,
                        "parquet" => Format::Parquet,
                        _ => return Parsed::Usage(format!("unknown format \"{value}\": use csv or parquet")),
                    });
                }
                continue;
            }
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
    let export = match (exporting, format, out) {
        (false, ..) => None,
        (true, Some(format), Some(out)) => Some(Target { format, out }),
        (true, None, _) => return Parsed::Usage("export needs --format csv or --format parquet".into()),
        (true, _, None) => return Parsed::Usage("export needs --out DIR".into()),
    };
    Parsed::Run(Box::new(Options { command, redact, mapping, calls, rules, lang, max_bytes, max_text, files, export }))
}

/// Writes to standard output; `Err(())` when the reader went away (a closed pipe), so the
/// command stops quietly.
fn out(text: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Err(String::new()),
        Err(e) => Err(format!("could not write to standard output: {e}")),
    }
}

/// One line on standard error (nothing to do if that is closed too).
fn say(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Why a file could not be read, in a few words: "no such file", "is a directory".
fn unreadable(e: &std::io::Error) -> String {
    match e.kind() {
        ErrorKind::NotFound => "no such file".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::IsADirectory => "is a directory, not a file".into(),
        _ => {
            // "Invalid argument (os error 22)" → "invalid argument".
            let text = e.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_string();
            let mut chars = text.chars();
            chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or(text)
        }
    }
}

/// Bytes of a file read at a time.
const FILE_CHUNK: usize = 16 << 20;

/// Loads one FILE argument into `dataset`. A file is read a chunk at a time, as the page reads
/// one, and never held whole unless it has to be (gzip, UTF-16, PowerShell's output): for a
/// 1 GB export the peak is the model and a chunk, not the model and the file. Standard input
/// (`-`) is read whole.
fn load_file(dataset: &mut Dataset, path: &str) -> Result<(), String> {
    if path == "-" {
        dataset.load(path, &read_stdin()?);
        return Ok(());
    }
    let not_read = |e: std::io::Error| format!("{path}: {}", unreadable(&e));
    let metadata = std::fs::metadata(path).map_err(not_read)?;
    if metadata.is_dir() {
        return Err(format!("{path}: is a directory, not a file"));
    }
    let mut file = std::fs::File::open(path).map_err(not_read)?;
    let mut loading = callrecords::ingest::Loading::streaming(path, metadata.len() as usize);
    let next = |_at: usize| {
        let mut chunk = Vec::with_capacity(FILE_CHUNK);
        std::io::Read::read_to_end(&mut std::io::Read::take(&mut file, FILE_CHUNK as u64), &mut chunk)
            .map_err(not_read)?;
        // Short of a chunk: the end of the file (however its size changed since it was opened).
        let last = chunk.len() < FILE_CHUNK;
        Ok((chunk, last))
    };
    loading.run(dataset, usize::MAX, next, || std::fs::read(path).map_err(not_read), |_| {})
}

/// The bytes of standard input (the FILE argument `-`).
fn read_stdin() -> Result<Vec<u8>, String> {
    let mut buffer = Vec::new();
    std::io::Read::read_to_end(&mut std::io::stdin(), &mut buffer)
        .map(|_| buffer)
        .map_err(|e| format!("standard input: {}", unreadable(&e)))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (output, status) = match parse(&args) {
        Parsed::Run(options) => match options.command {
            Command::Export => export(&options),
            // The summary text (and the report's words) in the chosen language; exports and the
            // redacted JSON stay language-independent.
            Command::Summary => {
                callrecords::i18n::set_current(options.lang);
                summary(&options)
            }
            Command::Redact => redacted(&options),
            Command::Report => {
                callrecords::i18n::set_current(options.lang);
                report(&options)
            }
        },
        Parsed::Synth { bytes, seed } => (callrecords::synth::export(seed, bytes).json, ExitCode::SUCCESS),
        Parsed::Example => (callrecords::synth::example_json(), ExitCode::SUCCESS),
        Parsed::Help => (format!("{USAGE}\n"), ExitCode::SUCCESS),
        Parsed::Usage(problem) => {
            say(&format!("callrecords: {problem}\n{USAGE}"));
            return ExitCode::from(2);
        }
    };
    match out(&output) {
        Ok(()) => status,
        // The pipe closed: the reader has what it wanted.
        Err(problem) if problem.is_empty() => status,
        Err(problem) => {
            say(&format!("callrecords: {problem}"));
            ExitCode::FAILURE
        }
    }
}

/// Every file loaded together (redacted by `--redact`), and whether one could not be read;
/// problems go to standard error as they come, one line each, then every diagnostic.
fn load(options: &Options) -> (Dataset, bool) {
    let (dataset, _, failed) = load_redacted(options);
    (dataset, failed)
}

/// As [`load`], with the redaction mapping.
fn load_redacted(options: &Options) -> (Dataset, Mapping, bool) {
    set_decode_limits(DecodeLimits {
        max_bytes: options.max_bytes,
        max_text: options.max_text.max(MIN_MAX_TEXT),
        ..DecodeLimits::default()
    });
    let mut dataset = Dataset::default();
    let mut failed = false;
    for path in &options.files {
        match load_file(&mut dataset, path) {
            Ok(()) => failed |= dataset.sources.last().is_some_and(|s| s.unreadable),
            Err(problem) => {
                say(&format!("callrecords: {problem}"));
                failed = true;
            }
        }
    }
    // Redacting copies the dataset: only when asked (a gigabyte export is not held twice).
    let (dataset, mapping) = if options.redact.is_empty() {
        (dataset, Mapping::default())
    } else {
        let Redacted { dataset: redacted, mapping } = redact(&dataset, options.redact);
        (redacted, mapping)
    };
    for d in &dataset.diagnostics {
        say(&callrecords::view::diagnostics::headline(d));
    }
    (dataset, mapping, failed)
}

fn status(failed: bool) -> ExitCode {
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The redacted JSON in Graph's shape, and the mapping to `--mapping FILE` if asked.
fn redacted(options: &Options) -> (String, ExitCode) {
    let (dataset, mapping, failed) = load_redacted(options);
    if let Some(file) = &options.mapping {
        if let Err(e) = std::fs::write(file, mapping.to_json() + "\n") {
            say(&format!("callrecords: {file}: could not write the mapping: {}", unreadable(&e)));
            return (String::new(), ExitCode::FAILURE);
        }
    }
    (to_graph_json(&dataset), status(failed))
}

/// The HTML report of the calls `--call` names (every call loaded without it).
fn report(options: &Options) -> (String, ExitCode) {
    let (dataset, failed) = load(options);
    let mut indexes = Vec::new();
    for id in &options.calls {
        match dataset.record_position(id) {
            Some(at) => indexes.push(at),
            None => {
                say(&format!("callrecords: no call record {id} in the files"));
                return (String::new(), ExitCode::FAILURE);
            }
        }
    }
    if options.calls.is_empty() {
        indexes = (0..dataset.records.len()).collect();
    }
    let exported =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64);
    let day = UtcInstant(exported).to_iso()[..10].to_string();
    let html = html_report(&dataset, &indexes, &options.rules, options.redact, UtcInstant(exported), &day);
    (html.text, status(failed))
}

/// The JSON summary of every file, and the exit status.
fn summary(options: &Options) -> (String, ExitCode) {
    let (dataset, failed) = load(options);
    let json = match serde_json::to_string_pretty(&summarise_with(&dataset, &options.rules)) {
        Ok(json) => json + "\n",
        Err(e) => {
            say(&format!("callrecords: could not write the summary: {e}"));
            return (String::new(), ExitCode::FAILURE);
        }
    };
    (json, if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// One table's file in the export directory, as a sink of the chosen format.
fn open<'c, R: 'c>(target: &Target, table: &str, columns: Vec<Column<'c, R>>) -> Result<Box<dyn Sink<R> + 'c>, String> {
    let path = target.out.join(format!("{table}.{}", target.format.extension()));
    let shown = path.display().to_string();
    let file = std::fs::File::create(&path).map_err(|e| format!("{shown}: {}", unreadable(&e)))?;
    let file = std::io::BufWriter::with_capacity(1 << 20, file);
    let sink: Result<Box<dyn Sink<R> + 'c>, ExportError> = match target.format {
        Format::Csv => CsvSink::new(columns, file).map(|s| Box::new(s) as Box<dyn Sink<R>>),
        Format::Parquet => ParquetSink::new(table, columns, file).map(|s| Box::new(s) as Box<dyn Sink<R>>),
    };
    sink.map_err(|e| format!("{shown}: {e}"))
}

/// One log's table written whole.
fn export_log<T: LogTable>(target: &Target, table: &str, rows: &[T]) -> Result<usize, String> {
    let mut sink = open(target, table, log_columns::<T>())?;
    let fail = |e: ExportError| format!("{table}: {e}");
    write_log(rows, sink.as_mut()).map_err(fail)?;
    sink.finish().map_err(fail)
}

/// The four tables of every file loaded together, one line per table on standard output, and
/// the exit status.
fn export(options: &Options) -> (String, ExitCode) {
    let Some(target) = &options.export else { return (String::new(), ExitCode::from(2)) };
    let (dataset, failed) = load(options);
    let written = (|| -> Result<Vec<(&str, usize)>, String> {
        std::fs::create_dir_all(&target.out).map_err(|e| format!("{}: {}", target.out.display(), unreadable(&e)))?;
        let [streams_name, calls_name, pstn_name, direct_routing_name] = TABLES;
        let mut streams = open(target, streams_name, stream_columns())?;
        let mut calls = open(target, calls_name, call_columns())?;
        write_records(&dataset, &options.rules, streams.as_mut(), calls.as_mut()).map_err(|e| e.to_string())?;
        let streams = streams.finish().map_err(|e| format!("{streams_name}: {e}"))?;
        let calls = calls.finish().map_err(|e| format!("{calls_name}: {e}"))?;
        let pstn = export_log(target, pstn_name, &dataset.pstn_calls)?;
        let direct_routing = export_log(target, direct_routing_name, &dataset.direct_routing_calls)?;
        Ok(vec![(streams_name, streams), (calls_name, calls), (pstn_name, pstn), (direct_routing_name, direct_routing)])
    })();
    match written {
        Ok(tables) => {
            let lines: String = tables
                .iter()
                .map(|(table, rows)| {
                    let path = target.out.join(format!("{table}.{}", target.format.extension()));
                    format!("{}\t{rows} row{}\n", path.display(), if *rows == 1 { "" } else { "s" })
                })
                .collect();
            (lines, if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
        Err(problem) => {
            say(&format!("callrecords: {problem}"));
            (String::new(), ExitCode::FAILURE)
        }
    }
}
