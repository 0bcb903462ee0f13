"""Times the explorer's start: from spawning `kenes serve --addr 127.0.0.1:0`
on the embedded model to the first page (`/`) served with status 200, RUNS
times. Each run reads the printed address from the child's standard output,
then connects and sends GET / until it is answered (a refused connection is
retried at once); times are taken with a monotonic clock (perf_counter_ns).
Reports the median, minimum and maximum, and the same for the moment the
address was printed (the model loaded and checked, the port bound).

    python3 bench/web/startup.py target/release/kenes [RUNS]
"""

import socket
import statistics
import subprocess
import sys
import time

PREFIX = b"kenes explorer: http://"


def first_page(host, port):
    """Sends GET / once; returns True if it was answered 200."""
    with socket.create_connection((host, port), timeout=5) as connection:
        connection.sendall(b"GET / HTTP/1.1\r\nHost: kenes\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer.startswith(b"HTTP/1.1 200 ")


def one_run(kenes):
    """(ms to the printed address, ms to the first page) for one start."""
    started = time.perf_counter_ns()
    child = subprocess.Popen(
        [kenes, "serve", "--addr", "127.0.0.1:0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        line = child.stdout.readline()
        printed = time.perf_counter_ns()
        if not line.startswith(PREFIX):
            raise RuntimeError(f"unexpected first line {line!r}: {child.stderr.read()!r}")
        host, port = line[len(PREFIX):].strip().rstrip(b"/").decode().rsplit(":", 1)
        while True:
            try:
                if first_page(host, int(port)):
                    break
                raise RuntimeError("GET / did not answer 200")
            except ConnectionRefusedError:
                continue
        served = time.perf_counter_ns()
    finally:
        child.kill()
        child.wait()
    return (printed - started) / 1e6, (served - started) / 1e6


def describe(label, values):
    return (
        f"{label}: median {statistics.median(values):.1f} ms, "
        f"min {min(values):.1f} ms, max {max(values):.1f} ms"
    )


def main(kenes, runs):
    printed, served = [], []
    for _ in range(runs):
        to_address, to_page = one_run(kenes)
        printed.append(to_address)
        served.append(to_page)
    print(f"{runs} starts of `{kenes} serve --addr 127.0.0.1:0` (embedded model)")
    print(describe("address printed", printed))
    print(describe("first page served", served))
    print("each run, ms to the first page: " + " ".join(f"{v:.1f}" for v in served))
    return 0 if statistics.median(served) < 100 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20))
