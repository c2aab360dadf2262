namespace NetStat.Interop;

/// <summary>The C library calls the readers need, one declaration per file.</summary>
internal static partial class Libc
{
    internal const string Name = "libc";

    internal const int ENOENT = 2;
    internal const int EINTR = 4;
    internal const int EACCES = 13;
    internal const int ENOTDIR = 20;

    internal const int O_RDONLY = 0;
    internal const int O_DIRECTORY = 0x10000;
    internal const int O_CLOEXEC = 0x80000;
}
