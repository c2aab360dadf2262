using System.Runtime.InteropServices;

namespace NetStat.Cli.Interop;

internal static partial class Libc
{
    internal const int F_GETFL = 3;
    internal const int O_ACCMODE = 3;
    internal const int O_RDWR = 2;

    // fcntl is variadic; F_GETFL takes no third argument, so the fixed two-argument form is safe.
    [LibraryImport(Name, EntryPoint = "fcntl")]
    internal static partial int Fcntl(int fd, int command);
}
