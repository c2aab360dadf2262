using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    [LibraryImport(Name, EntryPoint = "readlinkat", SetLastError = true)]
    internal static unsafe partial nint ReadLinkAt(int dirFd, byte* path, byte* buffer, nuint size);
}
