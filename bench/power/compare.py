"""Runs kenes and its Python peers (`powerindex`, `apportionment`) on the
same seeded inputs, checks that the results agree and prints time ratios.

Called by run.sh with the venv's python; `python compare.py worker ...` is
the peer side, run in a child process so a slow peer can be timed out.
"""

import json
import os
import random
import subprocess
import sys
import time

TIMEOUT = float(os.environ.get("PEER_TIMEOUT", "120"))
KENES = os.environ.get("KENES_BIN", "kenes")
HARNESS = os.environ.get("KENES_HARNESS", "power_bench")
SEED = 1917
FOLDER = "."

# (index, players, mean weight): total weight is about players * mean.
POWER_CASES = [
    ("banzhaf", 50, 100),
    ("banzhaf", 100, 200),
    ("banzhaf", 200, 500),
    ("banzhaf", 1000, 500),
    ("shapley-shubik", 30, 100),
    ("shapley-shubik", 60, 100),
    ("shapley-shubik", 100, 100),
    ("shapley-shubik", 200, 500),
]

# (parties, seats); kenes method name -> apportionment package name.
APPORTION_CASES = [(50, 435), (400, 4000)]
APPORTION_METHODS = {
    "hamilton": "largest_remainder",
    "dhondt": "dhondt",
    "sainte-lague": "saintelague",
    "huntington-hill": "huntington",
    "adams": "adams",
    "dean": "dean",
    "quota": "quota",
}


def weights_for(players, mean, seed=SEED):
    rng = random.Random(seed * 1000 + players)
    return [rng.randint(1, 2 * mean - 1) for _ in range(players)]


def votes_for(parties, seed=SEED):
    rng = random.Random(seed * 7 + parties)
    return [rng.randint(10_000, 5_000_000) for _ in range(parties)]


def worker(kind, *args):
    """Peer side: compute, print {"seconds", "values"}."""
    if kind == "power":
        import powerindex

        index, players, mean = args[0], int(args[1]), int(args[2])
        weights = weights_for(players, mean)
        game = powerindex.Game(sum(weights) // 2 + 1, weights=weights)
        start = time.perf_counter()
        if index == "banzhaf":
            game.calc_banzhaf()
            values = game.banzhaf
        else:
            game.calc_shapley_shubik()
            values = game.shapley_shubik
        seconds = time.perf_counter() - start
    else:
        import apportionment.methods as app

        method, parties, seats = args[0], int(args[1]), int(args[2])
        votes = votes_for(parties)
        start = time.perf_counter()
        names = [f"P{i + 1}" for i in range(parties)]
        values = app.compute(method, votes, seats, parties=names, verbose=False)
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "values": [float(v) for v in values]}))


def run_peer(*args):
    command = [sys.executable, __file__, "worker", *map(str, args)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, f"did not finish in {TIMEOUT:.0f} s"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        return None, f"failed: {last[:70]}"
    return json.loads(done.stdout), None


def run_kenes(arguments, stdin_file=None):
    start = time.perf_counter()
    done = subprocess.run([KENES, *arguments, "--json"], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"kenes failed: {done.stderr.strip()}")
    return json.loads(done.stdout), seconds


def run_harness(*arguments):
    """kenes in process (the example harness), like the peers' timing."""
    done = subprocess.run([HARNESS, "case", *map(str, arguments)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"harness failed: {done.stderr.strip()}")
    return json.loads(done.stdout)


def agree(ours, theirs, tolerance=1e-9):
    return len(ours) == len(theirs) and all(
        abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-300) for a, b in zip(ours, theirs)
    )


def power_rows():
    rows = []
    for index, players, mean in POWER_CASES:
        weights = weights_for(players, mean)
        quota = sum(weights) // 2 + 1
        listed = ",".join(map(str, weights))
        output, wall = run_kenes(["power", "--quota", str(quota), "--weights", listed, "--index", index])
        ours = [p[index]["decimal"] for p in output["players"]]
        path = os.path.join(FOLDER, f"weights-{players}-{mean}.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write(listed)
        inside = run_harness("power", index, quota, path)
        peer, problem = run_peer("power", index, players, mean)
        rows.append(row(f"{index} n={players} W={sum(weights)}", inside, wall, ours, peer, problem))
    return rows


def apportion_rows(folder):
    rows = []
    for parties, seats in APPORTION_CASES:
        votes = votes_for(parties)
        path = os.path.join(folder, f"votes-{parties}.csv")
        with open(path, "w", encoding="utf-8") as out:
            out.write("name,votes\n" + "".join(f"P{i + 1},{v}\n" for i, v in enumerate(votes)))
        for ours_name, theirs_name in APPORTION_METHODS.items():
            output, wall = run_kenes(["apportion", "--method", ours_name, "--seats", str(seats), path])
            ours = [float(r["seats"]) for r in output]
            inside = run_harness("apportion", ours_name, seats, path)
            peer, problem = run_peer("apportion", theirs_name, parties, seats)
            label = f"{ours_name} {parties} parties {seats} seats"
            rows.append(row(label, inside, wall, ours, peer, problem, 0.0))
    return rows


def row(label, inside, wall, ours, peer, problem, tolerance=1e-9):
    """Compares kenes's CLI output and in-process values with the peer's."""
    kenes_seconds = max(inside["seconds"], 1e-6)
    consistent = agree(ours, inside["values"], tolerance)
    if peer is None:
        return (label, kenes_seconds, wall, None, problem, "-" if consistent else "NO")
    same = "yes" if consistent and agree(ours, peer["values"], tolerance) else "NO"
    return (label, kenes_seconds, wall, peer["seconds"], f"{peer['seconds'] / kenes_seconds:.0f}x", same)


def print_table(title, peer, rows):
    lines = [
        f"### {title}",
        "",
        f"| case | kenes (s) | kenes CLI, wall (s) | {peer} (s) | ratio | values agree |",
        "| --- | ---: | ---: | ---: | ---: | :---: |",
    ]
    for label, ours, wall, theirs, ratio, same in rows:
        theirs_text = f"{theirs:.4f}" if theirs is not None else "-"
        lines.append(f"| {label} | {ours:.4f} | {wall:.3f} | {theirs_text} | {ratio} | {same} |")
    text = "\n".join(lines) + "\n"
    print(text)
    return text


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        worker(*sys.argv[2:])
        return
    global FOLDER
    folder = sys.argv[1] if len(sys.argv) > 1 else "."
    FOLDER = folder
    os.makedirs(folder, exist_ok=True)
    power = power_rows()
    seats = apportion_rows(folder)
    report = print_table("Voting power (exact, all players)", "powerindex", power)
    report += "\n" + print_table("Apportionment", "apportionment", seats)
    with open(os.path.join(folder, "power.md"), "w", encoding="utf-8") as out:
        out.write(report)
    if any(r[5] == "NO" for r in power + seats):
        sys.exit(1)


if __name__ == "__main__":
    main()
