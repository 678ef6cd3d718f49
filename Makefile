SHELL := /bin/bash
.DEFAULT_GOAL := help
DOTNET ?= dotnet
CONFIGURATION ?= Release
RESULTS ?= $(CURDIR)/artifacts/test-results

.PHONY: help build test format sample audit-docs audit-self bench

help: ## list the targets
	@grep -hE '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | sort

build: ## build the solution
	$(DOTNET) build FloeHarden.sln -c $(CONFIGURATION)

test: ## run every test project (TRX under artifacts/test-results) and print "N passed, N failed, N skipped"
	rm -rf $(RESULTS)
	scripts/ci-deps.sh
	$(DOTNET) test FloeHarden.sln --logger trx --results-directory $(RESULTS); status=$$?; \
	  scripts/trx-summary.sh $(RESULTS); summary=$$?; [ $$status -eq 0 ] && [ $$summary -eq 0 ]

format: ## check formatting the way CI does
	$(DOTNET) format FloeHarden.sln --verify-no-changes

audit-self: ## audit this repository's own tests into artifacts/floe-audit (docs/msbuild.md)
	$(DOTNET) msbuild -t:FloeAudit -p:Configuration=$(CONFIGURATION)

audit-docs: ## regenerate docs/audits/: this repository's own audit (markdown and HTML), paths relative to the repository
	$(DOTNET) run --project src/Tool -c $(CONFIGURATION) -- . --format md,html --output artifacts/audit-docs --quiet
	mkdir -p docs/audits
	for f in report.md report.html; do sed 's|$(CURDIR)/|./|g; s|$(CURDIR)|.|g' artifacts/audit-docs/$$f > docs/audits/floeharden.$${f#report.}; done

sample: ## audit the bundled sample repository (README command 1)
	$(DOTNET) run --project src/Tool -c $(CONFIGURATION) -- samples

# --- bench (issue 7): not part of `make test`; docs/performance.md ---
SIZES ?= 10k,100k
REPEATS ?= 3
BENCH_OUT := $(CURDIR)/artifacts/bench

# Both published as users get them (Release, ReadyToRun where crossgen2 runs: src/Tool/ReadyToRun.targets), so ratio 1
# compares code, not JIT modes.
bench: ## generated corpora, audit vs parser ratios, memory, cache, MSBuild no-op (SIZES=10k,100k,1m REPEATS=3)
	$(DOTNET) publish src/Tool -c Release -nologo -v q -o $(BENCH_OUT)/tool
	$(DOTNET) publish bench/ParseOnly -c Release -nologo -v q -o $(BENCH_OUT)/parse-only
	python3 bench/run.py --tool $(BENCH_OUT)/tool/floe-audit --parse-only $(BENCH_OUT)/parse-only/floe-bench-parse-only \
	  --sizes $(SIZES) --repeats $(REPEATS) --work $(BENCH_OUT)

# --- E2E (issue 8): test-e2e, kind-up, kind-down, port-forwards ---
E2E := scripts/e2e/e2e.sh

.PHONY: test-e2e kind-up kind-down e2e-check-tools

test-e2e: ## E2E scenarios on Kind: make test-e2e FLOE_REPO=/path/to/floe (docs/e2e.md)
	@FLOE_REPO="$(FLOE_REPO)" $(E2E) test-e2e

kind-up: ## create or reuse the Kind cluster 'floe' (deploy/kind/floe-cluster.yaml)
	@$(E2E) kind-up

kind-down: ## delete the Kind cluster 'floe'
	@$(E2E) kind-down

e2e-check-tools: ## check that kind, kubectl, helm and docker are installed
	@$(E2E) check-tools

# --- Reports (issue 6): the HTML report tests drive headless chromium ---
.PHONY: install-chromium
install-chromium: ## install Debian's chromium for the HTML report tests (needs root and apt-get)
	@scripts/install-chromium.sh
