#!/usr/bin/env python3
"""Holds a socket world open inside the current network namespace for bench/run.sh.

Run it inside a private namespace (ip netns exec NS python3 world.py ...). It forks worker
processes because the per-process fd hard limit here is 20,000; each worker raises its soft limit
to the hard limit, opens its share of sockets on loopback only, reports, then waits. Every process
exits by itself when the deadline passes, when bench/run.sh (--run-pid) is gone, or (workers) when
the parent is gone, so nothing outlives a crashed or interrupted benchmark by more than a second or
the deadline.

Prints one line "READY <total sockets> <pid> <pid> ..." on stdout when every socket is open, or
"FAILED <reason>" and exits 1.

TCP: N sockets = established loopback pairs (both ends held by the same worker) plus two listeners
per worker (127.0.0.1 and ::1 on a port below 1024, outside the ephemeral range run.sh sets), one
connection in four over ::1 so both tcp and tcp6 tables are filled.
UDP: N unconnected sockets, half bound to 127.0.0.1, half to ::1, on kernel-chosen ports.
UNIX: N sockets, mostly socketpairs (stream and datagram), plus a few bound to paths in --tmpdir
(listening stream and datagram), so path printing is exercised too.
"""
import argparse
import os
import resource
import signal
import socket
import sys
import time

# fds a worker keeps for itself (stdio, the report pipe, Python's own) below the hard limit.
FD_MARGIN = 100
BATCH = 256  # connections in flight before accepting; far below the listen backlog


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def raise_nofile():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def build_tcp(index, count, keep):
    """Opens `count` TCP sockets: two listeners and (count - 2) / 2 established pairs."""
    port = 600 + index
    listeners = []
    for family, addr in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
        s = socket.socket(family, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((addr, port))
        s.listen(4096)
        listeners.append(s)
        keep.append(s)
    pairs = max(0, (count - 2) // 2)
    done = 0
    while done < pairs:
        n = min(BATCH, pairs - done)
        for i in range(n):
            v6 = (done + i) % 4 == 3
            c = socket.socket(socket.AF_INET6 if v6 else socket.AF_INET, socket.SOCK_STREAM)
            c.connect(("::1" if v6 else "127.0.0.1", port))
            keep.append(c)
        # Accept exactly what was connected: each listener's queue holds its own family.
        n6 = sum(1 for i in range(n) if (done + i) % 4 == 3)
        for _ in range(n - n6):
            keep.append(listeners[0].accept()[0])
        for _ in range(n6):
            keep.append(listeners[1].accept()[0])
        done += n
    return 2 + 2 * pairs


def build_udp(index, count, keep):
    for i in range(count):
        if i % 2:
            s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
            s.bind(("::1", 0))
        else:
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.bind(("127.0.0.1", 0))
        keep.append(s)
    return count


def build_unix(index, count, keep, tmpdir):
    made = 0
    named = min(100, count // 10)
    for i in range(named):
        kind = socket.SOCK_STREAM if i % 2 == 0 else socket.SOCK_DGRAM
        s = socket.socket(socket.AF_UNIX, kind)
        s.bind(os.path.join(tmpdir, "w%d-%d.sock" % (index, i)))
        if kind == socket.SOCK_STREAM:
            s.listen(16)
        keep.append(s)
        made += 1
    i = 0
    while made + 2 <= count:
        a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM if i % 2 == 0 else socket.SOCK_DGRAM)
        keep += (a, b)
        made += 2
        i += 1
    if made < count:
        keep.append(socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM))
        made += 1
    return made


def worker(index, kind, count, tmpdir, deadline, report_fd):
    parent = os.getppid()
    keep = []
    try:
        raise_nofile()
        if kind == "tcp":
            made = build_tcp(index, count, keep)
        elif kind == "udp":
            made = build_udp(index, count, keep)
        else:
            made = build_unix(index, count, keep, tmpdir)
        os.write(report_fd, b"ok %d %d\n" % (os.getpid(), made))
    except Exception as e:  # report any failure to the parent, which reports it to run.sh
        os.write(report_fd, ("err %d %s: %s\n" % (os.getpid(), type(e).__name__, e)).encode())
        os._exit(1)
    os.close(report_fd)
    while time.monotonic() < deadline and os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", choices=("tcp", "udp", "unix"), required=True)
    ap.add_argument("--count", type=int, required=True, help="total sockets to hold")
    ap.add_argument("--run-pid", type=int, required=True, help="exit when this process is gone")
    ap.add_argument("--timeout", type=float, default=900, help="seconds before exiting anyway")
    ap.add_argument("--tmpdir", default="/tmp")
    a = ap.parse_args()

    deadline = time.monotonic() + a.timeout
    per_worker = raise_nofile() - FD_MARGIN
    if per_worker < 100:
        print("FAILED fd limit too low (%d)" % (per_worker + FD_MARGIN), flush=True)
        return 1
    workers_needed = max(1, -(-a.count // per_worker))
    # TCP and UNIX sockets come in pairs, so shares are even and only the last one takes an odd rest.
    unit = 1 if a.kind == "udp" else 2
    units = a.count // unit
    share = [unit * (units // workers_needed + (1 if i < units % workers_needed else 0))
             for i in range(workers_needed)]
    share[-1] += a.count - sum(share)

    rd, wr = os.pipe()
    pids = []
    for i, n in enumerate(share):
        pid = os.fork()
        if pid == 0:
            os.close(rd)
            worker(i, a.kind, n, a.tmpdir, deadline, wr)
        pids.append(pid)
    os.close(wr)

    def stop(*_):
        for p in pids:
            try:
                os.kill(p, signal.SIGTERM)
            except ProcessLookupError:
                pass
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    total, errors = 0, []
    with os.fdopen(rd, "r") as reports:
        for line in reports:  # ends when every worker has closed its end
            parts = line.split(None, 2)
            if parts[0] == "ok":
                total += int(parts[2])
            else:
                errors.append(parts[2].strip())
    if errors or total == 0 and a.count > 0:
        print("FAILED %s" % ("; ".join(errors) or "no socket opened"), flush=True)
        stop()
    print("READY %d %s" % (total, " ".join(map(str, pids))), flush=True)

    while time.monotonic() < deadline and alive(a.run_pid):
        time.sleep(0.5)
    stop()


if __name__ == "__main__":
    sys.exit(main())
