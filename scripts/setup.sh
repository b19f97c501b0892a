#!/usr/bin/env bash
# Installs whatever this project needs and is missing, and says what it installs.
# Idempotent: a second run installs nothing. Used by `make test`, `make demo`, CI.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

# The wasm-bindgen CLI must be exactly the version Cargo.lock resolved.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

# The Rust toolchain rust-toolchain.toml pins, with its components and the wasm target. Installed
# explicitly: rustup's own auto-install can be off (RUSTUP_AUTO_INSTALL=0).
channel=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
if ! rustup toolchain list 2>/dev/null | grep -q "^$channel"; then
  say "installing the Rust $channel toolchain"
  rustup toolchain install "$channel" --profile minimal --component rustfmt,clippy --target wasm32-unknown-unknown
fi
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "installing the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Nightly, for the fuzzer (cargo-fuzz needs -Z flags); the build itself stays on 1.95.0.
if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  say "installing the nightly toolchain (for cargo fuzz)"
  rustup toolchain install nightly --profile minimal
fi

# Browsers and their drivers, from Debian's packages. WebKit is WebKitGTK (the engine Safari
# shares): webkit2gtk-driver's WebKitWebDriver starts libwebkit2gtk's MiniBrowser, which has no
# headless mode, hence Xvfb.
apt_missing=()
have chromium || apt_missing+=(chromium)
have chromedriver || apt_missing+=(chromium-driver)
have firefox-esr || have firefox || apt_missing+=(firefox-esr)
have WebKitWebDriver || apt_missing+=(webkit2gtk-driver)
have Xvfb || apt_missing+=(xvfb)
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "installing ${apt_missing[*]} (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
fi
# A broken WebKitGTK install shows here, not as a WebDriver session that never starts.
if ! compgen -G "/usr/lib/*/webkit2gtk-4.*/MiniBrowser" >/dev/null; then
  say "MiniBrowser is missing: apt-get install --reinstall libwebkit2gtk-4.1-0" >&2
  exit 1
fi

# Cargo-installed tools (built from crates.io; their own downloaders cannot reach the net).
cargo_tool() { # binary, crate, version ("" for latest)
  local bin=$1 crate=$2 version=$3
  if have "$bin" && { [ -z "$version" ] || "$bin" --version 2>/dev/null | grep -q " $version\$"; }; then
    return
  fi
  say "installing $crate${version:+ $version} (cargo install, a few minutes)"
  cargo install --quiet "$crate" ${version:+--version "$version"}
}
cargo_tool wasm-bindgen wasm-bindgen-cli "$bindgen_version"
cargo_tool wasm-pack wasm-pack ""
cargo_tool geckodriver geckodriver ""
cargo_tool cargo-fuzz cargo-fuzz ""

# Node tools pinned by package-lock.json (wasm-opt from binaryen, ...).
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing node tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

exit 0
