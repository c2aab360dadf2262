using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    [LibraryImport(Name, EntryPoint = "geteuid")]
    internal static partial uint GetEuid();
}
