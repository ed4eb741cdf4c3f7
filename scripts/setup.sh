#!/usr/bin/env bash
# Installs what building and testing need, each only when it is missing or of the wrong version.
#   scripts/setup.sh serve   wasm32 target, trunk, wasm-bindgen CLI, npm packages (wasm-opt)
#   scripts/setup.sh test    the same, plus Debian's chromium and chromium-driver
# Everything comes from the registries this machine reaches (crates.io, npm, Debian): nothing
# downloads a prebuilt binary from elsewhere. See README.md, "What setup installs".
set -euo pipefail
cd "$(dirname "$0")/.."

purpose=${1:-serve}
TRUNK_VERSION=0.21.14
DUCKDB_VERSION=2.0.1
step() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
export PATH="$HOME/.cargo/bin:$PATH"

# The wasm-bindgen CLI must be exactly the version in Cargo.lock, or trunk tries to download it.
lock_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

wb=$(lock_version wasm-bindgen)
if [ -z "$wb" ]; then echo "[setup] no wasm-bindgen in Cargo.lock" >&2; exit 1; fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
  step "installing wasm-bindgen-cli $wb (the version in Cargo.lock; about 3 minutes)"
  # Not --locked: its lockfile names a webpki-roots version the registry does not serve.
  cargo install wasm-bindgen-cli --version "$wb" --force
fi

# npm packages: binaryen (wasm-opt for release builds; Debian's binaryen 108 cannot read current
# wasm-bindgen output) and playwright-core (end-to-end tests).
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.setup-lock-hash 2>/dev/null)" != "$lock_hash" ] || [ ! -x node_modules/.bin/wasm-opt ]; then
  step "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.setup-lock-hash
fi

if [ "$purpose" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    step "installing Debian's chromium and chromium-driver"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # poppler-utils: pdftotext and pdftoppm read the printed call view back (e2e/print.test.mjs).
  if [ ! -x /usr/bin/pdftotext ] || [ ! -x /usr/bin/pdftoppm ]; then
    step "installing Debian's poppler-utils"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
  fi
  # DuckDB's Python package (PyPI): the independent reader of the Parquet export in make test.
  if [ "$(python3 -c 'import duckdb; print(duckdb.__version__)' 2>/dev/null)" != "$DUCKDB_VERSION" ]; then
    step "installing DuckDB $DUCKDB_VERSION for Python (pip)"
    python3 -m pip install --quiet --disable-pip-version-check "duckdb==$DUCKDB_VERSION"
  fi
fi
step "ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}')$([ "$purpose" = test ] && echo ", $(/usr/bin/chromium --version 2>/dev/null | awk '{print $1, $2}'), duckdb $(python3 -c 'import duckdb; print(duckdb.__version__)' 2>/dev/null)")"
