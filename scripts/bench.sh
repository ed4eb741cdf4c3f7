#!/usr/bin/env bash
# Ingest speed on a 50 MB synthetic export (src/synth.rs; the same seed everywhere):
#   1. natively: `cargo bench --bench ingest` (bench profile: opt-level 3, thin LTO)
#   2. in headless Chromium: tests/bench_web.rs, our ingest beside JSON.parse on the same text,
#      built with the release profile (what ships: opt-level "z", fat LTO), then with the same
#      profile at opt-level 3.
#   3. how each input shape scales: `cargo bench --bench scaling` (time at 1k, 10k and 100k and
#      the ratio per 10x; SCALING_SIZES, SCALING_LIMIT_S, see benches/scaling.rs).
#   4. `callrecords export` of the same 50 MB to CSV and to Parquet: wall time and peak memory
#      (GNU time when installed; BENCH_EXPORT_BYTES sets the size, e.g. 1000000000 for 1 GB).
#   5. the page with 50 MB, 200 MB, 1 GB and 2.5 GB exports (scripts/bench-load.mjs): overview shown,
#      longest main-thread task, a key in the filter, opening the biggest call, charts, memory.
# Ends with one line comparing browser ingest with JSON.parse (medians), per build.
# Settings: BENCH_OPT_LEVELS (default "release 3": "release" = the release profile as it is,
# anything else = the release profile at that opt-level), BENCH_RUNS (runs per measurement),
# WASM_BINDGEN_TEST_TIMEOUT (default 900 s), CARGO_TARGET_DIR (as usual).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-900}
levels=${BENCH_OPT_LEVELS:-release 3}
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
title() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# The release profile's opt-level, as Cargo.toml sets it.
release_opt=$(awk '/^\[profile\.release\]/ { on = 1; next } /^\[/ { on = 0 } on && /^opt-level/ { gsub(/[" ]/, "", $3); print $3 }' Cargo.toml)

title "native: cargo bench --bench ingest (bench profile)"
cargo bench --bench ingest | tee "$logs/native.log"

title "native: cargo bench --bench scaling (time per input shape at 1k, 10k, 100k)"
cargo bench --bench scaling | tee "$logs/scaling.log"

# "median 320 ms" of a report line.
median() { grep -m1 "^$1 " "$2" | sed -E 's/.*median ([0-9]+) ms.*/\1/'; }

summary=()
for level in $levels; do
  if [ "$level" = release ]; then
    label="release profile (opt-level ${release_opt:-?}, fat LTO)"
    profile=(--release)
    opt=${release_opt:-release}
  else
    label="release profile at opt-level $level"
    profile=(--config "profile.release-o$level.inherits=\"release\"" --config "profile.release-o$level.opt-level=$level" --profile "release-o$level")
    opt=$level
  fi
  title "browser: tests/bench_web.rs, $label (the first build takes a few minutes)"
  BENCH_OPT_LABEL=$opt cargo test "${profile[@]}" --target wasm32-unknown-unknown --test bench_web -- --nocapture | tee "$logs/browser-$level.log"
  ours=$(median "browser ingest" "$logs/browser-$level.log")
  theirs=$(median "browser JSON.parse" "$logs/browser-$level.log")
  if [ -z "$ours" ] || [ -z "$theirs" ]; then
    echo "bench: no browser figures in the output above" >&2
    exit 1
  fi
  verdict=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { r = a / b; printf "%.2fx, %s", r, (r <= 1.0 ? "target met" : "slower than JSON.parse") }')
  summary+=("opt-level $opt: ingest $ours ms vs JSON.parse $theirs ms ($verdict)")
done

title "summary"
grep -hE '^native ingest ' "$logs/native.log" || true
sed -n '/^scaling (time/,$p' "$logs/scaling.log"
for level in $levels; do
  grep -hE '^browser (ingest|JSON\.parse) ' "$logs/browser-$level.log" | sed "s/^/[$level] /"
done
joined=$(printf '%s; ' "${summary[@]}")
echo "browser ingest vs JSON.parse, same 50 MB, medians: ${joined%; }"

big=$(mktemp --suffix=.json)
cargo run -q --release --bin callrecords -- synth 50000000 > "$big"

title "command line: callrecords export (release build)"
cli="${CARGO_TARGET_DIR:-target}/release/callrecords"
export_input="$big"
if [ -n "${BENCH_EXPORT_BYTES:-}" ]; then
  export_input=$(mktemp --suffix=.json)
  "$cli" synth "$BENCH_EXPORT_BYTES" > "$export_input"
fi
mb=$(( $(stat -c %s "$export_input") / 1000000 ))
for format in csv parquet; do
  out=$(mktemp -d)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$logs/export-time" "$cli" export --format "$format" --out "$out" "$export_input" > "$logs/export-$format"
    read -r seconds kb < "$logs/export-time"
    echo "export $format of $mb MB: $seconds s, peak $((kb / 1024)) MB; $(tr '\n' ' ' < "$logs/export-$format" | sed "s|$out/||g")"
  else
    start=$(date +%s%N)
    "$cli" export --format "$format" --out "$out" "$export_input" > "$logs/export-$format"
    echo "export $format of $mb MB: $(( ($(date +%s%N) - start) / 1000000 )) ms (install GNU time for the peak memory)"
  fi
  rm -rf "$out"
done
if [ "$export_input" != "$big" ]; then rm -f "$export_input"; fi

# The page with big exports (#13's table): BENCH_LOAD_SIZES in bytes (default 50 MB, 200 MB, 1 GB
# and 2.5 GB: 3.75 GB of disk), each a median of BENCH_RUNS runs (default 3) in a fresh browser.
title "page: big exports loaded through the file picker (release build)"
trunk build --release >/dev/null 2>&1
rm -f "$big"
pages=()
for size in ${BENCH_LOAD_SIZES:-50000000 200000000 1000000000 2500000000}; do
  file=$(mktemp --suffix=".json")
  "$cli" synth "$size" > "$file"
  pages+=("$file")
done
BENCH_RUNS=${BENCH_RUNS:-3} node scripts/bench-load.mjs "${pages[@]}"
rm -f "${pages[@]}"
