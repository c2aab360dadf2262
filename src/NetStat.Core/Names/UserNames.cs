using NetStat.Interop;

namespace NetStat.Names;

/// <summary>uid → user name through the C library (passwd, LDAP, systemd ... as nsswitch says).</summary>
public sealed partial class UserNames
{
    private const int ERANGE = 34;

    private readonly Dictionary<uint, byte[]?> _cache = new();

    /// <summary>The name of <paramref name="uid"/>, or null when it has none.</summary>
    public unsafe byte[]? Find(uint uid)
    {
        if (_cache.TryGetValue(uid, out var cached))
            return cached;
        var result = Lookup<byte[]>(uid, &ByUid, &NameOf);
        _cache[uid] = result;
        return result;
    }

    private static unsafe int ByUid(nuint uid, Libc.Passwd* pwd, byte* buffer, nuint size, Libc.Passwd** found) =>
        Libc.GetPwUidR((uint)uid, pwd, buffer, size, found);

    private static unsafe byte[]? NameOf(Libc.Passwd* entry) =>
        entry->Name == null ? null : new ReadOnlySpan<byte>(entry->Name, StrLen(entry->Name)).ToArray();

    /// <summary>
    /// One getpw*_r call (<paramref name="get"/>, given <paramref name="key"/>) with a buffer
    /// that grows while the C library says ERANGE; <paramref name="read"/> copies what is
    /// wanted out of the entry while its buffer lives. default when there is no entry or on
    /// any other error.
    /// </summary>
    private static unsafe T? Lookup<T>(nuint key, delegate*<nuint, Libc.Passwd*, byte*, nuint, Libc.Passwd**, int> get, delegate*<Libc.Passwd*, T?> read)
    {
        for (int size = 1024; size <= 1 << 20; size *= 4)
        {
            byte[] buffer = new byte[size];
            Libc.Passwd pwd;
            Libc.Passwd* found = null;
            int rc;
            fixed (byte* b = buffer)
            {
                rc = get(key, &pwd, b, (nuint)size, &found);
                if (rc == 0)
                    return found != null ? read(found) : default;
            }
            if (rc != ERANGE)
                break;
        }
        return default;
    }

    internal static unsafe int StrLen(byte* s)
    {
        int n = 0;
        while (s[n] != 0)
            n++;
        return n;
    }
}
