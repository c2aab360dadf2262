using System.Runtime.InteropServices;

namespace NetStat.Cli.Interop;

internal static partial class Libc
{
    internal const int CLOCK_REALTIME = 0;

    /// <summary>clock_gettime; <paramref name="timespec"/> is struct timespec (seconds, nanoseconds).</summary>
    [LibraryImport(Name, EntryPoint = "clock_gettime", SetLastError = true)]
    internal static unsafe partial int ClockGetTime(int clock, long* timespec);
}
