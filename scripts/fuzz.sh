#!/usr/bin/env bash
# Fuzzing the core (fuzz/, a workspace of its own; seeds: ../shared/corpus/graph-docs, read at
# run time, never copied into the repository; CORPUS_DIR overrides it).
#
#   scripts/fuzz.sh --quick     the deterministic run of `make test`: the corpus, then 100,000
#                               inputs mutated from it with seed 1, each through the three targets
#                               (ingest; judge + summaries; chart data + SVG) under catch_unwind,
#                               no coverage instrumentation (FUZZ_RUNS, FUZZ_SEED change it).
#   scripts/fuzz.sh [SECONDS]   `make fuzz`: coverage-guided libFuzzer on the stable toolchain
#                               (libfuzzer-sys with the sanitizer-coverage flags cargo-fuzz passes,
#                               an explicit --target so they skip build scripts), each target for
#                               SECONDS (default 120); prints executions per second and totals.
#
# An input slower than 1 s is reported ("Slowest unit") and counted. Crashes and slow inputs are saved in target/fuzz/artifacts/; libFuzzer's own corpus grows in
# target/fuzz/corpus/TARGET. Exits 1 on a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
corpus=${CORPUS_DIR:-$(cd .. && pwd)/shared/corpus/graph-docs}
out=target/fuzz
if [ "${1:-}" = "--quick" ]; then
  cargo build --release --quiet --manifest-path fuzz/Cargo.toml --target-dir "$out" --bin mutate
  exec "$out/release/mutate" --runs "${FUZZ_RUNS:-100000}" --seed "${FUZZ_SEED:-1}" --corpus "$corpus" --artifacts "$out/artifacts"
fi

seconds=${1:-120}
triple=x86_64-unknown-linux-gnu
targets=(fuzz_ingest fuzz_judge_summary fuzz_chart_svg)
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table -Cllvm-args=-sanitizer-coverage-trace-compares"
build=(cargo build --release --manifest-path fuzz/Cargo.toml --target-dir "$out" --target "$triple" --features libfuzzer)
for t in "${targets[@]}"; do build+=(--bin "$t"); done
printf '\033[1m== building the libFuzzer targets (coverage instrumented)\033[0m\n'
start=$(date +%s)
"${build[@]}"
echo "built in $(( $(date +%s) - start )) s"
mkdir -p "$out/artifacts"
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
status=0
total_runs=0
total_seconds=0
for t in "${targets[@]}"; do
  printf '\n\033[1m== %s for %s s\033[0m\n' "$t" "$seconds"
  mkdir -p "$out/corpus/$t"
  set +e
  "$out/$triple/release/$t" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -report_slow_units=1 -rss_limit_mb=2048 \
    -artifact_prefix="$out/artifacts/$t-" "$out/corpus/$t" "$corpus" 2>&1 | tee "$logs/$t.log" | grep -E '^(#[0-9]+.*(INITED|DONE|pulse)|Done|==|SUMMARY|artifact_prefix|Test unit written)' || true
  code=${PIPESTATUS[0]}
  set -e
  runs=$(awk '/^stat::number_of_executed_units:/ { print $2 }' "$logs/$t.log"); runs=${runs:-0}
  rate=$(awk '/^stat::average_exec_per_sec:/ { print $2 }' "$logs/$t.log"); rate=${rate:-0}
  took=$(awk '/^Done [0-9]+ runs in/ { print $5 }' "$logs/$t.log"); took=${took:-$seconds}
  total_runs=$((total_runs + runs)); total_seconds=$((total_seconds + took))
  if [ "$code" -ne 0 ]; then
    status=1
    echo "$t: CRASH (exit $code); the input is in $out/artifacts/"
  fi
  slow=$(grep -c 'Slowest unit:' "$logs/$t.log" || true)
  echo "$t: $runs executions in $took s, $rate exec/s, corpus $(ls "$out/corpus/$t" | wc -l) inputs, ${slow:-0} inputs over 1 s"
done
echo
echo "fuzz: $total_runs executions in $total_seconds s over ${#targets[@]} targets ($(( total_runs / (total_seconds > 0 ? total_seconds : 1) )) exec/s)"
exit $status
