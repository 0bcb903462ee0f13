#!/usr/bin/env bash
# The scale benchmark: generates synthetic models of 10k, 100k and 1M claims
# (crates/kenes-dataset/examples/synthesize.rs), then times the loader alone
# (examples/load_bench.rs) and `kenes check DIR --json` on each, with peak
# memory, and says whether the time grows linearly. Results: docs/benchmarks.md.
#
#   bench/scale/run.sh                    # 10k, 100k, 1M claims, best of 3 runs
#   SIZES="10000 100000" RUNS=1 bench/scale/run.sh
#
# Goal: linear growth; 1M claims checked in under 5 s and 2 GiB on 2 cores.

set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES=${SIZES:-"10000 100000 1000000"}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
OUT=bench/out/scale
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
BIN=$CARGO_TARGET_DIR/release

cargo build --release -q -p kenes-dataset --example synthesize --example load_bench
if cargo build --release -q -p kenes-cli; then
    have_cli=1
else
    have_cli=0
    echo "kenes-cli does not build: measuring the loader alone" >&2
fi

if [[ ! -x /usr/bin/time && $(id -u) == 0 ]]; then
    apt-get install -y -qq time >/dev/null 2>&1 || true
fi

# measure CMD...: prints "SECONDS PEAK_KIB CPU_SECONDS" for one run (CPU time:
# user + system, which a busy shared machine disturbs less than wall time). Exit 0 and 1 (findings)
# are success; anything else stops the benchmark.
measure() {
    local status=0 report
    report=$(mktemp)
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -o "$report" -f '%e %M %U %S' "$@" >/dev/null || status=$?
    else
        measure_without_time "$report" "$@" || status=$?
    fi
    if ((status > 1)); then
        echo "failed (exit $status): $*" >&2
        exit 2
    fi
    awk 'END { printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$report"
    rm -f "$report"
}

# Bash's own timer, and the peak RSS (VmHWM) read from /proc while it runs.
measure_without_time() {
    local report=$1 status=0 peak=0 hwm start
    shift
    start=$(date +%s.%N)
    "$@" >/dev/null &
    local pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
        ((${hwm:-0} > peak)) && peak=$hwm
        sleep 0.02
    done
    wait "$pid" || status=$?
    # no CPU time without GNU time: report the wall time in its place
    local wall
    wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
    echo "$wall $peak $wall 0" >"$report"
    return "$status"
}

# best CMD...: the fastest of $RUNS runs, with its peak memory.
best() {
    local run result best_line=""
    for ((run = 0; run < RUNS; run++)); do
        result=$(measure "$@")
        if [[ -z $best_line ]] || awk -v a="$result" -v b="$best_line" \
            'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[1] < y[1]) }'; then
            best_line=$result
        fi
    done
    echo "$best_line"
}

generate() {
    local claims=$1 dir=$OUT/$1
    if [[ ! -f $dir/.synthesized-seed-$SEED ]]; then
        "$BIN/examples/synthesize" --claims "$claims" --out "$dir" --seed "$SEED"
        touch "$dir/.synthesized-seed-$SEED"
    fi
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs: best of $RUNS; seed $SEED"
printf '\n| claims | entities | files | MiB on disk | load s (CPU s) | load peak MiB | check s (CPU s) | check peak MiB | check s per 100k claims |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
rates=()
for claims in $SIZES; do
    generate "$claims" >/dev/null 2>&1
    dir=$OUT/$claims
    files=$(find "$dir" -name '*.toml' | wc -l)
    disk=$(du -sm "$dir" | cut -f1)
    entities=$("$BIN/examples/load_bench" "$dir" | sed 's/.*entities=\([0-9]*\).*/\1/')
    read -r load_s load_kib load_cpu <<<"$(best "$BIN/examples/load_bench" "$dir")"
    if ((have_cli)); then
        read -r check_s check_kib check_cpu <<<"$(best "$BIN/kenes" check "$dir" --json)"
    else
        check_s=$load_s check_kib=$load_kib check_cpu=$load_cpu
    fi
    rate=$(awk -v s="$check_s" -v n="$claims" 'BEGIN { printf "%.3f", s * 100000 / n }')
    rates+=("$(awk -v s="$check_cpu" -v n="$claims" 'BEGIN { printf "%.4f", s * 100000 / n }')")
    printf '| %s | %s | %s | %s | %s (%s) | %s | %s (%s) | %s | %s |\n' "$claims" "$entities" "$files" "$disk" \
        "$load_s" "$load_cpu" "$((load_kib / 1024))" "$check_s" "$check_cpu" "$((check_kib / 1024))" "$rate"
done

# Linear growth: the CPU time per claim at the largest size is within 1.5x of
# the next smaller one (the smallest is dominated by start-up).
if ((${#rates[@]} >= 2)); then
    last=${rates[-1]} previous=${rates[-2]}
    awk -v a="$last" -v b="$previous" 'BEGIN {
        ratio = a / b
        printf "\ngrowth: %.2fx the CPU time per claim of the next smaller size: %s\n", ratio,
            (ratio <= 1.5 ? "roughly linear" : "SUPER-LINEAR")
    }'
fi
