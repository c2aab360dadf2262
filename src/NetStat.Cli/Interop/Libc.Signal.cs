using System.Runtime.InteropServices;

namespace NetStat.Cli.Interop;

internal static partial class Libc
{
    [LibraryImport(Name, EntryPoint = "signal")]
    internal static partial nint Signal(int signal, nint handler);

    [LibraryImport(Name, EntryPoint = "raise")]
    internal static partial int Raise(int signal);
}
