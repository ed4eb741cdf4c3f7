//! Helpers shared by the native integration tests: where the corpus of Microsoft's published
//! examples is (../shared/corpus/graph-docs, or CORPUS_DIR) and how to load a file of it.
#![allow(dead_code)]

use callrecords::ingest::ingest;
use callrecords::model::Dataset;
use std::path::PathBuf;

pub fn corpus_dir() -> PathBuf {
    std::env::var_os("CORPUS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/graph-docs"))
}

/// The bytes of a corpus file.
pub fn corpus_bytes(name: &str) -> Vec<u8> {
    std::fs::read(corpus_dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// A corpus file loaded on its own.
pub fn load(name: &str) -> Dataset {
    ingest([(name, corpus_bytes(name).as_slice())])
}

/// Several corpus files loaded together, as a page would hold them: call records with streams
/// (two of them), PSTN and Direct Routing rows and the three beta logs.
pub fn load_mix() -> Dataset {
    let names = [
        "v1.0-get-callrecord-expanded-legacy.json",
        "fixture-callrecordinsights-minimal-callrecord.json",
        "v1.0-getpstncalls.json",
        "v1.0-getdirectroutingcalls.json",
        "beta-getsmslog.json",
        "beta-getpstnblockeduserslog.json",
        "beta-getpstnonlinemeetingdialoutreport.json",
    ];
    let bytes: Vec<(&str, Vec<u8>)> = names.iter().map(|n| (*n, corpus_bytes(n))).collect();
    ingest(bytes.iter().map(|(n, b)| (*n, b.as_slice())))
}

/// Every JSON file of the corpus, by name, in name order.
#[allow(dead_code)]
pub fn corpus_files() -> Vec<(String, Vec<u8>)> {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("the corpus folder")
        .map(|e| e.expect("a corpus entry").file_name().into_string().expect("a UTF-8 name"))
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names.into_iter().map(|n| (n.clone(), corpus_bytes(&n))).collect()
}
