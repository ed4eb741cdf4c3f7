//! libFuzzer target: `callrecords_fuzz::chart_svg` on every input (`make fuzz`, scripts/fuzz.sh).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| callrecords_fuzz::chart_svg(data));
