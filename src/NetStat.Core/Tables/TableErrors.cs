using System.Runtime.InteropServices;
using NetStat.Interop;

namespace NetStat.Tables;

/// <summary>How the facade reports a kernel table it cannot read.</summary>
internal static class TableErrors
{
    /// <summary>
    /// ENOENT and EACCES mean the kernel has no such table here (a module not loaded, a
    /// restricted container): netstat then lists nothing for it, and so do we.
    /// </summary>
    public static bool IsAbsent(int errno) => errno is Libc.ENOENT or Libc.EACCES;

    public static IOException ReadFailed(string path, int errno) =>
        new($"{path}: {Marshal.GetPInvokeErrorMessage(errno)}", errno);

    /// <summary>Throws <see cref="ReadFailed"/> unless the open failed only because the table is absent.</summary>
    public static void ThrowUnlessAbsent(string path, int errno)
    {
        if (!IsAbsent(errno))
            throw ReadFailed(path, errno);
    }
}
