#!/usr/bin/env bash
# Benchmarks kenes-power against its Python peers on the same inputs:
# `powerindex` (voting power) and `apportionment` (seat apportionment), both
# from PyPI in a venv made here (bench/.venv, gitignored). Prints a table of
# times, ratios and whether the values agree; writes bench/out/power.md.
# The ratio is peer time over kenes time, both measured in process (compute
# only, no interpreter or process start); the CLI's wall time is shown too.
#
#   bench/power/run.sh            build kenes (release) and run everything
#   KENES_BIN=path bench/power/run.sh   use an already built binary
#   PEER_TIMEOUT=300 …            seconds a peer may take per case (default 120)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/bench/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check apportionment powerindex
target="${CARGO_TARGET_DIR:-$root/target}"
if [ -z "${KENES_BIN:-}" ]; then
    (cd "$root" && cargo build --release -p kenes-cli)
    KENES_BIN="$target/release/kenes"
fi
(cd "$root" && cargo build --release -p kenes-power --example power_bench)
KENES_HARNESS="$target/release/examples/power_bench"
export KENES_BIN KENES_HARNESS
echo "kenes: $KENES_BIN; machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo
echo "in-library figures (cargo run --release -p kenes-power --example power_bench):"
"$KENES_HARNESS"
echo
"$venv/bin/python" "$root/bench/power/compare.py" "$root/bench/out"
