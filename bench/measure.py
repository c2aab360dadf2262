#!/usr/bin/env python3
"""Times several commands on the same work, alternating them, for bench/run.sh.

Run it inside the benchmark's network namespace, so that the timed processes inherit the
namespace and nothing but their own fork/exec/exit is timed (no `ip netns exec` per run).

For one case (say "tcp-20k -tanp"):
1. every program runs once as a warm-up with stdout and stderr captured; our output (stdout,
   stderr, exit status) is compared with the reference program's (net-tools netstat), so a row
   whose speed comes from a wrong or missing output is marked instead of hidden;
2. then `--rounds` rounds, each running every program once in an order rotated by one per round
   (so drift hits every program alike), stdout and stderr to /dev/null;
3. one JSON line per case goes to --out: median/min/max wall ms, median user+sys CPU ms, and the
   peak RSS of each program, taken from its warm-up run under `/usr/bin/time -f %M`.

Timed runs are started with posix_spawn (vfork+exec: the cheapest start Python has, the same for
every program). Their own ru_maxrss is useless: a vforked child inherits the high-water mark of
the parent's memory (this Python, ~12 MB) at exec. GNU time forks from a ~1 MB process, so its
%M is the program's own peak (within that floor), which is why the warm-up runs under it.

A program whose warm-up shows that `--rounds` runs would take more than --budget seconds runs
fewer rounds (never fewer than --min-rounds); one slower than --skip-after seconds is not run
again and its warm-up is its only sample. Both are recorded (n, capped) and shown by report.py.
"""
import argparse
import json
import os
import shlex
import shutil
import signal
import statistics
import sys
import time

ENV = {"LC_ALL": "C", "LANG": "C", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}


class Timeout(Exception):
    pass


current = 0  # the program being run, killed with us when run.sh is interrupted


def terminate(*_):
    if current:
        try:
            os.kill(current, signal.SIGKILL)
        except ProcessLookupError:
            pass
    os._exit(143)


def run(argv, out_path, err_path, timeout):
    """Spawns argv with stdout/stderr redirected; returns (wall_ns, status, rusage)."""
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
        (os.POSIX_SPAWN_OPEN, 2, err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
    ]
    global current
    t0 = time.perf_counter_ns()
    pid = current = os.posix_spawn(argv[0], argv, ENV, file_actions=actions)

    def kill(*_):
        os.kill(pid, signal.SIGKILL)
        raise Timeout()

    old = signal.signal(signal.SIGALRM, kill)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        _, status, ru = os.wait4(pid, 0)
    except Timeout:
        os.wait4(pid, 0)
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    wall = time.perf_counter_ns() - t0
    return wall, os.waitstatus_to_exitcode(status), ru


def read(path):
    with open(path, "rb") as f:
        return f.read()


