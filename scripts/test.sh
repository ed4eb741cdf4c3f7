#!/usr/bin/env bash
# Runs every test, in order: formatting, layout and lints (cargo fmt --check; the module graph
# and file-shape check, scripts/module-graph.py; cargo clippy on the native and wasm32 targets,
# warnings denied); native `cargo test` of the whole workspace; the Parquet export read back by
# DuckDB and checked against the summary (scripts/parquet-check.py); a deterministic fuzz run of
# 100,000 mutated inputs through the core (scripts/fuzz.sh --quick); component tests in headless
# Chromium (wasm-bindgen-test); end-to-end tests with Playwright against the release build,
# served on loopback under a sub-path. Runs every stage even when one fails, exits non-zero if
# any failed, and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
logs=$(mktemp -d)
passed=0; failed=0; broken=()

# Sums "N passed; M failed" (cargo, wasm-bindgen-test) or "# pass N / # fail M" (node --test).
count() {
  local log=$1 p f
  p=$(grep -hoE '([0-9]+ passed;|^# pass [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
  f=$(grep -hoE '(passed; [0-9]+ failed|^# fail [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
}

stage() {
  local name=$1; shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  if "$@" 2>&1 | tee "$logs/$name.log"; then :; else
    broken+=("$name")
    # A stage that failed without reporting a failed test (a build error) still counts as one.
    grep -qE '([1-9][0-9]* failed;|^# fail [1-9])' "$logs/$name.log" || failed=$((failed + 1))
  fi
  count "$logs/$name.log"
}

# A check that is not a test runner (fmt, clippy) counts as one test: passed or failed.
check() {
  local name=$1; shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  if "$@" 2>&1 | tee "$logs/$name.log"; then passed=$((passed + 1)); else broken+=("$name"); failed=$((failed + 1)); fi
}

check fmt cargo fmt --all -- --check
check layout python3 scripts/module-graph.py
check clippy cargo clippy --workspace --all-targets --quiet -- -D warnings
check clippy-wasm cargo clippy --target wasm32-unknown-unknown -p call-record-viewer --all-targets --quiet -- -D warnings
stage native cargo test --workspace --quiet
# The command line `cargo test` built: its Parquet export of the corpus and of a synthetic
# export (with a PSTN and a Direct Routing page), read by DuckDB.
cli="${CARGO_TARGET_DIR:-target}/debug/callrecords"
corpus=${CORPUS_DIR:-$(cd .. && pwd)/shared/corpus/graph-docs}
synth_json="$logs/synth.json"
"$cli" synth 2000000 9 > "$synth_json" 2>/dev/null || true
stage parquet python3 scripts/parquet-check.py "$cli" "$corpus"/*.json
stage parquet-synth python3 scripts/parquet-check.py "$cli" "$synth_json" \
  "$corpus/v1.0-getpstncalls.json" "$corpus/v1.0-getdirectroutingcalls.json"
check fuzz scripts/fuzz.sh --quick
stage browser env CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=180 \
  cargo test --target wasm32-unknown-unknown --test web
stage release trunk build --release
if [ -f dist/index.html ]; then
  mkdir -p test-results
  stage e2e node --test --test-concurrency=1 e2e/
else
  broken+=(e2e); failed=$((failed + 1))
fi

rm -rf "$logs"
[ ${#broken[@]} -gt 0 ] && printf '\nfailed stages: %s\n' "${broken[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#broken[@]} -eq 0 ]
