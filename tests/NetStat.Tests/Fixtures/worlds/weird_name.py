#!/usr/bin/python3
"""A TCP listener on 127.0.0.1:PORT held by a process whose argv[0] holds a double quote, a
backslash and a newline: the characters the Prometheus text format must escape.
Prints READY, waits at most ten minutes.

Usage: weird_name.py PORT
"""
import os, socket, sys, time

if len(sys.argv) > 2 and sys.argv[2] == "child":
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", int(sys.argv[1])))
    s.listen(1)
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    time.sleep(600)
    sys.exit(0)

os.execv(sys.executable, ['we"ird\\back\nslash', os.path.abspath(__file__), sys.argv[1], "child"])
