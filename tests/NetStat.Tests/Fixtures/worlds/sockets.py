#!/usr/bin/python3
"""Opens one socket of every kind netstat lists, inside a private network namespace,
prints READY and waits (at most ten minutes) until it is killed.

Usage: sockets.py DIR   (DIR holds the unix socket files)
"""
import os, socket, sys, time

IPPROTO_UDPLITE = 136
base = sys.argv[1]
os.makedirs(base, exist_ok=True)
keep = []

def tcp_listener(family, addr, port, v6only=None, backlog=5):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1 if v6only else 0)
    s.bind((addr, port))
    s.listen(backlog)
    keep.append(s)
    return s

# TCP listeners: v4 wildcard, v4 loopback, dual-stack v6 wildcard, v6-only loopback
tcp_listener(socket.AF_INET, "0.0.0.0", 22)
l8080 = tcp_listener(socket.AF_INET, "127.0.0.1", 8080)
l80 = tcp_listener(socket.AF_INET6, "::", 80, v6only=False)
l5000 = tcp_listener(socket.AF_INET6, "::1", 5000, v6only=True)
tcp_listener(socket.AF_INET, "198.51.100.1", 443) if os.environ.get("WITH_DOC_ADDR") else None

# Established pair with 100 unread bytes on the server side
c = socket.create_connection(("127.0.0.1", 8080)); keep.append(c)
a, _ = l8080.accept(); keep.append(a)
c.sendall(b"x" * 100)
# Established v6 pair and an IPv4-mapped connection to the dual-stack listener
c6 = socket.create_connection(("::1", 5000)); keep.append(c6)
a6, _ = l5000.accept(); keep.append(a6)
cm = socket.create_connection(("127.0.0.1", 80)); keep.append(cm)
am, _ = l80.accept(); keep.append(am)
# Keepalive timer on one connection
c.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)

# FIN_WAIT2 / CLOSE_WAIT: client half-closes, server never closes
cf = socket.create_connection(("127.0.0.1", 22)); keep.append(cf)
af = keep[0].accept()[0]; keep.append(af)
cf.shutdown(socket.SHUT_WR)

# TIME_WAIT: the client closes first
ct = socket.create_connection(("127.0.0.1", 8080))
at, _ = l8080.accept()
ct.close(); time.sleep(0.05); at.close()

# A listener with a pending connection in its accept queue
lq = tcp_listener(socket.AF_INET, "127.0.0.1", 9090, backlog=7)
cq = socket.create_connection(("127.0.0.1", 9090)); keep.append(cq)

# UDP: bound wildcard (named port), connected, and one with a queued datagram
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("0.0.0.0", 53)); keep.append(u)
uc = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); uc.connect(("127.0.0.1", 53)); keep.append(uc)
uc.send(b"hello")
u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); u6.bind(("::", 123)); keep.append(u6)
u6c = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); u6c.connect(("::1", 123)); keep.append(u6c)

# UDP-Lite v4 and v6
ul = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, IPPROTO_UDPLITE); ul.bind(("0.0.0.0", 9999)); keep.append(ul)
ul6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM, IPPROTO_UDPLITE); ul6.bind(("::", 9998)); keep.append(ul6)

# Raw: ICMP, ICMPv6, protocol 253 bound to loopback and connected
r = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP); keep.append(r)
r6 = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6); keep.append(r6)
r253 = socket.socket(socket.AF_INET, socket.SOCK_RAW, 253); r253.bind(("127.0.0.1", 0)); keep.append(r253)
r253c = socket.socket(socket.AF_INET, socket.SOCK_RAW, 253); r253c.connect(("127.0.0.1", 0)); keep.append(r253c)

# UNIX: stream listener + connected pair, dgram, seqpacket, abstract, unnamed pair
def unix(kind, path):
    s = socket.socket(socket.AF_UNIX, kind)
    if path is not None:
        s.bind(path)
    keep.append(s)
    return s
us = unix(socket.SOCK_STREAM, os.path.join(base, "stream.sock")); us.listen(5)
ucn = unix(socket.SOCK_STREAM, None); ucn.connect(os.path.join(base, "stream.sock"))
keep.append(us.accept()[0])
unix(socket.SOCK_DGRAM, os.path.join(base, "dgram.sock"))
sp = unix(socket.SOCK_SEQPACKET, os.path.join(base, "seq.sock")); sp.listen(1)
ab = unix(socket.SOCK_STREAM, "\0abstract-name"); ab.listen(1)
keep.extend(socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM))

sys.stdout.write("READY\n")
sys.stdout.flush()
deadline = time.time() + 600
while time.time() < deadline:
    time.sleep(1)
