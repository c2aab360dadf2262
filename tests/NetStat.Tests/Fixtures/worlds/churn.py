#!/usr/bin/python3
"""Socket and process churn for the robustness tests: keeps opening and closing TCP, UDP and unix
sockets (IPv4 and IPv6 loopback only) and forks short-lived children that hold sockets, so that
sockets and processes vanish while netstat reads /proc/net/*, netlink and /proc/PID/fd.
Prints READY once the first sockets exist, then churns and exits by itself after SECONDS
(at most 15); the children die with it.

Usage: churn.py DIR SECONDS [SEED]
"""
import os, random, signal, socket, sys, time

base = sys.argv[1]
seconds = min(float(sys.argv[2]), 15.0)
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
os.makedirs(base, exist_ok=True)
deadline = time.monotonic() + seconds
pool = []          # sockets this process holds
children = set()   # pids of short-lived children
serial = 0


def close_some(n):
    for _ in range(min(n, len(pool))):
        s = pool.pop(rng.randrange(len(pool)))
        try:
            s.close()
        except OSError:
            pass


def tcp_pair(family, host):
    lst = socket.socket(family, socket.SOCK_STREAM)
    lst.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lst.bind((host, 0))
    lst.listen(8)
    cli = socket.socket(family, socket.SOCK_STREAM)
    cli.connect(lst.getsockname()[:2])
    srv, _ = lst.accept()
    if rng.random() < 0.3:
        cli.send(b"x" * rng.randrange(1, 2000))  # a non-zero Recv-Q now and then
    return [lst, cli, srv]


def udp(family, host):
    s = socket.socket(family, socket.SOCK_DGRAM)
    s.bind((host, 0))
    if rng.random() < 0.5:
        s.connect(s.getsockname()[:2])
    return [s]


def unix_sockets():
    global serial
    serial += 1
    kind = rng.randrange(3)
    if kind == 0:
        return list(socket.socketpair(socket.AF_UNIX, rng.choice([socket.SOCK_STREAM, socket.SOCK_DGRAM])))
    if kind == 1:
        path = os.path.join(base, "s%d" % serial)
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.bind(path)
        s.listen(4)
        os.unlink(path)  # the kernel still shows the name
        return [s]
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.bind("\0churn-%d-%d" % (os.getpid(), serial))
    return [s]


def make_some():
    what = rng.randrange(5)
    try:
        if what == 0:
            return tcp_pair(socket.AF_INET, "127.0.0.1")
        if what == 1:
            return tcp_pair(socket.AF_INET6, "::1")
        if what == 2:
            return udp(socket.AF_INET, "127.0.0.1")
        if what == 3:
            return udp(socket.AF_INET6, "::1")
        return unix_sockets()
    except OSError:
        return []


def fork_child():
    pid = os.fork()
    if pid == 0:
        try:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            mine = make_some() + make_some()
            time.sleep(rng.random() * 0.2)
            del mine
        finally:
            os._exit(0)
    children.add(pid)


def reap():
    while children:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            children.clear()
            return
        if pid == 0:
            return
        children.discard(pid)


for _ in range(20):
    pool.extend(make_some())
sys.stdout.write("READY\n")
sys.stdout.flush()

try:
    while time.monotonic() < deadline:
        for _ in range(rng.randrange(1, 6)):
            pool.extend(make_some())
        if len(pool) > 150:
            close_some(len(pool) - 100)
        else:
            close_some(rng.randrange(0, 6))
        if len(children) < 20:
            rng.seed(rng.random())  # children draw from the forked state; vary it
            fork_child()
        reap()
        time.sleep(0.005)
finally:
    close_some(len(pool))
    for pid in list(children):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    for pid in list(children):
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
sys.stdout.write("DONE\n")
