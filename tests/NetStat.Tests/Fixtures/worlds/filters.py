#!/usr/bin/python3
"""Sockets for the filter tests, chosen so that `netstat -anp | grep :22` would be wrong:
ports 22, 2222, 8022, 9022, 22000 and an address 198.51.100.22, a unix path with ":22" in it,
IPv4 and IPv6 (and IPv4-mapped) TCP, UDP, UDP-Lite, raw and UNIX sockets, spread over three
processes (one of them user nobody). Prints READY and waits at most twenty minutes (a loaded machine can be slow).

Usage: filters.py main DIR | web | nobody
(The namespace must have 198.51.100.22/32 and 2001:db8::22/128 on lo.)
"""
import os, socket, sys, time

IPPROTO_UDPLITE = 136
role = sys.argv[1]
keep = []

def listener(family, addr, port, v6only=None):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1 if v6only else 0)
    s.bind((addr, port))
    s.listen(16)
    keep.append(s)
    return s

def connect(family, addr, port, server):
    c = socket.socket(family, socket.SOCK_STREAM)
    c.connect((addr, port))
    keep.append(c)
    keep.append(server.accept()[0])
    return c

def udp(family, addr, port, proto=0, peer=None):
    s = socket.socket(family, socket.SOCK_DGRAM, proto)
    s.bind((addr, port))
    if peer is not None:
        s.connect(peer)
    keep.append(s)
    return s

def ready():
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    deadline = time.time() + 1200
    while time.time() < deadline:
        time.sleep(1)
    sys.exit(0)

if role == "main" and (len(sys.argv) < 4 or sys.argv[3] != "again"):
    # Re-executed under the name sshd, so --program has a name to find.
    os.execv(sys.executable, ["/usr/sbin/sshd", os.path.abspath(__file__), "main", sys.argv[2], "again"])

if role == "main":
    base = sys.argv[2]
    os.makedirs(base, exist_ok=True)
    l22 = listener(socket.AF_INET, "0.0.0.0", 22)
    l2222 = listener(socket.AF_INET, "127.0.0.1", 2222)
    l6_22 = listener(socket.AF_INET6, "::1", 22, v6only=True)
    ldoc6 = listener(socket.AF_INET6, "2001:db8::22", 2222, v6only=True)
    ldual = listener(socket.AF_INET6, "::", 443, v6only=False)
    connect(socket.AF_INET, "127.0.0.1", 22, l22)
    connect(socket.AF_INET, "127.0.0.1", 2222, l2222)
    connect(socket.AF_INET6, "::1", 22, l6_22)
    connect(socket.AF_INET6, "2001:db8::22", 2222, ldoc6)
    connect(socket.AF_INET, "127.0.0.1", 443, ldual)          # IPv4-mapped on the server side
    connect(socket.AF_INET, "198.51.100.22", 443, ldual)
    # FIN_WAIT2 / CLOSE_WAIT (stable, unlike TIME_WAIT): the client half-closes
    c = connect(socket.AF_INET, "127.0.0.1", 2222, l2222)
    c.shutdown(socket.SHUT_WR)
    # Noise: listeners the filters must leave out
    for port in range(30000, 30040):
        listener(socket.AF_INET, "127.0.0.1", port)
    udp(socket.AF_INET, "0.0.0.0", 53)
    udp(socket.AF_INET, "127.0.0.1", 5353, peer=("127.0.0.1", 53))
    udp(socket.AF_INET6, "::", 2222)
    udp(socket.AF_INET6, "::1", 22022, peer=("::1", 2222))
    udp(socket.AF_INET, "198.51.100.22", 123)
    udp(socket.AF_INET, "0.0.0.0", 22, IPPROTO_UDPLITE)
    udp(socket.AF_INET6, "::", 8022, IPPROTO_UDPLITE)
    keep.append(socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP))
    keep.append(socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6))
    r = socket.socket(socket.AF_INET, socket.SOCK_RAW, 22); r.bind(("198.51.100.22", 0)); keep.append(r)
    us = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); us.bind(os.path.join(base, "svc:22")); us.listen(4); keep.append(us)
    uc = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); uc.connect(os.path.join(base, "svc:22")); keep.append(uc)
    keep.append(us.accept()[0])
    ud = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); ud.bind(os.path.join(base, "dgram")); keep.append(ud)
    keep.extend(socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM))
    ready()

if role == "web":
    if len(sys.argv) < 3:
        os.execv(sys.executable, ["nginx-worker", os.path.abspath(__file__), "web", "again"])
    lweb = listener(socket.AF_INET, "198.51.100.22", 80)
    for port in (8000, 8080, 8099, 8100):
        listener(socket.AF_INET, "0.0.0.0", port)
    connect(socket.AF_INET, "198.51.100.22", 80, lweb)
    s = socket.create_connection(("127.0.0.1", 22)); keep.append(s)   # to sshd's listener
    udp(socket.AF_INET, "0.0.0.0", 8053)
    keep.extend(socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM))
    ready()

if role == "nobody":
    l = listener(socket.AF_INET, "127.0.0.1", 9022)
    connect(socket.AF_INET, "127.0.0.1", 9022, l)
    s = socket.create_connection(("127.0.0.1", 2222)); keep.append(s)
    udp(socket.AF_INET6, "::", 22000)
    ready()
