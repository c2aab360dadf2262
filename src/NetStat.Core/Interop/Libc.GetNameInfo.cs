using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    [LibraryImport(Name, EntryPoint = "getnameinfo")]
    internal static unsafe partial int GetNameInfo(byte* sockaddr, uint sockaddrLength, byte* host, uint hostLength, byte* service, uint serviceLength, int flags);
}
