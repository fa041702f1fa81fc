# PlanGauge — the two commands of the README:
#   make        install what is missing, build, and run the main job on the shipped sample
#   make test   install what is missing, build, and run the whole test suite
SWIFT ?= swift
DATA ?= Data/sample
BIN = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)/plangauge

.PHONY: all deps build sample test install synth-sample screenshot notebooks fuzz sanitize sanitize-address sanitize-thread bench bench-memory docs clean

all: sample

deps:
	@./.ci/install-deps

build: deps
	$(SWIFT) build

# The main job on the sample data: check every row, assess the city plan, write the dashboards
# (Reports/<latest period>/index.html and the rest).
sample: build
	$(BIN) check $(DATA)
	@echo
	$(BIN) progress --data $(DATA)
	@echo
	$(BIN) report --data $(DATA) --docx --out Reports

# The whole suite. First end to end through the binary (the sample's dashboards, twice, byte for
# byte, and equal to the committed Reports/), then every unit test; swift test reports last.
test: deps
	$(SWIFT) build
	rm -rf /tmp/plangauge-e2e-a /tmp/plangauge-e2e-b
	$(BIN) report --data $(DATA) --docx --out /tmp/plangauge-e2e-a > /dev/null
	$(BIN) report --data $(DATA) --docx --out /tmp/plangauge-e2e-b > /dev/null
	diff -r /tmp/plangauge-e2e-a /tmp/plangauge-e2e-b
	diff -r -x README.md /tmp/plangauge-e2e-a Reports
	@echo "end-to-end: reports are deterministic and match the committed Reports/"
	$(SWIFT) test

# Install the release binary to $(PREFIX)/bin and the shipped plans, policies and sample to
# $(PREFIX)/share/plangauge/, where the binary finds them from any working directory.
# INSTALL_BUILD_FLAGS is passed to swift build (e.g. --scratch-path .build-release).
PREFIX ?= /usr/local
INSTALL_BUILD_FLAGS ?=
install: deps
	$(SWIFT) build -c release --product plangauge $(INSTALL_BUILD_FLAGS)
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/plangauge"
	install -m 755 "$$($(SWIFT) build -c release $(INSTALL_BUILD_FLAGS) --show-bin-path)/plangauge" "$(DESTDIR)$(PREFIX)/bin/plangauge"
	for d in plans policies sample; do \
	  rm -rf "$(DESTDIR)$(PREFIX)/share/plangauge/$$d" && cp -R "Data/$$d" "$(DESTDIR)$(PREFIX)/share/plangauge/$$d" || exit 1; \
	done
	@echo "installed $(DESTDIR)$(PREFIX)/bin/plangauge and $(DESTDIR)$(PREFIX)/share/plangauge/{plans,policies,sample}"

# Regenerate the committed sample (deterministic: no diff unless the generator changed).
synth-sample: build
	$(BIN) synth --out $(DATA)

