using System.Runtime.InteropServices;

namespace NetStat.Tables;

/// <summary>How the facade reports a kernel table it cannot read.</summary>
internal static class TableErrors
{
    private const int ENOENT = 2, EACCES = 13;

    /// <summary>
    /// ENOENT and EACCES mean the kernel has no such table here (a module not loaded, a
    /// restricted container): netstat then lists nothing for it, and so do we.
    /// </summary>
    public static bool IsAbsent(int errno) => errno == ENOENT || errno == EACCES;

    public static IOException ReadFailed(string path, int errno) =>
        new($"{path}: {Marshal.GetPInvokeErrorMessage(errno)}", errno);

    /// <summary>Throws unless the table is merely absent; false when it is.</summary>
    public static bool CheckOpen(string path, int errno) =>
        IsAbsent(errno) ? false : throw ReadFailed(path, errno);
}
