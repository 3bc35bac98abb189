#!/usr/bin/env bash
# Runs every test (mvn -B verify, extra arguments passed on). The browser tests drive Debian's chromium
# through chromium-driver; when either is missing this installs them with apt-get (as root), or says what to run.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  missing+=(chromium)
fi
if ! command -v chromedriver >/dev/null 2>&1; then
  missing+=(chromium-driver)
fi
if ((${#missing[@]} > 0)); then
  if [[ "$(id -u)" -eq 0 ]]; then
    echo "The browser tests need ${missing[*]}: installing with apt-get..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  else
    echo "The browser tests need ${missing[*]}, which are not installed. Install them, then run this again:" >&2
    echo "  sudo apt-get install -y chromium chromium-driver" >&2
    exit 1
  fi
fi

exec mvn -B verify "$@"
