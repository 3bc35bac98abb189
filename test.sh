#!/usr/bin/env bash
# Runs every test (mvn -B verify, extra arguments passed on). The browser tests drive Debian's chromium
# through chromium-driver, and the web app's unit tests run on Debian's nodejs (Node's built-in test runner); when
# any is missing this installs them with apt-get (as root), or says what to run.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  missing+=(chromium)
fi
if ! command -v chromedriver >/dev/null 2>&1; then
  missing+=(chromium-driver)
fi
if ! command -v node >/dev/null 2>&1; then
  missing+=(nodejs)
fi
if ((${#missing[@]} > 0)); then
  if [[ "$(id -u)" -eq 0 ]]; then
    echo "The tests need ${missing[*]}: installing with apt-get..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    echo "The tests need ${missing[*]}, which are not installed. Install them, then run this again:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

exec mvn -B verify "$@"
