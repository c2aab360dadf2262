#!/usr/bin/env python3
"""Turns bench/measure.py's JSON lines into the markdown tables bench/run.sh prints."""
import json
import re
import statistics
import sys

# The performance issue's goals: (workload, case) -> (max ours/peer, max ours/netstat).
# The peer is ss, or `ip -6 route` for the route table. None: no goal against that program.
GOALS = {
    ("empty", "-tan"): (0.9, 0.5),
    ("tcp-20k", "-tan"): (0.65, 0.4),
    ("tcp-20k", "-tanp"): (0.3, 0.3),
    # JSON vs our own text (the row's netstat column is our text output): issue #6.
    ("tcp-20k", "-tan --json"): (None, 1.5),
    ("tcp-100k", "-tanp"): (0.07, None),
    ("udp-20k", "-uan"): (0.8, 0.1),
    ("unix-20k", "-xa"): (0.6, None),
    ("route6-20k", "-rn -A inet6"): (1.0, 0.1),
}
RSS_GOAL = 1.5  # ours' peak RSS at most this times the peer's, on every row


def size_of(workload):
    m = re.search(r"-(\d+)(k?)$", workload)
    return int(m.group(1)) * (1000 if m.group(2) else 1) if m else 0


def fmt_ms(p):
    if p is None:
        return "—"
    if "median_ms" not in p:
        return p.get("error", "—")
    v = p["median_ms"]
    s = "%.0f" % v if v >= 100 else "%.1f" % v if v >= 10 else "%.2f" % v
    if p.get("warmup_only"):
        s += " (1 run)"
    elif p.get("capped"):
        s += " (n=%d)" % p["n"]
    return s


def fmt_mib(p):
    return "%.1f" % (p["maxrss_kib"] / 1024) if p and p.get("maxrss_kib") else "—"


def ratio(a, b):
    """Median of the per-round ratios (runs of one round are neighbours in time, so drift in the
    machine's load cancels); the ratio of medians when either program only has its warm-up."""
    if not a or not b or "median_ms" not in a or "median_ms" not in b or b["median_ms"] <= 0:
        return None
    if a.get("warmup_only") or b.get("warmup_only"):
        return a["median_ms"] / b["median_ms"]
    pairs = [x / y for x, y in zip(a["walls_ms"], b["walls_ms"]) if y > 0]
    return statistics.median(pairs) if pairs else None


def fmt_ratio(r):
    return "—" if r is None else "%.2f" % r if r >= 0.1 else "%.3f" % r


def judge(r, goal, trusted):
    if goal is None:
        return "—"
    if r is None:
        return "≤%g: no data" % goal
    if not trusted:
        return "≤%g: not judged" % goal
    return "≤%g: %s" % (goal, "met" if r <= goal else "**MISSED**")


def main(path):
    recs = [json.loads(line) for line in open(path) if line.strip()]
    out = []
    out.append("| workload | sockets | ours ms | ss/ip ms | netstat ms | ours/ss | goal | ours/netstat | goal "
               "| RSS MiB ours | ss/ip | netstat | RSS ours/ss (goal ≤%g) | notes |" % RSS_GOAL)
    out.append("|---|---:|---:|---:|---:|---:|---|---:|---|---:|---:|---:|---|---|")
    for r in recs:
        progs = r["programs"]
        ours = progs.get("ours")
        peer_name = "ip" if "ip" in progs else "ss"
        peer = progs.get(peer_name)
        net = progs.get("netstat")
        trusted = r.get("output") == "same"
        g_peer, g_net = GOALS.get((r["workload"], r["case"]), (None, None))
        rp, rn = ratio(ours, peer), ratio(ours, net)
        rss = None
        if ours and peer and ours.get("maxrss_kib") and peer.get("maxrss_kib"):
            rss = ours["maxrss_kib"] / peer["maxrss_kib"]
        notes = []
        if r.get("output") != "same":
            notes.append(r.get("output", "?"))
        if "world" in r:
            notes.append(r["world"])
        for name, p in progs.items():
            if p.get("warmup_only"):
                notes.append("%s: one run only (too slow to repeat)" % name)
            elif p.get("capped"):
                notes.append("%s: rounds capped at %d (slow)" % (name, p["n"]))
            elif "error" in p:
                notes.append("%s: %s" % (name, p["error"]))
        label = "%s `%s`" % (r["workload"], r["case"]) if peer_name == "ss" else \
            "%s `%s` (peer: `%s`)" % (r["workload"], r["case"], peer.get("cmd", "ip") if peer else "ip")
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            label, "{:,}".format(r.get("sockets", 0)), fmt_ms(ours), fmt_ms(peer), fmt_ms(net),
            fmt_ratio(rp), judge(rp, g_peer, trusted),
            fmt_ratio(rn), judge(rn, g_net, trusted),
            fmt_mib(ours), fmt_mib(peer), fmt_mib(net),
            ("%.2f " % rss if rss is not None else "— ") + (
                "" if rss is None else "(not judged)" if not trusted else "(met)" if rss <= RSS_GOAL else "(**MISSED**)"),
            "; ".join(notes)))

    tcp = sorted({r["workload"] for r in recs if r["workload"].startswith("tcp-")}, key=size_of)
    if tcp:
        byk = {(r["workload"], r["case"]): r for r in recs}
        head = "| command | program | " + " | ".join(
            "%s (%s sockets)" % (w, "{:,}".format(next((r["sockets"] for r in recs if r["workload"] == w), 0)))
            for w in tcp) + " |"
        rule = "|---|---|" + "---:|" * len(tcp)

        def table(title, base):
            out.extend(["", title, "", head, rule])
            for case in ("-tan", "-tanp"):
                for prog in ("ours", "ss", "netstat"):
                    b = 0.0
                    if base:
                        e = byk.get(("empty", case))
                        bp = e["programs"].get(prog) if e else None
                        if not bp or "median_ms" not in bp:
                            continue
                        b = bp["median_ms"]
                    cells = []
                    for w in tcp:
                        r = byk.get((w, case))
                        p = r["programs"].get(prog) if r else None
                        if not p or "median_ms" not in p or not r["sockets"]:
                            cells.append("—")
                            continue
                        cells.append("%.2f%s" % ((p["median_ms"] - b) / (r["sockets"] / 1000),
                                                 " (output differs)" if prog == "ours" and r.get("output") != "same" else ""))
                    out.append("| `%s` | %s | %s |" % (case, prog, " | ".join(cells)))

        table("Scaling: median wall ms per 1,000 TCP sockets (a flat row means linear cost; "
              "start-up weighs on the small worlds)", False)
        if any(k[0] == "empty" for k in byk):
            table("Scaling without start-up: (median ms − the same command's median in the empty world) "
                  "per 1,000 TCP sockets", True)
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
