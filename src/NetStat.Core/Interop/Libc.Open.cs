using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    [LibraryImport(Name, EntryPoint = "open", SetLastError = true)]
    internal static unsafe partial int Open(byte* path, int flags);
}
