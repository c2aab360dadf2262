using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    internal const int R_OK = 4;

    [LibraryImport(Name, EntryPoint = "access", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    internal static partial int Access(string path, int mode);
}
