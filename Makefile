# Call Record Viewer. The two commands a new machine needs:
#   make serve   set up, then serve the app on http://127.0.0.1:8080 (rebuilds on change)
#   make test    set up, then run every test (native, in-browser, end-to-end)
# Each installs only what is missing (scripts/setup.sh).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
# npm's binaryen provides wasm-opt for release builds; cargo-installed tools live in ~/.cargo/bin.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test dist size bench fuzz setup clean

serve:
	scripts/setup.sh serve
	trunk serve --no-autoreload --public-url /

test:
	scripts/setup.sh test
	scripts/test.sh

# A release build in dist/ with relative URLs: copy it to any static host, at any sub-path.
dist:
	scripts/setup.sh serve
	trunk build --release
	scripts/size.sh

size:
	scripts/size.sh

# Ingest speed: native, then in headless Chromium beside JSON.parse on the same bytes; then how
# each input shape scales from 1,000 to 100,000 (benches/scaling.rs); then `callrecords export`
# of 50 MB to CSV and Parquet (time and peak memory).
bench:
	scripts/setup.sh test
	scripts/bench.sh

# Coverage-guided fuzzing with libFuzzer on the stable toolchain, FUZZ_SECONDS per target
# (default 120); prints executions per second and totals. (`make test` runs a short
# deterministic mutation loop instead: scripts/fuzz.sh --quick.)
FUZZ_SECONDS ?= 120
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

setup:
	scripts/setup.sh test

clean:
	cargo clean
	rm -rf dist node_modules
