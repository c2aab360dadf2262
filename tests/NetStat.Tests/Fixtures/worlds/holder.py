#!/usr/bin/python3
"""Extra processes for -p: a listener shared by a parent and its forked child, and a process
whose argv[0] is long (set by re-executing python under another name). Prints READY and waits
at most ten minutes.

Usage: holder.py PORT [ARGV0]
"""
import os, socket, sys, time

if len(sys.argv) > 3 and sys.argv[3] == "child":
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", int(sys.argv[1])))
    s.listen(1)
    if os.fork() == 0:
        time.sleep(600)
        os._exit(0)
    time.sleep(0.2)
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    time.sleep(600)
    sys.exit(0)

argv0 = sys.argv[2] if len(sys.argv) > 2 else sys.executable
os.execv(sys.executable, [argv0, os.path.abspath(__file__), sys.argv[1], argv0, "child"])
