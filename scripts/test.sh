#!/usr/bin/env bash
# The tests, on a fresh machine too: installs what they need when it is
# missing (cargo-nextest; Debian's Chromium and playwright-core for the
# browser tests), then runs every test of the workspace.
#
#   scripts/test.sh            # as the README says
#   scripts/test.sh -p kenes-web   # arguments go to cargo nextest run
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo nextest --version >/dev/null 2>&1; then
  cargo install cargo-nextest --locked
fi
if [[ ! -x /usr/bin/chromium ]]; then
  as_root=$([[ $(id -u) == 0 ]] || echo sudo)
  $as_root apt-get update -qq
  $as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
if [[ ! -d e2e/node_modules/playwright-core ]] || [[ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]]; then
  npm ci --prefix e2e --no-audit --no-fund
fi

cargo nextest run --workspace --locked --no-fail-fast "$@"
