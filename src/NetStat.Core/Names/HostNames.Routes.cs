using System.Buffers.Binary;
using NetStat.Interop;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Names;

public sealed partial class HostNames
{
    /// <summary>
    /// The netmask net-tools' INET_sprint passes (0xffffff00 read on a little-endian machine),
    /// as a big-endian number: only the first octet counts as "host bits", so an address is
    /// looked up as a host unless its first octet is 0.
    /// </summary>
    public const uint SprintNetmask = 0x00FFFFFF;

    // net-tools keeps its answers per (address, host-or-network): the same address may be both.
    private readonly Dictionary<(uint Address, bool Host), byte[]> _routeNames = new();
    private readonly Dictionary<InetAddress, byte[]> _routeV6 = new();

    /// <summary>
    /// How many lookups went to the C library (cached answers do not count). net-tools leaves
    /// errno as its last lookup set it, which shows in one of its messages.
    /// </summary>
    public int LibraryLookups { get; private set; }

    /// <summary>
    /// net-tools' INET_rresolve as the route tables use it. <paramref name="address"/> and
    /// <paramref name="netmask"/> are big-endian numbers. Numeric: the dotted quad. 0.0.0.0:
    /// "default" (or "*" without <paramref name="defaultName"/>) when the netmask is 0, else
    /// "0.0.0.0". Otherwise a host lookup (gethostbyaddr) when <paramref name="host"/> is set or
    /// the address has bits outside the netmask, else a network lookup (getnetbyaddr, i.e.
    /// /etc/networks); no answer gives the dotted quad. Names are cut to 127 bytes as net-tools' buffer does.
    /// </summary>
    public unsafe byte[] ResolveRouteIPv4(uint address, uint netmask, bool numeric, bool defaultName, bool host)
    {
        if (numeric)
            return InetAddressText.Format(InetAddress.FromIPv4(address));
        if (address == 0)
            return netmask == 0 ? (defaultName ? "default"u8.ToArray() : "*"u8.ToArray()) : "0.0.0.0"u8.ToArray();
        host |= (address & ~netmask) != 0;
        if (_routeNames.TryGetValue((address, host), out var cached))
            return cached;
        byte[]? name = null;
        LibraryLookups++;
        if (host)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(bytes, address);
            fixed (byte* p = bytes)
            {
                var entry = Libc.GetHostByAddr(p, 4, 2 /* AF_INET */);
                if (entry != null && entry->Name != null)
                    name = CString(entry->Name, 127);
            }
        }
        else
        {
            var net = Libc.GetNetByAddr(address, 2 /* AF_INET */);
            if (net != null && net->Name != null)
                name = CString(net->Name, 127);
        }
        name ??= InetAddressText.Format(InetAddress.FromIPv4(address));
        _routeNames[(address, host)] = name;
        return name;
    }

    /// <summary>
    /// net-tools' INET6_sprint as the route table uses it: numeric text, "[::]" for the
    /// unspecified address, else getnameinfo into net-tools' 128-byte buffer (a longer name fails
    /// and gives the numeric text); IPv4-mapped addresses lose their "::ffff:" prefix.
    /// </summary>
    public unsafe byte[] ResolveRouteIPv6(InetAddress address, bool numeric)
    {
        byte[] text;
        if (numeric)
        {
            text = InetAddressText.Format(address);
        }
        else if (address.IsUnspecified)
        {
            return "[::]"u8.ToArray();
        }
        else if (_routeV6.TryGetValue(address, out var cached))
        {
            return cached;
        }
        else
        {
            LibraryLookups++;
            // struct sockaddr_in6 { u16 family; u16 port; u32 flowinfo; u8 addr[16]; u32 scope_id; }
            Span<byte> sa = stackalloc byte[28];
            sa.Clear();
            BinaryPrimitives.WriteUInt16LittleEndian(sa, 10 /* AF_INET6 */);
            address.WriteBytes(sa[8..]);
            Span<byte> host = stackalloc byte[128];
            fixed (byte* s = sa)
            fixed (byte* h = host)
            {
                int rc = Libc.GetNameInfo(s, 28, h, (uint)host.Length, null, 0, 0);
                text = rc == 0 ? CString(h, 127) : InetAddressText.Format(address);
            }
            text = StripMapped(address, text);
            _routeV6[address] = text;
            return text;
        }
        return StripMapped(address, text);
    }

    /// <summary>net-tools' fix_v4_address: for ::ffff:a.b.c.d, the text after the ':' before the first '.'.</summary>
    private static byte[] StripMapped(InetAddress address, byte[] text)
    {
        if (!address.IsIPv4Mapped)
            return text;
        int dot = Array.IndexOf(text, (byte)'.');
        if (dot < 0)
            return text;
        int colon = text.AsSpan(0, dot).LastIndexOf((byte)':');
        return colon < 0 ? text : text[(colon + 1)..];
    }

    private static unsafe byte[] CString(byte* s, int max)
    {
        int length = 0;
        while (length < max && s[length] != 0)
            length++;
        return new ReadOnlySpan<byte>(s, length).ToArray();
    }
}
