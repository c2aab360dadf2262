#!/usr/bin/python3
"""A bounded ping (this machine has no ping(8)): COUNT ICMP echo requests to ADDRESS, each
waiting at most one second for its reply. Exits 0 when every request was answered.

Usage: pinger.py ADDRESS [COUNT]
"""
import os, select, socket, struct, sys, time

address = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 3
s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
ident = os.getpid() & 0xFFFF


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    total = (total >> 16) + (total & 0xFFFF)
    total += total >> 16
    return ~total & 0xFFFF


answered = 0
for seq in range(1, count + 1):
    payload = b"netstat-test" * 4
    header = struct.pack("!BBHHH", 8, 0, 0, ident, seq)
    packet = struct.pack("!BBHHH", 8, 0, checksum(header + payload), ident, seq) + payload
    s.sendto(packet, (address, 0))
    deadline = time.monotonic() + 1.0
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([s], [], [], left)[0]:
            break
        data, _ = s.recvfrom(2048)
        ihl = (data[0] & 0x0F) * 4
        kind, _, _, rid, rseq = struct.unpack("!BBHHH", data[ihl:ihl + 8])
        if kind == 0 and rid == ident and rseq == seq:
            answered += 1
            break
sys.exit(0 if answered == count else 1)