# Render the latest city and park pages in headless Chromium (installed if missing) to PNGs.
screenshot: sample
	@latest=$$(ls -d Reports/*Q* | sort | tail -1); \
	./.ci/screenshot $$latest/index.html /tmp/plangauge-city.png 1200x3000 && \
	./.ci/screenshot $$latest/parks/pt-demo.html /tmp/plangauge-park.png 1200x2600

# Execute the analyst notebooks (Notebooks/*.ipynb) headlessly on the sample data, failing on any
# error; they run in memory, so the committed notebooks keep their cleared outputs. Installs Debian's
# fonts-noto-cjk (Chinese chart labels) when missing, and the pinned Python packages.
# NB_BUILD_FLAGS is passed to swift build (e.g. --scratch-path .build-nb).
NB_BUILD_FLAGS ?=
notebooks: deps
	@if [ -z "$$(find /usr/share/fonts -name 'NotoSansCJK*' -print -quit 2>/dev/null)" ]; then \
	  echo "notebooks: installing fonts-noto-cjk"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null; \
	fi
	python3 -m pip install -q -r Notebooks/requirements.txt
	$(SWIFT) build $(NB_BUILD_FLAGS) --product plangauge
	python3 Notebooks/run_all.py --bin "$$($(SWIFT) build $(NB_BUILD_FLAGS) --show-bin-path)/plangauge"

# Fuzz the ingest path with libFuzzer + AddressSanitizer for FUZZ_SECONDS, seeded with every small
# CSV fixture. A crash leaves its input in .build-fuzz/work/crashes/: add it to
# Tests/PlanGaugeIngestTests/Fixtures/fuzz/ (the test suite replays that folder) and fix the cause.
FUZZ_SECONDS ?= 60
FUZZ_FLAGS = -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library
fuzz: deps
	$(SWIFT) build -c release --product PlanGaugeFuzz --scratch-path .build-fuzz $(FUZZ_FLAGS)
	rm -rf .build-fuzz/work && mkdir -p .build-fuzz/work/corpus .build-fuzz/work/crashes
	find Tests/PlanGaugeIngestTests/Fixtures Data/examples -type f -size -64k | \
	  while read -r f; do cp "$$f" ".build-fuzz/work/corpus/$$(echo "$$f" | tr '/' '_')"; done
	LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan.supp .build-fuzz/release/PlanGaugeFuzz .build-fuzz/work/corpus -max_total_time=$(FUZZ_SECONDS) -max_len=8192 \
	  -timeout=10 -rss_limit_mb=2048 -artifact_prefix=.build-fuzz/work/crashes/ -print_final_stats=1

# The whole suite under AddressSanitizer (leaks included; .ci/lsan.supp lists the toolchain's own)
# and ThreadSanitizer, each in its own build folder.
sanitize-address: deps
	PLANGAUGE_SANITIZING=1 LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan.supp $(SWIFT) test --sanitize=address --scratch-path .build-asan

sanitize-thread: deps
	PLANGAUGE_SANITIZING=1 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan

sanitize: sanitize-address sanitize-thread

# PlanGauge against pandas, polars and DuckDB on a large synthetic dataset (Tests/Benchmarks/README.md).
BENCH_FIRMS ?= 50000
BENCH_DATA ?= /tmp/plangauge-bench-$(BENCH_FIRMS)
bench: deps
	$(SWIFT) build -c release --product plangauge
	@test -d $(BENCH_DATA) || $$($(SWIFT) build -c release --show-bin-path)/plangauge synth --firms $(BENCH_FIRMS) \
	  --from 2015Q1 --to 2024Q4 --frequency month --out $(BENCH_DATA)
	python3 -m pip install -q pandas polars duckdb
	python3 Tests/Benchmarks/bench.py $(BENCH_DATA) $$($(SWIFT) build -c release --show-bin-path)/plangauge
	$(MAKE) bench-xlsx

# Time and peak memory of `progress` at about 1, 5 and 20 million revenue rows (datasets made once
# under /tmp; the 20 M one is 1.9 GB). BENCH_CURVE_FIRMS picks other sizes.
bench-memory: deps
	$(SWIFT) build -c release --product plangauge
	python3 Tests/Benchmarks/memory_curve.py $$($(SWIFT) build -c release --show-bin-path)/plangauge

# The DocC documentation of the three libraries (articles and API), one static site each under
# $(DOCS_DIR)/{analytics,ingest,report}. DOCS_FLAGS is passed to swift package (e.g. --scratch-path
# .build-docs). The plugin moves each archive into place, so DOCS_DIR must exist first.
DOCS_DIR ?= .build/docs
DOCS_FLAGS ?=
.PHONY: docs
docs:
	mkdir -p $(DOCS_DIR)
	$(SWIFT) package $(DOCS_FLAGS) --allow-writing-to-directory $(DOCS_DIR) generate-documentation --warnings-as-errors \
	  --target PlanGaugeAnalytics --output-path $(DOCS_DIR)/analytics
	$(SWIFT) package $(DOCS_FLAGS) --allow-writing-to-directory $(DOCS_DIR) generate-documentation --warnings-as-errors \
	  --target PlanGaugeIngest --output-path $(DOCS_DIR)/ingest
	$(SWIFT) package $(DOCS_FLAGS) --allow-writing-to-directory $(DOCS_DIR) generate-documentation --warnings-as-errors \
	  --target PlanGaugeReport --output-path $(DOCS_DIR)/report

# The whole tree in one layout (.swift-format: 4 spaces, 120 columns, line breaks as written,
# no rewriting rules). `make format` applies it; `make lint` (run by CI) fails on any difference.
FORMAT_PATHS = Sources Tests Package.swift
.PHONY: format lint
format:
	$(SWIFT) format format --in-place --recursive --parallel $(FORMAT_PATHS)

# Also: a page's zh/en words live in its table under Sources/PlanGaugeReport/Text/, never inline.
lint:
	$(SWIFT) format lint --strict --recursive --parallel $(FORMAT_PATHS)
	@if grep -rnE '\bl\.t\(|\.t\("' Sources/PlanGaugeReport --include='*.swift' --exclude-dir=Text; then \
	  echo "lint: zh/en pairs belong in a table under Sources/PlanGaugeReport/Text/"; exit 1; fi

clean:
	rm -rf .build .build-*

# Reading one large .xlsx: `plangauge check` against python-calamine and openpyxl (read_only) on a
# 1,000,000-row revenue.xlsx beside 50,000 firms, made once under XLSX_BENCH_DATA by
# Tests/Benchmarks/make_xlsx_bench.py (XlsxWriter, shared strings as Excel writes them). Prints wall,
# CPU, peak MiB and rows per tool and writes $(XLSX_BENCH_DATA).bench_xlsx.json.
# XLSX_BENCH_BUILD_FLAGS is passed to swift build (e.g. --scratch-path .build-x).
XLSX_BENCH_ROWS ?= 1000000
XLSX_BENCH_DATA ?= /tmp/plangauge-xlsx-bench
XLSX_BENCH_BUILD_FLAGS ?=
.PHONY: bench-xlsx
bench-xlsx: deps
	$(SWIFT) build -c release $(XLSX_BENCH_BUILD_FLAGS) --product plangauge
	python3 -m pip install -q python-calamine openpyxl xlsxwriter
	@test -d $(XLSX_BENCH_DATA) || python3 Tests/Benchmarks/make_xlsx_bench.py --rows $(XLSX_BENCH_ROWS) \
	  --out $(XLSX_BENCH_DATA)
	python3 Tests/Benchmarks/bench_xlsx.py $(XLSX_BENCH_DATA) \
	  $$($(SWIFT) build -c release $(XLSX_BENCH_BUILD_FLAGS) --show-bin-path)/plangauge
