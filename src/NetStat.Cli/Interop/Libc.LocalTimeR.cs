using System.Runtime.InteropServices;

namespace NetStat.Cli.Interop;

internal static partial class Libc
{
    /// <summary>localtime_r; <paramref name="tm"/> is struct tm (56 bytes on x86-64: nine ints, tm_gmtoff at 40).</summary>
    [LibraryImport(Name, EntryPoint = "localtime_r")]
    internal static unsafe partial void* LocalTimeR(long* time, byte* tm);
}
