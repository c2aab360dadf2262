using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    // getdents64 has no glibc wrapper before 2.30's; the raw syscall works everywhere.
    private const long SYS_getdents64 = 217;

    [LibraryImport(Name, EntryPoint = "syscall", SetLastError = true)]
    private static unsafe partial long Syscall3(long number, long a1, byte* a2, long a3);

    internal static unsafe long GetDents64(int fd, byte* buffer, int size) => Syscall3(SYS_getdents64, fd, buffer, size);
}
