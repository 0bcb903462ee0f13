"""Summarises a run of bench/web/load.sh: per path and overall, the requests,
the errors (answers other than 2xx, and requests that got no answer), the
median and 99th-percentile latency (nearest rank) and the throughput; and per
path the weight of the answer (bytes, and bytes after gzip -6). Prints a
Markdown table (also written to OUT/summary.md); exits 1 if any request erred.

    python3 bench/web/summarise.py bench/out/web
"""

import csv
import gzip
import math
import sys
from pathlib import Path
from urllib.parse import unquote


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an ascending list."""
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def read_run(path):
    """(latencies in ms, errors, seconds from the first request to the last answer)."""
    latencies, errors, end = [], 0, 0.0
    with open(path, newline="") as file:
        for row in csv.DictReader(file):
            seconds = float(row["response-time"])
            status = row["status-code"]
            latencies.append(seconds * 1000)
            if not status.isdigit() or not 200 <= int(status) < 300:
                errors += 1
            end = max(end, float(row["offset"]) + seconds)
    return sorted(latencies), errors, end


def row(label, latencies, errors, seconds, weight):
    rate = len(latencies) / seconds if seconds else 0
    return (
        f"| {label} | {len(latencies):,} | {errors} | {percentile(latencies, 0.5):.1f} "
        f"| {percentile(latencies, 0.99):.1f} | {rate:,.0f} | {weight} |"
    )


def weight(out, index):
    body = (out / "pages" / f"{index}.body").read_bytes()
    status = (out / "pages" / f"{index}.status").read_text().strip()
    zipped = len(gzip.compress(body, compresslevel=6))
    note = "" if status == "200" else f" (status {status})"
    return f"{len(body):,} / {zipped:,}{note}"


def main(out):
    out = Path(out)
    paths = (out / "paths.txt").read_text().splitlines()
    lines = [
        "| path | requests | errors | p50 ms | p99 ms | req/s | bytes / gzip bytes |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    every, total_errors, total_seconds = [], 0, 0.0
    for index, path in enumerate(paths):
        latencies, errors, seconds = read_run(out / "csv" / f"{index}.csv")
        lines.append(row(f"`{unquote(path)}`", latencies, errors, seconds, weight(out, index)))
        every.extend(latencies)
        total_errors += errors
        total_seconds += seconds
    lines.append(row("**all**", sorted(every), total_errors, total_seconds, ""))
    table = "\n".join(lines)
    print(table)
    (out / "summary.md").write_text(table + "\n")
    if total_errors:
        print(f"{total_errors} request(s) did not answer 2xx", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
