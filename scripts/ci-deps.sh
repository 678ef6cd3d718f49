#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK, when it is missing: python3 (the Python frontend's
# parser) and Debian's chromium (the HTML report's rendering test). Needs root and Debian's apt; elsewhere it
# says what is missing and the tests that need it end Inconclusive with the reason.
set -uo pipefail
missing=()
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ci-deps: not installed (needs root and apt-get): ${missing[*]}; the tests that need them will be inconclusive" >&2
  exit 0
fi
echo "ci-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || echo "ci-deps: could not install ${missing[*]}; the tests that need them will be inconclusive" >&2
exit 0
