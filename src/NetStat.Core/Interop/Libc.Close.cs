using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    [LibraryImport(Name, EntryPoint = "close")]
    internal static partial int Close(int fd);
}
