#!/usr/bin/python3
"""Joins multicast groups inside a private network namespace (one socket per membership, so a
group joined twice on one interface has two users), prints READY and waits (at most ten
minutes) until it is killed. Joining sends IGMP/MLD reports only out of the namespace's own
interfaces.

Usage: groups.py GROUP@IFNAME ...   (GROUP is an IPv4 or IPv6 multicast address)
"""
import socket, struct, sys, time

keep = []
for spec in sys.argv[1:]:
    group, ifname = spec.split("@")
    index = socket.if_nametoindex(ifname)
    if ":" in group:
        s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        mreq = socket.inet_pton(socket.AF_INET6, group) + struct.pack("@I", index)
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, mreq)
    else:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        # struct ip_mreqn: group, local address (any), interface index
        mreq = socket.inet_aton(group) + socket.inet_aton("0.0.0.0") + struct.pack("@i", index)
        s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, mreq)
    keep.append(s)

sys.stdout.write("READY\n")
sys.stdout.flush()
time.sleep(600)
