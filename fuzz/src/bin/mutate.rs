//! The deterministic fuzz run of `make test`: the corpus files (read at run time, never copied
//! into the repository) as they are, then `--runs` inputs mutated from them with a fixed
//! `--seed`, each through every target (`callrecords_fuzz::all`) under `catch_unwind`. A
//! panic is a crash: its input is saved under `--artifacts` and the run exits 1. Prints the
//! inputs per second, the totals, the crashes and the inputs that took over a second.
//!
//! `mutate [--runs N] [--seed S] [--corpus DIR] [--artifacts DIR] [--threads T]`; the corpus
//! defaults to `../shared/corpus/graph-docs` beside the repository (or `CORPUS_DIR`).

use callrecords_fuzz::{all, Mutator};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The message of the last panic on this thread (the hook keeps it instead of printing it).
static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

struct Settings {
    runs: usize,
    seed: u64,
    corpus: PathBuf,
    artifacts: PathBuf,
    threads: usize,
}

fn settings() -> Result<Settings, String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut s = Settings {
        runs: 100_000,
        seed: 1,
        corpus: std::env::var_os("CORPUS_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| repo.join("../shared/corpus/graph-docs")),
        artifacts: repo.join("target/fuzz/artifacts"),
        threads: 1,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || it.next().cloned().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--runs" => s.runs = value()?.replace('_', "").parse().map_err(|e| format!("--runs: {e}"))?,
            "--seed" => s.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--corpus" => s.corpus = value()?.into(),
            "--artifacts" => s.artifacts = value()?.into(),
            "--threads" => s.threads = value()?.parse::<usize>().map_err(|e| format!("--threads: {e}"))?.max(1),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(s)
}

/// What one thread found.
#[derive(Default)]
struct Found {
    runs: usize,
    /// Inputs that loaded at least one record or log row.
    loading: usize,
    crashes: Vec<(String, PathBuf)>,
    slow: Vec<(Duration, PathBuf)>,
    slowest: Duration,
}

fn save(dir: &Path, kind: &str, data: &[u8]) -> PathBuf {
    // FNV-1a names the input by its bytes.
    let hash = data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3));
    let path = dir.join(format!("{kind}-{hash:016x}"));
    let _ = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, data));
    path
}

fn run_one(data: &[u8], artifacts: &Path, found: &mut Found) {
    let start = Instant::now();
    let result = catch_unwind(AssertUnwindSafe(|| all(data)));
    found.loading += usize::from(matches!(result, Ok(n) if n > 0));
    let took = start.elapsed();
    found.runs += 1;
    found.slowest = found.slowest.max(took);
    if result.is_err() {
        let message = LAST_PANIC.lock().map(|m| m.clone()).unwrap_or_default();
        found.crashes.push((message, save(artifacts, "crash", data)));
    } else if took > Duration::from_secs(1) {
        found.slow.push((took, save(artifacts, "slow", data)));
    }
}

fn main() {
    let s = match settings() {
        Ok(s) => s,
        Err(problem) => {
            eprintln!("mutate: {problem}");
            std::process::exit(2);
        }
    };
    let mut names: Vec<PathBuf> = match std::fs::read_dir(&s.corpus) {
        Ok(dir) => dir.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "json")).collect(),
        Err(e) => {
            eprintln!("mutate: the corpus {}: {e}", s.corpus.display());
            std::process::exit(2);
        }
    };
    names.sort();
    let corpus: Vec<Vec<u8>> = names.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    if corpus.is_empty() {
        eprintln!("mutate: no .json files in {}", s.corpus.display());
        std::process::exit(2);
    }
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = format!("{message}{at}");
        }
    }));
    println!(
        "mutate: {} corpus files from {}, then {} inputs from seed {} on {} thread(s)",
        corpus.len(),
        s.corpus.display(),
        s.runs,
        s.seed,
        s.threads
    );
    let start = Instant::now();
    let mut found = Found::default();
    for file in &corpus {
        run_one(file, &s.artifacts, &mut found);
    }
    let results: Vec<Found> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..s.threads)
            .map(|t| {
                let (corpus, artifacts) = (corpus.clone(), s.artifacts.clone());
                let runs = s.runs / s.threads + usize::from(t < s.runs % s.threads);
                let seed = s.seed.wrapping_add(t as u64 * 0x1000_0000);
                scope.spawn(move || {
                    let mut mutator = Mutator::new(corpus, seed);
                    let mut found = Found::default();
                    for _ in 0..runs {
                        let data = mutator.input();
                        run_one(&data, &artifacts, &mut found);
                    }
                    found
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    for r in results {
        found.runs += r.runs;
        found.loading += r.loading;
        found.crashes.extend(r.crashes);
        found.slow.extend(r.slow);
        found.slowest = found.slowest.max(r.slowest);
    }
    let seconds = start.elapsed().as_secs_f64();
    for (message, path) in &found.crashes {
        println!("crash: {message}\n  input: {}", path.display());
    }
    for (took, path) in &found.slow {
        println!("slow: {:.2} s\n  input: {}", took.as_secs_f64(), path.display());
    }
    println!(
        "mutate: {} inputs (3 targets each; {} loaded records or rows) in {seconds:.1} s, {:.0} inputs/s; {} crashes; {} over 1 s (slowest {:.3} s)",
        found.runs,
        found.loading,
        found.runs as f64 / seconds.max(1e-9),
        found.crashes.len(),
        found.slow.len(),
        found.slowest.as_secs_f64()
    );
    if !found.crashes.is_empty() {
        std::process::exit(1);
    }
}
