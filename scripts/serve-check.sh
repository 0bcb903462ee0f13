#!/usr/bin/env bash
# The main job, checked without a person at the browser: starts the explorer
# on the embedded model at a free loopback port, fetches the overview and
# one page of every kind, and stops it. Used by CI.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet --locked -p kenes-cli
out=$(mktemp)
trap 'kill "$pid" 2>/dev/null || true; rm -f "$out"' EXIT
target/debug/kenes serve --addr 127.0.0.1:0 >"$out" &
pid=$!
for _ in $(seq 100); do
  grep -q '^kenes explorer: ' "$out" && break
  sleep 0.1
done
url=$(sed -n 's/^kenes explorer: //p' "$out")
[[ -n $url ]] || { echo "the explorer did not start" >&2; exit 1; }
for path in "" timeline state bodies paper "search?q=Korovichenko" api/overview; do
  curl --fail --silent --show-error --output /dev/null "$url$path"
done
echo "the explorer answered at $url"
