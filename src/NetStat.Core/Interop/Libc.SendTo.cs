using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    [LibraryImport(Name, EntryPoint = "sendto", SetLastError = true)]
    internal static unsafe partial nint SendTo(int fd, byte* buffer, nuint length, int flags, byte* address, uint addressLength);
}
