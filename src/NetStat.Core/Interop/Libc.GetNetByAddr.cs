using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    /// <summary>struct netent: only n_name is read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct NetEnt
    {
        public byte* Name;
        public byte** Aliases;
        public int AddrType;
        public uint Net;
    }

    [LibraryImport(Name, EntryPoint = "getnetbyaddr")]
    internal static unsafe partial NetEnt* GetNetByAddr(uint net, int type);
}
