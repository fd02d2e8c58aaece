# saywho: make run (extract the bundled samples), make test (the whole suite).
SHELL := /bin/bash
CARGO ?= cargo
# The folder cargo builds into, as cargo itself reports it: ./target, or CARGO_TARGET_DIR or
# build.target-dir when set (one target folder shared by several clones). Looked up only by
# the targets that run the binary.
TARGET_DIR = $(or $(shell $(CARGO) metadata --format-version 1 --no-deps 2>/dev/null | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p'),target)
BIN = $(TARGET_DIR)/release/saywho
SHARED ?= ../shared

.PHONY: run test bless build build-pgo schema eval eval-polnear-breakdown bench clippy fmt conformance bench-pathological fuzz

build:
	$(CARGO) build --release

## A profile-guided release build, trained on the repo's fixture articles, written to
## $(TARGET_DIR)/release/saywho-pgo: the same rows, 6 to 9% less CPU (README,
## Performance). Needs llvm-profdata: rustup component add llvm-tools-preview.
build-pgo: build
	CARGO=$(CARGO) BIN=$(BIN) bash scripts/pgo.sh

## Extract the bundled sample articles to quotes.csv and print a one-line summary.
run: build
	$(BIN) extract data/samples -o quotes.csv
	@echo "wrote quotes.csv"

## The whole test suite: unit tests, integration tests, lints of the data files.
test:
	$(CARGO) test

## Rewrite tests/fixtures/expected/*.csv from the current output, after an intended change.
## Review `git diff tests/fixtures` and update tests/fixtures/NOTES.md before committing.
bless:
	SAYWHO_BLESS=1 $(CARGO) test --test cli fixture_articles_match_expected_csv

## The output read by the real tools: frictionless, pandas, readr, LibreOffice + openpyxl.
## Installs what it needs (a venv under target/, Debian packages when missing); see
## tests/conformance/run.sh.
conformance:
	bash tests/conformance/run.sh

## Regenerate schema/quotes.schema.json and the column table in schema/README.md.
schema:
	SAYWHO_BLESS=1 $(CARGO) test --release --lib schema::

clippy:
	$(CARGO) clippy --all-targets -- -D warnings

fmt:
	$(CARGO) fmt

## Score against the gold sets in ../shared with saywho eval (skipped when ../shared is absent).
## BBC dev is extracted from a copy of its 20 articles alone: score.py falls back to the file
## name, so business/101.txt would also collect the rows of politics/101.txt.
## score.py, the reference scorer, scores the same rows as a cross-check; a difference fails.
## The per-article details: saywho eval --gold GOLD --texts DIR (see README.md, Measuring).
eval: build
	@if [ ! -d "$(SHARED)/eval" ]; then echo "make eval: $(SHARED)/eval not found; nothing to score (it is only on the development machines)"; exit 0; fi; \
	set -o pipefail; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	score() { \
		name=$$1; gold=$$2; texts=$$3; shift 3; \
		$(BIN) extract -q "$$texts" -o "$$tmp/$$name.csv"; \
		ours=$$($(BIN) eval --gold "$$gold" --texts "$$texts" "$$tmp/$$name.csv" "$$@" | head -n 1) || return 1; \
		printf '%-12s %s\n' "$$name:" "$$ours"; \
		if command -v python3 >/dev/null; then \
			ref=$$(python3 $(SHARED)/eval/score.py --gold "$$gold" --pred "$$tmp/$$name.csv" --texts "$$texts" "$$@" 2>/dev/null) || return 1; \
			if [ "$$ref" != "$$ours" ]; then printf '%-12s %s\n' "  score.py:" "$$ref"; echo "make eval: saywho eval and score.py disagree on $$name"; return 1; fi; \
		fi; \
	}; \
	score seed $(SHARED)/eval/seed/gold.csv $(SHARED)/seeds && \
	score xinhua-dev $(SHARED)/eval/xinhua-dev/gold.csv $(SHARED)/corpus/peoples-daily/clean && \
	mkdir -p "$$tmp/bbc" && tail -n +2 $(SHARED)/eval/bbc-dev/gold.csv | cut -d, -f1 | sort -u | \
		(cd $(SHARED)/corpus/bbc && xargs cp --parents -t "$$tmp/bbc") && \
	score bbc-dev $(SHARED)/eval/bbc-dev/gold.csv "$$tmp/bbc" && \
	score polnear-dev $(SHARED)/eval/polnear/dev_gold.csv $(SHARED)/eval/polnear/dev/text --all-texts && \
	score polnear-spk $(SHARED)/eval/polnear/dev_speakers_gold.csv $(SHARED)/eval/polnear/dev/text && \
	if command -v python3 >/dev/null; then \
		{ python3 $(SHARED)/eval/polnear_gold.py $(SHARED)/eval/polnear/train "$$tmp/train_gold.csv" >"$$tmp/gold.log" 2>&1 || { cat "$$tmp/gold.log"; false; }; } && \
		score polnear-train "$$tmp/train_gold.csv" $(SHARED)/eval/polnear/train/text --all-texts && \
		echo "(score.py gives the same lines; polnear-spk is PolNeAR dev's 42 articles with speakers)"; \
	else echo "(no python3: PolNeAR train's gold is made by polnear_gold.py, so it is skipped)"; fi

## Where our rows and the PolNeAR conversion part ways, on PolNeAR dev, with counts
## (scripts/polnear-breakdown.py; README "Accuracy today"). Needs ../shared and python3.
eval-polnear-breakdown: build
	@if [ ! -d "$(SHARED)/eval/polnear/dev" ]; then echo "make eval-polnear-breakdown: $(SHARED)/eval/polnear/dev not found; nothing to score (it is only on the development machines)"; exit 0; fi; \
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN) extract -q "$(SHARED)/eval/polnear/dev/text" -o "$$tmp/pred.csv" && \
	python3 scripts/polnear-breakdown.py "$(SHARED)/eval/polnear/dev" "$(SHARED)/eval/polnear/dev_gold.csv" "$$tmp/pred.csv"

## Throughput and peak memory on a 50 MB corpus (../shared/corpus/bbc ten times, and the
## same as one JSONL file; skipped when ../shared is absent) against the floor measured in
## the same run (unicode-segmentation's sentences over the same files, examples/floor.rs:
## one process, and two side by side), then the pathological inputs of bench-pathological.
## The profile-guided build (build-pgo) is measured beside the plain one where llvm-profdata
## is installed. Timed, so never part of `make test`. BENCH_RUNS=N keeps the fastest of N
## interleaved runs.
bench: build
	$(CARGO) build --release --example floor
	@if [ -d "$(SHARED)/corpus/bbc" ]; then CARGO=$(CARGO) BIN=$(BIN) bash scripts/pgo.sh --if-available; fi
	BIN=$(BIN) PGO_BIN=$(BIN)-pgo FLOOR=$(TARGET_DIR)/release/examples/floor SHARED=$(SHARED) bash scripts/bench.sh
	BIN=$(BIN) bash scripts/bench-pathological.sh

## Linear time on pathological text: 10 and 20 MB of quotation marks, of "said said said",
## of one line of news (the fixtures' Wikinews articles), and a 50 MB line; each at 5 MB/s
## or more, doubling the input at most doubling the time (within 20%). Exits 1 when a check
## fails.
bench-pathological: build
	BIN=$(BIN) bash scripts/bench-pathological.sh

## Fuzz the extraction for FUZZ_SECONDS (default 600) with cargo-fuzz (needs nightly; see fuzz/README.md).
FUZZ_SECONDS ?= 600
fuzz:
	mkdir -p fuzz/corpus/extract
	cd fuzz && $(CARGO) +nightly fuzz run -s none -a extract corpus/extract ../tests/fixtures/articles -- \
		-dict=extract.dict -max_len=4096 -timeout=10 -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1
