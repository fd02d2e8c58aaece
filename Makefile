# saywho: make run (extract the bundled samples), make test (the whole suite).
SHELL := /bin/bash
CARGO ?= cargo
BIN := target/release/saywho
SHARED ?= ../shared

.PHONY: run test bless build schema eval bench clippy fmt

build:
	$(CARGO) build --release

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

## Regenerate schema/quotes.schema.json and the column table in schema/README.md.
schema:
	SAYWHO_BLESS=1 $(CARGO) test --release --lib schema::

clippy:
	$(CARGO) clippy --all-targets -- -D warnings

fmt:
	$(CARGO) fmt

## Score against the gold sets in ../shared (skipped when ../shared is absent).
eval: build
	@if [ ! -d "$(SHARED)/eval" ]; then echo "make eval: $(SHARED)/eval not found; nothing to score (it is only on the development machines)"; exit 0; fi; \
	tmp=$$(mktemp -d); \
	$(BIN) extract -q $(SHARED)/seeds -o $$tmp/seed.csv && \
	echo -n "seed:        " && python3 $(SHARED)/eval/score.py --gold $(SHARED)/eval/seed/gold.csv --pred $$tmp/seed.csv --texts $(SHARED)/seeds && \
	$(BIN) extract -q $(SHARED)/corpus/peoples-daily/clean -o $$tmp/pd.csv && \
	echo -n "xinhua-dev:  " && python3 $(SHARED)/eval/score.py --gold $(SHARED)/eval/xinhua-dev/gold.csv --pred $$tmp/pd.csv --texts $(SHARED)/corpus/peoples-daily/clean && \
	$(BIN) extract -q $(SHARED)/eval/polnear/dev/text -o $$tmp/polnear.csv && \
	echo -n "polnear-dev: " && python3 $(SHARED)/eval/score.py --gold $(SHARED)/eval/polnear/dev_gold.csv --pred $$tmp/polnear.csv --texts $(SHARED)/eval/polnear/dev/text --all-texts; \
	rm -rf $$tmp
