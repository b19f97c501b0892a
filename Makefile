# The two commands a newcomer needs: `make demo` and `make test`.
# Both install whatever is missing first (scripts/setup.sh, idempotent).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

WASM := pkg/ccbill_validate_bg.wasm
TABLES := pkg/ccbill_validate_tables.bin
# The browser entry's ES modules (the classic build is their bundle; the Node and workerd entries
# are not downloaded by browsers; the inline build is counted on its own).
MODULES = $(filter-out pkg/classic.js pkg/ccbill-validate.classic.js pkg/node.js pkg/workerd.js pkg/inline.js \
  pkg/wasm-inline.js pkg/tables-inline.js,$(wildcard pkg/*.js))

.PHONY: setup test lint no-fmt native wasm-test js-test py-test fuzz-smoke fuzz pkg demo data locales facts size bench peers steps clean

setup:
	@scripts/setup.sh

test: setup lint native fuzz-smoke no-fmt wasm-test js-test py-test

lint:
	python3 scripts/module-cycles.py
	cargo fmt --check
	cargo fmt --check --manifest-path fuzz/Cargo.toml
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --features runtime -- -D warnings

native:
	cargo test
	python3 data/generate.py --check
	python3 scripts/locales.py --check

# The same test bodies (tests/common) in Node, Chrome, Firefox and WebKit. Each runner runs in a
# process group of its own (scripts/in-group.sh), which ends every browser and driver it started,
# pass or fail. WebKit is WebKitGTK's MiniBrowser (wasm-pack's --safari with WebKitWebDriver), under
# an X server of its own (scripts/with-display.sh) and a time limit: a WebDriver session that
# cannot start waits 60 s, anything else that hangs is ended at WEBKIT_TIMEOUT. Logs go to target/;
# a failure prints its log; the longest test body of each runtime is reported (a body past 5 s
# fails: see tests/common/mod.rs `Budget`).
WASM_TEST_LOGS := target/wasm-test-node.log target/wasm-test-browsers.log target/wasm-test-webkit.log
WEBKIT_TIMEOUT ?= 600
wasm-test:
	@mkdir -p target
	scripts/in-group.sh wasm-pack test --node -- --test node -- --nocapture > target/wasm-test-node.log 2>&1 \
	  || { cat target/wasm-test-node.log; exit 1; }
	scripts/in-group.sh wasm-pack test --headless --chrome --firefox -- --test browser -- --nocapture \
	  > target/wasm-test-browsers.log 2>&1 || { cat target/wasm-test-browsers.log; exit 1; }
	scripts/in-group.sh scripts/with-display.sh timeout --foreground $(WEBKIT_TIMEOUT) \
	  wasm-pack test --headless --safari --safaridriver "$$(command -v WebKitWebDriver)" -- --test browser -- --nocapture \
	  > target/wasm-test-webkit.log 2>&1 || { status=$$?; cat target/wasm-test-webkit.log; \
	  [ $$status -ne 124 ] || echo "wasm-test: WebKit ended after $(WEBKIT_TIMEOUT) s"; exit 1; }
	@grep -h '^test result' $(WASM_TEST_LOGS)
	@scripts/longest-body.sh $(WASM_TEST_LOGS)

# Fuzzing (cargo-fuzz, nightly): every target for FUZZ_SECONDS; a crash fails the run and
# leaves its input in fuzz/artifacts/ (turn it into a regression test).
FUZZ_SECONDS ?= 30
FUZZ_FLAGS = -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -rss_limit_mb=4096 -print_final_stats=1
# The Python package (py/): a venv under target/ with pinned tools (installed once, again only when
# the pins change), the wheel built by maturin from the checkout, then pytest and mypy --strict.
PY_VENV := target/py-venv
PY_PINS := maturin==1.16.0 pytest==9.2.0 mypy==2.4.1 pydantic==2.14.4

$(PY_VENV)/.pins-$(subst =,,$(subst $(eval) ,-,$(PY_PINS))):
	python3 -m venv $(PY_VENV)
	$(PY_VENV)/bin/pip install -q $(PY_PINS)
	touch $@

py-test: $(PY_VENV)/.pins-$(subst =,,$(subst $(eval) ,-,$(PY_PINS)))
	cargo fmt --check --manifest-path py/Cargo.toml
	cargo clippy --manifest-path py/Cargo.toml --all-targets -- -D warnings
	cargo build -q --bin ccbill-validate
	PATH=$(CURDIR)/$(PY_VENV)/bin:$$PATH $(PY_VENV)/bin/pip install -q --no-build-isolation --force-reinstall --no-deps ./py
	$(PY_VENV)/bin/pytest -q -p no:cacheprovider py/tests

fuzz-smoke:
	cd fuzz && for t in $$(cargo +nightly fuzz list); do \
	  printf 'fuzz: %s, %ss\n' $$t $(FUZZ_SECONDS); \
	  cargo +nightly fuzz run $$t -- $(FUZZ_FLAGS) 2>&1 \
	    | grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+.*DONE)|panicked|ERROR|SUMMARY' || exit 1; \
	done

# A longer session, every target for FUZZ_LONG seconds: `make fuzz FUZZ_LONG=600`.
FUZZ_LONG ?= 300
fuzz: setup
	$(MAKE) --no-print-directory fuzz-smoke FUZZ_SECONDS=$(FUZZ_LONG)

# The shipped module holds no formatting code (issue 22): `make pkg`'s build, names kept.
no-fmt: pkg
	python3 scripts/no-fmt.py

js-test: pkg
	tsc -p tests/js/tsconfig.json
	scripts/in-group.sh node --test tests/js/ tests/e2e/ tests/compat/ tests/consumers/

# The npm package: wasm-pack's release build for the web target, with the
# hand-written JS layer and package.json of pkg-template/ merged over it.
pkg: setup
	rm -rf pkg
	wasm-pack build --release --target web --out-dir pkg --out-name ccbill_validate --no-pack -- --features runtime
	rm -f pkg/.gitignore
	cp -r pkg-template/* pkg/
	node scripts/build-pkg.mjs
	@$(MAKE) --no-print-directory size

# Bytes a browser downloads: the wasm module and all the package's JS (MODULES: the browser
# entry's files), the first download; then the reference tables, fetched beside it but not
# waited for; the inline and classic builds are shown apart.
size:
	@printf 'size: %-34s %7s raw %7s gzip -9\n' "$(WASM)" $$(wc -c < $(WASM)) $$(gzip -9c $(WASM) | wc -c)
	@printf 'size: %-34s %7s raw %7s gzip -9\n' "wasm + JS glue + JS layer" \
	  $$(cat $(WASM) $(MODULES) | wc -c) $$(cat $(WASM) $(MODULES) | gzip -9c | wc -c)
	@printf 'size: %-34s %7s raw %7s gzip -9\n' "$(TABLES)" $$(wc -c < $(TABLES)) $$(gzip -9c $(TABLES) | wc -c)
	@for f in pkg/wasm-inline.js pkg/tables-inline.js pkg/ccbill-validate.classic.js; do \
	  printf 'size: %-34s %7s raw %7s gzip -9\n' "$$f" $$(wc -c < $$f) $$(gzip -9c $$f | wc -c); done

# Size, speed, init time and accuracy against the JS peers (pinned in benches/js, installed in
# target/bench/peers, never the package's dependencies), then the native benchmarks.
bench: setup pkg peers
	node benches/js/run.mjs
	cargo bench --bench calls

peers:
	mkdir -p target/bench/peers
	cp benches/js/package.json benches/js/package-lock.json target/bench/peers/
	cd target/bench/peers && npm ci --no-audit --no-fund --loglevel=error

# Issue 22's steps table (README, Performance): each of COMMITS built as `make pkg` builds it,
# then measured together (scripts/steps.sh, benches/js/steps.mjs).
steps: setup peers
	scripts/steps.sh $(COMMITS)

demo: setup pkg
	node scripts/serve.mjs

data:
	python3 data/generate.py

# What the JS and TS layers know about calls, fields, codes and versions, from the Rust core
# (src/facts.rs): pkg-template/facts.js, calls.js, calls.d.ts, src/facts.d.ts. `make test` fails
# while they are stale (tests/facts.rs).
facts:
	CCBILL_WRITE_FACTS=1 cargo test -q --test facts

# The wording: every catalog, Rust and JS, from locales/<tag>.json (see locales/README.md).
locales:
	python3 scripts/locales.py

clean:
	cargo clean
	rm -rf pkg node_modules
