using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>
/// Reads the rows of /proc/net/ipv6_route as net-tools 2.10's rprint_fib6 does: each address is
/// scanned as eight <c>%4s</c> groups, glued with ':' and given to inet_pton; the numbers are
/// <c>%02x</c> and <c>%08x</c>, the device <c>%15s</c>. net-tools never checks how much of a row
/// converted: whatever a row lacks keeps the previous row's value (a blank line repeats the
/// previous route), and an address inet_pton refuses stays the previous one. This scanner keeps
/// all of that state the same way, starting from zeros.
/// </summary>
internal sealed class Ipv6RouteScanner : IRouteRowScanner<Ipv6Route>
{
    /// <summary>Fields of a complete row.</summary>
    public const int FieldCount = 31;

    // net-tools' char addr6p[8][5], saddr6p[8][5], naddr6p[8][5]: 8 groups of up to 4 bytes.
    private readonly byte[] _groups = new byte[3 * 8 * 4];
    private readonly int[] _groupLengths = new int[3 * 8];
    private readonly byte[] _destination = new byte[16];
    private readonly byte[] _source = new byte[16];
    private readonly byte[] _nextHop = new byte[16];
    private readonly byte[] _interface = new byte[15];
    private readonly NameInterner _names = new();
    private int _interfaceLength;
    private uint _prefixLength, _sourcePrefixLength, _metric, _refCount, _use, _flags;

    /// <summary>Never any: the widths (%02x, %08x) cannot overflow.</summary>
    public int RangeErrors => 0;

    /// <summary>
    /// Scans one piece; false when not all 31 fields converted, but <paramref name="route"/> is
    /// then still what net-tools prints for it (it prints such rows too).
    /// </summary>
    public bool TryScan(ReadOnlySpan<byte> piece, out Ipv6Route route) => Scan(piece, out route) == FieldCount;

    /// <summary>
    /// Scans one piece (as fgets returned it) and returns how many of the 31 fields converted;
    /// <paramref name="route"/> is what net-tools would print for it either way.
    /// </summary>
    public int Scan(ReadOnlySpan<byte> piece, out Ipv6Route route)
    {
        var input = new ScanfInput(piece);
        int converted = ScanFields(ref input);
        Resolve(0, _destination);
        Resolve(1, _source);
        Resolve(2, _nextHop);
        route = new Ipv6Route
        {
            Destination = InetAddress.FromBytes(_destination),
            DestinationPrefixLength = (int)_prefixLength,
            Source = InetAddress.FromBytes(_source),
            SourcePrefixLength = (int)_sourcePrefixLength,
            NextHop = InetAddress.FromBytes(_nextHop),
            Metric = unchecked((int)_metric),
            RefCount = unchecked((int)_refCount),
            Use = unchecked((int)_use),
            Flags = _flags,
            Interface = _names.Intern(_interface.AsSpan(0, _interfaceLength)),
        };
        return converted;
    }

    private int ScanFields(ref ScanfInput input)
    {
        int converted = 0;
        for (int address = 0; address < 3; address++)
        {
            for (int group = 0; group < 8; group++)
            {
                if (!input.String(4, out var text))
                    return converted;
                int slot = address * 8 + group;
                text.CopyTo(_groups.AsSpan(slot * 4));
                _groupLengths[slot] = text.Length;
                converted++;
            }
            if (address == 2)
                break;
            if (!input.UInt32Hex(2, out uint length))
                return converted;
            if (address == 0)
                _prefixLength = length;
            else
                _sourcePrefixLength = length;
            converted++;
        }
        if (!input.UInt32Hex(8, out uint value))
            return converted;
        _metric = value;
        converted++;
        if (!input.UInt32Hex(8, out value))
            return converted;
        _refCount = value;
        converted++;
        if (!input.UInt32Hex(8, out value))
            return converted;
        _use = value;
        converted++;
        if (!input.UInt32Hex(8, out value))
            return converted;
        _flags = value;
        converted++;
        if (!input.String(15, out var name))
            return converted;
        name.CopyTo(_interface);
        _interfaceLength = name.Length;
        return converted + 1;
    }

    /// <summary>"g0:g1:...:g7" through inet_pton; a refused text leaves the previous address.</summary>
    private void Resolve(int address, byte[] bytes)
    {
        Span<byte> text = stackalloc byte[8 * 5];
        int length = 0;
        for (int group = 0; group < 8; group++)
        {
            if (group > 0)
                text[length++] = (byte)':';
            int slot = address * 8 + group;
            _groups.AsSpan(slot * 4, _groupLengths[slot]).CopyTo(text[length..]);
            length += _groupLengths[slot];
        }
        InetPton.TryParseIPv6(text[..length], bytes);
    }
}
