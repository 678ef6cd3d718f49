#!/usr/bin/env bash
# Installs Debian's chromium for the HTML report tests (headless screenshots, DOM checks).
# Prints the browser's path. Exits 0 when chromium is (now) present, 3 when it cannot be installed
# (not root, or no apt-get) — the tests then end Inconclusive with this script's message.
set -euo pipefail

find_browser() {
  for name in chromium chromium-browser; do
    if command -v "$name" >/dev/null 2>&1; then
      command -v "$name"
      return 0
    fi
  done
  return 1
}

if path=$(find_browser); then
  echo "$path"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "chromium is not installed and installing it needs root (run: sudo apt-get install -y chromium)" >&2
  exit 3
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium is not installed and apt-get is not available to install it" >&2
  exit 3
fi

export DEBIAN_FRONTEND=noninteractive
# A lock keeps parallel test runs from racing on dpkg.
exec 9>/tmp/floeharden-install-chromium.lock
flock 9
if path=$(find_browser); then
  echo "$path"
  exit 0
fi

apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2

if path=$(find_browser); then
  echo "$path"
  exit 0
fi

echo "apt-get install chromium finished but no chromium binary is on PATH" >&2
exit 3
