using NetStat.Interop;

namespace NetStat.Names;

/// <summary>uid → user name through the C library (passwd, LDAP, systemd ... as nsswitch says).</summary>
public sealed partial class UserNames
{
    private readonly Dictionary<uint, byte[]?> _cache = new();

    /// <summary>The name of <paramref name="uid"/>, or null when it has none.</summary>
    public unsafe byte[]? Find(uint uid)
    {
        if (_cache.TryGetValue(uid, out var cached))
            return cached;
        byte[]? result = null;
        int size = 1024;
        while (size <= 1 << 20)
        {
            byte[] buffer = new byte[size];
            Libc.Passwd pwd;
            Libc.Passwd* found = null;
            int rc;
            fixed (byte* b = buffer)
            {
                rc = Libc.GetPwUidR(uid, &pwd, b, (nuint)size, &found);
                if (rc == 0 && found != null && found->Name != null)
                    result = new ReadOnlySpan<byte>(found->Name, StrLen(found->Name)).ToArray();
            }
            if (rc != 34 /* ERANGE */)
                break;
            size *= 4;
        }
        _cache[uid] = result;
        return result;
    }

    internal static unsafe int StrLen(byte* s)
    {
        int n = 0;
        while (s[n] != 0)
            n++;
        return n;
    }
}
