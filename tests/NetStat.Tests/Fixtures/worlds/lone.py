#!/usr/bin/python3
"""One socket of one kind, alone in its namespace, so that a protocol's table holds exactly it
(or, for the TIME_WAIT kinds, only a TIME_WAIT socket and nothing a process holds).
Prints READY and waits at most ten minutes.

Usage: lone.py KIND   (tcp4-listen, tcp6-listen, tcp4-timewait, tcp6-timewait, udp4, udp6,
                       udplite4, udplite6)
"""
import re, socket, sys, time

kind = sys.argv[1]
family = socket.AF_INET6 if "6" in kind.split("-")[0] else socket.AF_INET
host = "::1" if family == socket.AF_INET6 else "127.0.0.1"
held = []
if kind.endswith("-listen"):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.bind((host, 7100))
    s.listen(1)
    held.append(s)
elif kind.endswith("-timewait"):
    srv = socket.socket(family, socket.SOCK_STREAM)
    srv.bind((host, 7101))
    srv.listen(1)
    client = socket.create_connection((host, 7101), timeout=5)
    conn, _ = srv.accept()
    client.close()          # the active closer ends in TIME_WAIT
    conn.recv(1)            # sees the FIN
    conn.close()
    srv.close()
    deadline = time.time() + 5
    while True:
        with open("/proc/net/sockstat") as f:
            if re.search(r"\btw 1\b", f.read()):
                break
        if time.time() > deadline:
            sys.exit("no TIME_WAIT socket after 5 s")
        time.sleep(0.01)
else:
    proto = socket.IPPROTO_UDPLITE if kind.startswith("udplite") else 0
    s = socket.socket(family, socket.SOCK_DGRAM, proto)
    s.bind((host, 7102))
    held.append(s)
sys.stdout.write("READY\n")
sys.stdout.flush()
time.sleep(600)
