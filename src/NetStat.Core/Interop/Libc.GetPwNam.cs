using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    [LibraryImport(Name, EntryPoint = "getpwnam_r")]
    internal static unsafe partial int GetPwNamR(byte* name, Passwd* pwd, byte* buffer, nuint size, Passwd** result);
}
