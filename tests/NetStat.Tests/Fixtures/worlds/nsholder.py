#!/usr/bin/python3
"""Holds a few sockets inside a network namespace and opens or closes more on command, so a
test decides exactly when sockets come and go. Prints READY, then answers each stdin line with
OK once done; exits at end of input, or after ten minutes at most.

Usage: nsholder.py BASE    (ports BASE..BASE+2, abstract UNIX names "nsh-BASE-...")
Commands: "open" (a TCP listener on BASE+10 with one connection to it, UDP on [::1]:BASE+11,
a UNIX listener "@nsh-BASE-new"), "close" (closes them without leaving TIME_WAIT entries).
"""
import os, signal, socket, struct, sys

signal.alarm(600)
base = int(sys.argv[1])
keep = []

def tcp_listener(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port))
    s.listen(5)
    return s

def abortive(s):
    # RST instead of FIN: the connection leaves no TIME_WAIT entry behind.
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()

# The sockets held all along: a listener, an established pair, UDP v4 and v6, UNIX.
l = tcp_listener(base); keep.append(l)
c = socket.create_connection(("127.0.0.1", base)); keep.append(c)
keep.append(l.accept()[0])
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", base + 1)); keep.append(u)
u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); u6.bind(("::1", base + 2)); keep.append(u6)
ux = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); ux.bind("\0nsh-%d-base" % base); ux.listen(1); keep.append(ux)

sys.stdout.write("READY\n")
sys.stdout.flush()

extra = []
for line in sys.stdin:
    cmd = line.strip()
    if cmd == "open":
        nl = tcp_listener(base + 10)
        nc = socket.create_connection(("127.0.0.1", base + 10))
        na = nl.accept()[0]
        nu = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); nu.bind(("::1", base + 11))
        nx = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); nx.bind("\0nsh-%d-new" % base); nx.listen(1)
        extra = [("rst", nc), ("rst", na), ("close", nl), ("close", nu), ("close", nx)]
    elif cmd == "close":
        for how, s in extra:
            if how == "rst":
                abortive(s)
            else:
                s.close()
        extra = []
    sys.stdout.write("OK\n")
    sys.stdout.flush()
