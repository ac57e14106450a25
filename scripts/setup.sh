#!/usr/bin/env bash
# Installs what the site needs on a fresh machine; with --browser, also what the
# browser tests need. Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

# Node packages, from the lock file. The `node` devDependency brings Node 24,
# which npm scripts then run on (the machine's own Node may be older).
if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # Under a Node older than 22.12, npm prints an EBADENGINE warning for each package that asks
  # for newer Node, although every one of them only ever runs on the Node 24 this installs:
  # then npm prints errors only, so a first install shows nothing that looks like a failure.
  if node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'; then
    npm ci --no-audit --no-fund
  else
    echo "setup: installing the packages and Node 24 (this machine has Node $(node --version); the site's tools run on Node 24)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi

if [ "${1:-}" = "--browser" ]; then
  # Browser tests drive Debian's chromium; fonts-noto-cjk lets it draw Chinese;
  # poppler-utils (pdftotext) reads back the PDF the print test makes.
  if ! dpkg -s chromium fonts-noto-cjk poppler-utils >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
      echo "setup: the browser tests need Debian's chromium, fonts-noto-cjk and poppler-utils; install them as root: apt-get install -y chromium fonts-noto-cjk poppler-utils" >&2
      exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk poppler-utils >/dev/null
  fi
fi
