using System.Buffers.Binary;
using NetStat.Interop;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Names;

/// <summary>
/// Address → host name through the C library, with net-tools' rules: IPv4 via gethostbyaddr
/// (or getnetbyaddr when the first octet is 0) with a cache; IPv6 via getnameinfo. A failed
/// lookup gives the numeric form, never an error.
/// </summary>
public sealed partial class HostNames
{
    /// <summary>Longest name net-tools' resolver buffers hold (128 bytes with the NUL).</summary>
    public const int MaxNameLength = 127;

    private readonly Dictionary<uint, byte[]> _v4 = new();
    private readonly Dictionary<InetAddress, byte[]> _v6 = new();

    /// <summary>Resolves an IPv4 address (net-tools' INET_rresolve for a host).</summary>
    public unsafe byte[] ResolveIPv4(InetAddress address)
    {
        uint value = address.IPv4Value;
        if (_v4.TryGetValue(value, out var cached))
            return cached;
        byte[]? name = null;
        if ((value >> 24) != 0)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
            fixed (byte* p = bytes)
            {
                var host = Libc.GetHostByAddr(p, 4, 2 /* AF_INET */);
                if (host != null && host->Name != null)
                    name = new ReadOnlySpan<byte>(host->Name, UserNames.StrLen(host->Name)).ToArray();
            }
        }
        else
        {
            name = ResolveNetwork(value);
        }
        name ??= InetAddressText.Format(address);
        // net-tools copies the answer into a 128-byte buffer.
        if (name.Length > MaxNameLength)
            name = name[..MaxNameLength];
        _v4[value] = name;
        return name;
    }

    /// <summary>getnetbyaddr (/etc/networks); null when unknown.</summary>
    public unsafe byte[]? ResolveNetwork(uint network)
    {
        var net = Libc.GetNetByAddr(network, 2 /* AF_INET */);
        return net != null && net->Name != null ? new ReadOnlySpan<byte>(net->Name, UserNames.StrLen(net->Name)).ToArray() : null;
    }

    /// <summary>Resolves an IPv6 address with getnameinfo (flags 0: numeric when no name).</summary>
    public unsafe byte[] ResolveIPv6(InetAddress address)
    {
        if (_v6.TryGetValue(address, out var cached))
            return cached;
        // struct sockaddr_in6 { u16 family; u16 port; u32 flowinfo; u8 addr[16]; u32 scope_id; }
        Span<byte> sa = stackalloc byte[28];
        sa.Clear();
        BinaryPrimitives.WriteUInt16LittleEndian(sa, 10 /* AF_INET6 */);
        address.WriteBytes(sa[8..]);
        // getnameinfo gets net-tools' 128-byte buffer: a longer name does not fit and the numeric form is used.
        Span<byte> host = stackalloc byte[MaxNameLength + 1];
        byte[] name;
        fixed (byte* s = sa)
        fixed (byte* h = host)
        {
            int rc = Libc.GetNameInfo(s, 28, h, (uint)host.Length, null, 0, 0);
            name = rc == 0 ? new ReadOnlySpan<byte>(h, UserNames.StrLen(h)).ToArray() : InetAddressText.Format(address);
        }
        _v6[address] = name;
        return name;
    }
}
