SHELL := /bin/bash
.DEFAULT_GOAL := help
DOTNET ?= dotnet
CONFIGURATION ?= Release
RESULTS ?= $(CURDIR)/artifacts/test-results

.PHONY: help build test format sample audit-sample

help: ## list the targets
	@grep -hE '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | sort

build: ## build the solution
	$(DOTNET) build FloeHarden.sln -c $(CONFIGURATION)

test: ## run every test project (TRX files under artifacts/test-results)
	rm -rf $(RESULTS)
	$(DOTNET) test FloeHarden.sln -c $(CONFIGURATION) --logger "trx" --results-directory $(RESULTS)

format: ## check formatting the way CI does
	$(DOTNET) format FloeHarden.sln --verify-no-changes

sample: ## audit the bundled sample repository (README command 1)
	$(DOTNET) run --project src/Tool -c $(CONFIGURATION) -- samples --output out/samples

# --- E2E (issue 8): test-e2e, kind-up, kind-down, port-forwards ---
