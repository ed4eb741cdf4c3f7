//! libFuzzer target: `callrecords_fuzz::judge_summary` on every input (`make fuzz`, scripts/fuzz.sh).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| callrecords_fuzz::judge_summary(data));
