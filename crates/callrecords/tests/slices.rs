//! Loading in slices (the page's progress bar and Stop) against loading in one go: for every
//! documented example, the real-export fixtures and synthetic exports, the dataset, its
//! diagnostics and its source reports are the same however small the slices, and the clean
//! inputs are really read in slices (not sent down the one-go path).

mod common;

use callrecords::ingest::Loading;
use callrecords::model::Dataset;
use callrecords::synth;
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

#[test]
fn every_example_and_fixture_loads_the_same_in_slices_as_in_one_go() {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let all: Vec<PathBuf> = files(common::corpus_dir()).into_iter().chain(files(fixtures)).collect();
    assert!(all.len() > 30, "the corpus and the fixtures are there");
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
