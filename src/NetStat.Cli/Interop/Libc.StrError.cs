using System.Runtime.InteropServices;

namespace NetStat.Cli.Interop;

internal static partial class Libc
{
    [LibraryImport(Name, EntryPoint = "strerror")]
    private static unsafe partial byte* StrErrorNative(int errnum);

    /// <summary>The C library's text for an errno, as perror prints it (C locale).</summary>
    internal static unsafe string StrError(int errnum)
    {
        byte* s = StrErrorNative(errnum);
        return s == null ? $"Unknown error {errnum}" : Marshal.PtrToStringUTF8((nint)s) ?? "";
    }
}
