using System.Runtime.InteropServices;

namespace NetStat.Cli.Interop;

/// <summary>The C library calls the command line needs for output and signals, one per file.</summary>
internal static partial class Libc
{
    internal const string Name = "libc";
    internal const int ENOENT = 2;
    internal const int EINTR = 4;
    internal const int EACCES = 13;
    internal const int EAGAIN = 11;
    internal const int EPIPE = 32;
    internal const int SIGPIPE = 13;
}
