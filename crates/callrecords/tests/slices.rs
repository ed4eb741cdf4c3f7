//! Loading in slices (the page's progress bar and Stop) against loading in one go: for every
//! documented example, the real-export fixtures and synthetic exports, the dataset, its
//! diagnostics and its source reports are the same however small the slices, and the clean
//! inputs are really read in slices (not sent down the one-go path). The same when the source is
//! fed a chunk at a time, as the page reads a file: clean text is never held whole, and
//! anything else is asked for whole and loads as it always did.

mod common;

use callrecords::ingest::Loading;
use callrecords::model::Dataset;
use callrecords::synth;
use std::cell::Cell;
use std::convert::Infallible;
use std::path::PathBuf;

/// `bytes` loaded in slices of `budget`, how many steps it took, and whether it stayed in slices
/// (it reached the sliced merge; a text sent down the one-go path never does).
fn sliced(bytes: &[u8], budget: usize) -> (Dataset, usize, bool) {
    let mut dataset = Dataset::default();
    let mut loading = Loading::new("input.json", bytes);
    let mut steps = 1;
    let mut merged_in_slices = false;
    while !loading.step(&mut dataset, budget) {
        merged_in_slices |= loading.in_slices() && loading.progress().merging;
        steps += 1;
    }
    (dataset, steps, merged_in_slices)
}

/// `bytes` fed in chunks of `chunk` and loaded in steps of `budget`, as the page loads a file:
/// the dataset, whether the source was asked for whole, and the most of its text held at once.
fn streamed(bytes: &[u8], chunk: usize, budget: usize) -> (Dataset, bool, usize) {
    let mut dataset = Dataset::default();
    let mut loading = Loading::streaming("input.json", bytes.len());
    let (whole, mut held, mut steps) = (Cell::new(false), 0, 0);
    let next = |at: usize| {
        let end = (at + chunk).min(bytes.len());
        Ok::<_, Infallible>((bytes[at..end].to_vec(), end == bytes.len()))
    };
    let all = || {
        assert!(!whole.replace(true), "asked for the whole source twice");
        Ok(bytes.to_vec())
    };
    let after = |loading: &Loading| {
        steps += 1;
        assert!(steps < 10_000_000, "a streamed load that never ends");
        if !whole.get() {
            held = held.max(loading.held());
        }
    };
    let Ok(()) = loading.run(&mut dataset, budget, next, all, after);
    (dataset, whole.get(), held)
}

fn one_go(bytes: &[u8]) -> Dataset {
    let mut dataset = Dataset::default();
    let mut loading = Loading::sliced_from("input.json", bytes, usize::MAX);
    assert!(!loading.in_slices());
    assert!(loading.step(&mut dataset, usize::MAX), "one go is one step");
    dataset
}

fn files(dir: PathBuf) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Microsoft's examples, then the real-export fixtures.
fn examples_and_fixtures() -> Vec<PathBuf> {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let all: Vec<PathBuf> = files(common::corpus_dir()).into_iter().chain(files(fixtures)).collect();
    assert!(all.len() > 30, "the corpus and the fixtures are there");
    all
}

#[test]
fn every_example_and_fixture_loads_the_same_in_slices_as_in_one_go() {
    let all = examples_and_fixtures();
    let mut read_in_slices = 0;
    for path in &all {
        let bytes = std::fs::read(path).unwrap();
        let whole = one_go(&bytes);
        for budget in [1, 97, 4096] {
            let (dataset, _, in_slices) = sliced(&bytes, budget);
            assert_eq!(dataset, whole, "{} in slices of {budget} bytes", path.display());
            if budget == 1 && in_slices {
                read_in_slices += 1;
            }
        }
    }
    // Graph's own examples are clean: nearly all of them are read item by item.
    let corpus = files(common::corpus_dir()).len();
    assert!(read_in_slices >= corpus * 3 / 4, "{read_in_slices} of {} read in slices", all.len());
}

#[test]
fn a_synthetic_export_takes_many_small_steps_and_loads_whole() {
    let export = synth::export(7, 2_000_000);
    let bytes = export.json.as_bytes();
    let whole = one_go(bytes);
    let (dataset, steps, in_slices) = sliced(bytes, 64 * 1024);
    assert!(in_slices);
    // A step reads items until 64 KB are read (an item is never split), then the merge's steps.
    let records = export.written.records;
    assert!(steps > 1 + records / 20, "{steps} steps for {records} records in {} bytes", bytes.len());
    assert_eq!(dataset, whole);
    assert_eq!(dataset.counts().records, export.written.records);
    assert!(dataset.diagnostics.is_empty());
}

#[test]
fn every_example_and_fixture_loads_the_same_fed_in_chunks_as_in_one_go() {
    let all = examples_and_fixtures();
    let mut streamed_through = 0;
    for path in &all {
        let bytes = std::fs::read(path).unwrap();
        let whole = one_go(&bytes);
        for (chunk, budget) in [(1, 1), (7, 4096), (97, 97), (4096, 1 << 20), (1 << 30, usize::MAX)] {
            let (dataset, asked_whole, _) = streamed(&bytes, chunk, budget);
            assert_eq!(dataset, whole, "{} in chunks of {chunk} bytes", path.display());
            if chunk == 7 && !asked_whole {
                streamed_through += 1;
            }
        }
    }
    let corpus = files(common::corpus_dir()).len();
    assert!(streamed_through >= corpus * 3 / 4, "{streamed_through} of {} streamed through", all.len());
}

#[test]
fn a_streamed_export_is_never_held_whole_and_a_mess_is_asked_for_whole() {
    let export = synth::export(11, 3_000_000);
    let bytes = export.json.as_bytes();
    let whole = one_go(bytes);
    let chunk = 64 * 1024;
    let (dataset, asked_whole, held) = streamed(bytes, chunk, 16 * 1024);
    assert!(!asked_whole, "a clean export streams through");
    assert_eq!(dataset, whole);
    // A chunk, what was left unread of the one before, and the item cut by its end.
    assert!(held < 8 * chunk, "held at most {held} bytes of {}", bytes.len());
    // A mess past the first chunk: asked for whole, and said as always.
    let mut messy = export.json.clone();
    let at = messy.len() * 3 / 4;
    let comma = at + messy[at..].find(",\"").unwrap();
    messy.insert(comma, ',');
    let (dataset, asked_whole, _) = streamed(messy.as_bytes(), chunk, 16 * 1024);
    assert!(asked_whole, "a syntax error sends it the one-go way");
    let said = one_go(messy.as_bytes());
    assert_eq!(dataset, said);
    assert!(!said.diagnostics.is_empty() && !said.records.is_empty(), "the error is said and the rest loads");
    // gzip and UTF-16 are asked for whole from the start.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(r#"[{"id":"a","version":1}]"#.encode_utf16().flat_map(u16::to_le_bytes));
    let (dataset, asked_whole, held) = streamed(&utf16, 5, 64);
    assert!(asked_whole && held < 64);
    assert_eq!((dataset.records.len(), &dataset), (1, &one_go(&utf16)));
}
