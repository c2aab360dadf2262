#!/usr/bin/python3
"""Sets interface flags ip(8) has no option for (IFF_DEBUG, IFF_PORTSEL, IFF_AUTOMEDIA) with
SIOCGIFFLAGS/SIOCSIFFLAGS.

Usage: ifflags.py NAME HEXBITS   (the bits are or-ed into the current flags)
"""
import fcntl, socket, struct, sys

SIOCGIFFLAGS, SIOCSIFFLAGS = 0x8913, 0x8914
name = sys.argv[1].encode()
bits = int(sys.argv[2], 16)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
flags = struct.unpack("16sH22x", fcntl.ioctl(s, SIOCGIFFLAGS, struct.pack("16sH22x", name, 0)))[1]
fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sH22x", name, flags | bits))
