# PlanGauge — the two commands of the README:
#   make        install what is missing, build, and run the main job on the shipped sample
#   make test   install what is missing, build, and run the whole test suite
SWIFT ?= swift
DATA ?= Data/sample
BIN = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)/plangauge

.PHONY: all deps build sample test synth-sample clean

all: sample

deps:
	@./.ci/install-deps

build: deps
	$(SWIFT) build

# The main job on the sample data: check every row, then assess both shipped plans.
# (The report issue turns this into dashboards under Reports/.)
sample: build
	$(BIN) check $(DATA)
	@echo
	$(BIN) progress --data $(DATA) --plan Data/plans/shanghai-cybersecurity-2021-2023.yaml
	@echo
	$(BIN) progress --data $(DATA) --plan Data/plans/putuo-demo-park-2025.yaml

test: deps
	$(SWIFT) test

# Regenerate the committed sample (deterministic: no diff unless the generator changed).
synth-sample: build
	$(BIN) synth --out $(DATA)

clean:
	rm -rf .build .build-*
