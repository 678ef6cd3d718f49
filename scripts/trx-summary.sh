#!/usr/bin/env bash
# Sums the counters of every TRX file under a folder into one line: "N passed, N failed, N skipped".
# Skipped, inconclusive and not-run tests count as skipped. Exits 1 when any test failed or errored.
set -euo pipefail
dir=${1:?usage: trx-summary.sh RESULTS_DIR}
shopt -s nullglob globstar
files=("$dir"/**/*.trx)
if [ ${#files[@]} -eq 0 ]; then
  echo "trx-summary: no TRX files under $dir" >&2
  echo "0 passed, 0 failed, 0 skipped"
  exit 1
fi
sum() { grep -ho "<Counters [^>]*" "${files[@]}" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}'; }
passed=$(sum passed); failed=$(( $(sum failed) + $(sum error) + $(sum timeout) + $(sum aborted) ))
# Skipped and inconclusive tests are in "total" but neither passed nor failed.
skipped=$(( $(sum total) - passed - failed ))
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
