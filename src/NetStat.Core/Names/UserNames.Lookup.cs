using NetStat.Interop;

namespace NetStat.Names;

public sealed partial class UserNames
{
    /// <summary>The uid of the user named <paramref name="name"/> (through the C library), or null when there is none.</summary>
    public unsafe uint? FindUid(string name)
    {
        if (name.Length == 0 || name.Contains('\0'))
            return null;
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(name + "\0");
        fixed (byte* n = utf8)
            return Lookup<uint?>((nuint)n, &ByName, &UidOf);
    }

    private static unsafe int ByName(nuint name, Libc.Passwd* pwd, byte* buffer, nuint size, Libc.Passwd** found) =>
        Libc.GetPwNamR((byte*)name, pwd, buffer, size, found);

    private static unsafe uint? UidOf(Libc.Passwd* entry) => entry->Uid;
}
