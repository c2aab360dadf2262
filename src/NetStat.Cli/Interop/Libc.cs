using System.Runtime.InteropServices;

namespace NetStat.Cli.Interop;

/// <summary>The C library calls the command line needs for output, signals and the metrics server, one per file.</summary>
internal static partial class Libc
{
    internal const string Name = "libc";
    internal const int ENOENT = 2;
    internal const int EINTR = 4;
    internal const int EACCES = 13;
    internal const int EAGAIN = 11;
    internal const int EPIPE = 32;
    internal const int SIGPIPE = 13;

    // Sockets of the metrics server (serve).
    internal const int AF_INET = 2;
    internal const int AF_INET6 = 10;
    internal const int SOCK_STREAM = 1;
    internal const int SOCK_CLOEXEC = 0x80000;
    internal const int SOL_SOCKET = 1;
    internal const int SO_REUSEADDR = 2;
    internal const int SO_RCVTIMEO = 20;
    internal const int SO_SNDTIMEO = 21;
    internal const int IPPROTO_IPV6 = 41;
    internal const int IPV6_V6ONLY = 26;
    internal const int MSG_NOSIGNAL = 0x4000;
    internal const int SHUT_WR = 1;
}
