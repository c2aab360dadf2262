#!/usr/bin/python3
"""UNIX sockets whose names contain newlines: one plain, one that imitates a whole
/proc/net/unix row after its newline (an attempt to forge a row), and an abstract one.
Prints READY, waits at most ten minutes.

Usage: newline.py DIR [PAIRS]   (PAIRS extra unnamed socket pairs make /proc/net/unix long)
"""
import os, socket, sys, time

base = sys.argv[1]
os.makedirs(base, exist_ok=True)
keep = []
def listen(name):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(name)
    s.listen(1)
    keep.append(s)
listen(os.path.join(base, "two\nlines.sock"))
listen(os.path.join(base, "x\n0000000000000000: 00000002 00000000 00010000 0001 01 424242 @forged-row"))
listen("\0abstract\nnewline")
for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 0):
    keep.extend(socket.socketpair())
sys.stdout.write("READY\n")
sys.stdout.flush()
time.sleep(600)