def first_difference(a, b):
    la, lb = a.split(b"\n"), b.split(b"\n")
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return "line %d: ours %r, netstat %r" % (i + 1, x[:100], y[:100])
    return "ours %d lines, netstat %d lines" % (len(la) - 1, len(lb) - 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workload", required=True)
    ap.add_argument("--case", required=True, help="label of the command line, e.g. -tanp")
    ap.add_argument("--sockets", type=int, default=0, help="size of the world, for per-1k figures")
    ap.add_argument("--prog", action="append", required=True, help="NAME=COMMAND LINE (repeatable)")
    ap.add_argument("--compare", default="ours,netstat", help="A,B: whose outputs must be equal")
    ap.add_argument("--expect-rows", type=int, default=-1,
                    help="rows (lines after the 2 header lines) the reference must print: checks the world")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--min-rounds", type=int, default=3)
    ap.add_argument("--budget", type=float, default=45, help="seconds of timed runs per program")
    ap.add_argument("--skip-after", type=float, default=60, help="warm-up seconds beyond which no rounds")
    ap.add_argument("--timeout", type=float, default=300, help="seconds before a run is killed")
    ap.add_argument("--time", default="/usr/bin/time", help="GNU time, for peak RSS")
    ap.add_argument("--tmp", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    signal.signal(signal.SIGTERM, terminate)

    progs = []
    for spec in a.prog:
        name, _, cmd = spec.partition("=")
        argv = shlex.split(cmd)
        path = shutil.which(argv[0], path=ENV["PATH"]) if "/" not in argv[0] else argv[0]
        if not path or not os.access(path, os.X_OK):
            print("measure.py: %s: %s not found" % (name, argv[0]), file=sys.stderr)
            return 2
        progs.append({"name": name, "cmd": cmd, "argv": [path] + argv[1:]})

    rec = {"workload": a.workload, "case": a.case, "sockets": a.sockets, "programs": {}}
    warm = {}
    rss = {}
    for p in progs:
        out = os.path.join(a.tmp, p["name"] + ".out")
        err = os.path.join(a.tmp, p["name"] + ".err")
        rss_file = os.path.join(a.tmp, p["name"] + ".rss")
        try:
            wall, code, ru = run([a.time, "-q", "-f", "%M", "-o", rss_file] + p["argv"], out, err, a.timeout)
        except Timeout:
            rec["programs"][p["name"]] = {"cmd": p["cmd"], "error": "timed out after %gs" % a.timeout}
            continue
        warm[p["name"]] = (wall, code, ru, out, err)
        lines = read(rss_file).split()
        rss[p["name"]] = int(lines[-1]) if lines and lines[-1].isdigit() else None

    x, y = a.compare.split(",")
    if x in warm and y in warm:
        ox, oy = warm[x], warm[y]
        sx, sy = read(ox[3]), read(oy[3])
        if ox[1] != 0 and oy[1] == 0:
            rec["output"] = "ours failed (exit %d): %s" % (ox[1], read(ox[4])[:200].decode(errors="replace").strip())
        elif sx != sy:
            rec["output"] = "output differs (%s)" % first_difference(sx, sy)
        elif read(ox[4]) != read(oy[4]):
            rec["output"] = "stderr differs"
        elif ox[1] != oy[1]:
            rec["output"] = "exit status differs (%d vs %d)" % (ox[1], oy[1])
        else:
            rec["output"] = "same"
        rec["output_bytes"] = {x: len(sx), y: len(sy)}
        rows = max(0, sy.count(b"\n") - 2)
        if a.expect_rows >= 0 and rows != a.expect_rows:
            rec["world"] = "world not as built: %s printed %d rows, expected %d" % (y, rows, a.expect_rows)
    else:
        rec["output"] = "not compared"

    plan = {}
    for p in progs:
        n = p["name"]
        if n not in warm:
            continue
        w = warm[n][0] / 1e9
        rounds = a.rounds
        if w > a.skip_after:
            rounds = 0
        elif w * a.rounds > a.budget:
            rounds = max(a.min_rounds, min(a.rounds, int(a.budget / max(w, 1e-9))))
        plan[n] = rounds
    samples = {n: [] for n in plan}
    for r in range(max(plan.values(), default=0)):
        k = r % len(progs)
        for p in progs[k:] + progs[:k]:
            n = p["name"]
            if n not in plan or len(samples[n]) >= plan[n]:
                continue
            try:
                wall, code, ru = run(p["argv"], "/dev/null", "/dev/null", a.timeout)
            except Timeout:
                plan[n] = len(samples[n])
                rec["programs"][n] = {"error": "timed out after %gs" % a.timeout}
                continue
            samples[n].append((wall, code, ru))

    for p in progs:
        n = p["name"]
        if n not in plan:
            continue
        s = samples[n] or [warm[n][:3]]
        walls = [w / 1e6 for w, _, _ in s]
        cpus = [(ru.ru_utime + ru.ru_stime) * 1e3 for _, _, ru in s]
        rec["programs"][n] = {
            "cmd": p["cmd"],
            "n": len(samples[n]) or 1,
            "capped": len(samples[n]) < a.rounds,
            "warmup_only": not samples[n],
            "walls_ms": [round(w, 3) for w in walls],
            "median_ms": statistics.median(walls),
            "min_ms": min(walls),
            "max_ms": max(walls),
            "cpu_ms": statistics.median(cpus),
            "maxrss_kib": rss.get(n),
            "exit": warm[n][1],
        }
    with open(a.out, "a") as f:
        f.write(json.dumps(rec) + "\n")
    summary = "  ".join(
        "%s %.1f ms (n=%d)" % (n, v["median_ms"], v["n"]) if "median_ms" in v else "%s %s" % (n, v["error"])
        for n, v in rec["programs"].items())
    print("  %-10s %-14s %s  [%s]%s" % (a.workload, a.case, summary, rec["output"],
                                        "  " + rec["world"] if "world" in rec else ""), file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
