#!/usr/bin/env bash
# The explorer under load on loopback: builds the release binary, serves the
# embedded model at a free port on 127.0.0.1, and sends N requests (400 by
# default) to each of the pages and the API with `hey` (Debian's package), C
# at a time; then reports, per path and overall, the requests, the errors
# (any answer but 2xx), the median and 99th-percentile latency and the
# throughput, and the weight of each page (bytes, and gzip -6 bytes).
# Results: docs/benchmarks.md, "The explorer".
#
#   bench/web/load.sh                 # 400 requests a path, 8 at a time (11,200 in all)
#   N=1000 C=16 bench/web/load.sh
#
# Every request goes to 127.0.0.1 only; the run is bounded (N per path,
# a 10 s timeout per request) and stops the server it started.

set -euo pipefail
cd "$(dirname "$0")/../.."

N=${N:-400}
C=${C:-8}
OUT=bench/out/web
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
KENES=$CARGO_TARGET_DIR/release/kenes

# The pages (with a day, a search and a few entities: a person, a place, an
# event and a claim), the API, and the stylesheet every page loads.
PATHS=(
    /
    /timeline
    "/state?at=1917-10-30"
    "/state?at=1917-11-20"
    /sources
    /bodies
    /stances
    /network
    /paper
    /conflicts
    "/search?q=%D0%9A%D0%BE%D1%80%D0%BE%D0%B2%D0%B8%D1%87%D0%B5%D0%BD%D0%BA%D0%BE"
    /glossary
    /entity/person.korovichenko
    /entity/place.tashkent
    /entity/ev.petrograd-rising
    /entity/c.oct.petrograd-rising
    /static/kenes.css
    /api/
    /api/overview
    /api/timeline
    /api/bodies
    /api/stances
    /api/network
    /api/paper
    /api/conflicts
    "/api/search?q=Tashkent"
    /api/glossary
    /api/entity/person.korovichenko
)

if ! command -v hey >/dev/null; then
    echo "installing hey (Debian's HTTP load generator)" >&2
    sudo_if_needed=$([[ $(id -u) == 0 ]] || echo sudo)
    $sudo_if_needed apt-get install -y -qq hey >/dev/null
fi

cargo build --release -q --locked -p kenes-cli
rm -rf "$OUT" && mkdir -p "$OUT/csv" "$OUT/pages"

"$KENES" serve --addr 127.0.0.1:0 > "$OUT/serve.out" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    grep -q '^kenes explorer: http://' "$OUT/serve.out" && break
    sleep 0.05
done
base=$(sed -n 's|^kenes explorer: \(http://[^/]*\)/$|\1|p' "$OUT/serve.out")
[[ -n $base ]] || { echo "the explorer did not start:" >&2; cat "$OUT/serve.out" >&2; exit 2; }
echo "explorer at $base (pid $server); $N requests a path, $C at a time" >&2

for i in "${!PATHS[@]}"; do
    path=${PATHS[$i]}
    hey -n "$N" -c "$C" -t 10 -o csv "$base$path" > "$OUT/csv/$i.csv"
    # the page as a browser gets it, and what gzip would make of it
    curl -s -o "$OUT/pages/$i.body" -w '%{http_code}' "$base$path" > "$OUT/pages/$i.status"
done

printf '%s\n' "${PATHS[@]}" > "$OUT/paths.txt"
python3 bench/web/summarise.py "$OUT"
