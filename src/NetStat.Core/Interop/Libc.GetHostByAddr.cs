using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    /// <summary>struct hostent: only h_name is read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct HostEnt
    {
        public byte* Name;
        public byte** Aliases;
        public int AddrType;
        public int Length;
        public byte** AddrList;
    }

    // The non-reentrant call on purpose: net-tools uses it, and its answers (hosts file order,
    // nsswitch, canonical name) are what we must reproduce. Callers are single-threaded.
    [LibraryImport(Name, EntryPoint = "gethostbyaddr")]
    internal static unsafe partial HostEnt* GetHostByAddr(byte* address, uint length, int type);
}
