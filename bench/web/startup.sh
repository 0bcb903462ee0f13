#!/usr/bin/env bash
# The explorer's start-up time: builds the release binary, then starts
# `kenes serve --addr 127.0.0.1:0` on the embedded model RUNS times (20 by
# default) and measures each start up to the first page served
# (bench/web/startup.py). Goal: a median under 100 ms; exits 1 if it is not.
# Results: docs/benchmarks.md, "The explorer".
#
#   bench/web/startup.sh
#   RUNS=50 bench/web/startup.sh

set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-20}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}

cargo build --release -q --locked -p kenes-cli
python3 bench/web/startup.py "$CARGO_TARGET_DIR/release/kenes" "$RUNS"
