#!/usr/bin/env bash
# Prints the size of the release build's wasm and JS, raw and gzipped (what a browser downloads).
set -euo pipefail
cd "$(dirname "$0")/../dist" 2>/dev/null || { echo "no dist/: run 'make dist' first" >&2; exit 1; }
total_raw=0; total_gz=0
printf '%-32s %12s %12s\n' file raw gzip
for f in *.wasm *.js *.css *.html; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-32s %12d %12d\n' "$f" "$raw" "$gz"
done
printf '%-32s %12d %12d   (%d KB gzipped; target < 400 KB)\n' total "$total_raw" "$total_gz" $((total_gz / 1024))
