using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    internal const int AT_EMPTY_PATH = 0x1000;
    internal const uint STATX_INO = 0x100;

    /// <summary>sizeof(struct statx): the same on every architecture, unlike struct stat.</summary>
    internal const int StatxSize = 256;

    /// <summary>Offset of stx_ino (__u64) in struct statx.</summary>
    internal const int StatxInoOffset = 32;

    [LibraryImport(Name, EntryPoint = "statx", SetLastError = true)]
    internal static unsafe partial int Statx(int dirFd, byte* path, int flags, uint mask, byte* buffer);
}
