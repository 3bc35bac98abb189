#!/usr/bin/env bash
# Runs every test (mvn -B verify, extra arguments passed on). The browser tests drive Debian's chromium
# through chromium-driver, the web app's unit tests run on Debian's nodejs (Node's built-in test runner), and
# docker-compose.yml is resolved by Debian's docker-compose (its `config` needs no engine; installed without the
# engine it recommends); when any is missing this installs them with apt-get (as root), or says what to run.
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
# without the engine it recommends: the tests only resolve the file
missing_without_recommends=()
if ! command -v docker-compose >/dev/null 2>&1; then
  missing_without_recommends+=(docker-compose)
fi
if ((${#missing[@]} + ${#missing_without_recommends[@]} > 0)); then
  if [[ "$(id -u)" -eq 0 ]]; then
    echo "The tests need ${missing[*]} ${missing_without_recommends[*]}: installing with apt-get..."
    apt-get update -qq
    if ((${#missing[@]} > 0)); then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
    if ((${#missing_without_recommends[@]} > 0)); then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_without_recommends[@]}"
    fi
  else
    echo "The tests need ${missing[*]} ${missing_without_recommends[*]}, which are not installed. Install them, then" \
      "run this again:" >&2
    if ((${#missing[@]} > 0)); then
      echo "  sudo apt-get install -y ${missing[*]}" >&2
    fi
    if ((${#missing_without_recommends[@]} > 0)); then
      echo "  sudo apt-get install -y --no-install-recommends ${missing_without_recommends[*]}" >&2
    fi
    exit 1
  fi
fi

exec mvn -B verify "$@"
