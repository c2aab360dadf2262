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
        int size = 1024;
        while (size <= 1 << 20)
        {
            byte[] buffer = new byte[size];
            Libc.Passwd pwd;
            Libc.Passwd* found = null;
            int rc;
            fixed (byte* n = utf8)
            fixed (byte* b = buffer)
            {
                rc = Libc.GetPwNamR(n, &pwd, b, (nuint)size, &found);
                if (rc == 0)
                    return found != null ? found->Uid : null;
            }
            if (rc != 34 /* ERANGE */)
                return null;
            size *= 4;
        }
        return null;
    }
}
