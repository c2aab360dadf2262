using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    [LibraryImport(Name, EntryPoint = "openat", SetLastError = true)]
    internal static unsafe partial int OpenAt(int dirFd, byte* path, int flags);
}
