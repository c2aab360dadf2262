using System.Runtime.InteropServices;

namespace NetStat.Interop;

internal static partial class Libc
{
    /// <summary>struct passwd: only the first field, the name, is read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct Passwd
    {
        public byte* Name;
        public byte* Password;
        public uint Uid;
        public uint Gid;
        public byte* Gecos;
        public byte* Dir;
        public byte* Shell;
    }

    [LibraryImport(Name, EntryPoint = "getpwuid_r")]
    internal static unsafe partial int GetPwUidR(uint uid, Passwd* pwd, byte* buffer, nuint size, Passwd** result);
}
