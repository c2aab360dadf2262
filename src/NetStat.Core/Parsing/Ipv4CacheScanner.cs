using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>
/// Reads the rows of /proc/net/rt_cache as net-tools 2.10's rprint_cache does. The kernel has
/// used two layouts (Linux 2.0 and 2.2+), told apart by which column names occur in the header;
/// rows need their first twelve fields. net-tools parses all addresses of a row through one
/// variable, so an address that is not 8 hex digits shows the address parsed just before it.
/// </summary>
internal sealed class Ipv4CacheScanner : IRouteRowScanner<Ipv4CachedRoute>
{
    /// <summary>The names proc_guess_fmt looks for, with their bits.</summary>
    public static readonly (string Name, int Flag)[] GuessNames =
        [("IRTT", 1), ("TOS", 2), ("HHRef", 4), ("HHUptod", 8), ("SpecDst", 16), ("HH", 32), ("ARP", 64)];

    /// <summary>proc_guess_fmt's sum for the Linux 2.2+ layout.</summary>
    public const int Layout22 = 63;

    /// <summary>proc_guess_fmt's sum for the Linux 2.0 layout.</summary>
    public const int Layout20 = 97;

    /// <summary>Columns of the Linux 2.2+ layout, in the order they must appear.</summary>
    public static readonly string[] Columns22 =
        ["Iface", "Destination", "Gateway", "Flags", "RefCnt", "Use", "Metric", "Source", "MTU", "Window", "IRTT", "TOS", "HHRef", "HHUptod", "SpecDst"];

    /// <summary>Columns of the Linux 2.0 layout, in the order they must appear.</summary>
    public static readonly string[] Columns20 =
        ["Iface", "Destination", "Gateway", "Flags", "RefCnt", "Use", "Metric", "Source", "MTU", "Window", "IRTT", "HH", "ARP"];

    private readonly int[] _steps;
    private readonly bool _layout22;
    private readonly NameInterner _names = new();
    private uint _last;
    private int _hhRef, _hhUptod, _arp;

    /// <summary>Conversions that overflowed so far (each left errno at ERANGE in net-tools).</summary>
    public int RangeErrors { get; private set; }

    public Ipv4CacheScanner(ProcHeaderFormat format, bool layout22)
    {
        _steps = format.Steps;
        _layout22 = layout22;
    }

    /// <summary>Scans one piece; false when fewer than twelve fields converted (the row is skipped).</summary>
    public bool TryScan(ReadOnlySpan<byte> piece, out Ipv4CachedRoute route)
    {
        var fields = new Ipv4RouteFields
        {
            HardwareHeaderRefsOrArp = _layout22 ? _hhRef : _arp,
            HardwareHeaderUpToDate = _hhUptod,
        };
        int converted = fields.Scan(piece, _steps);
        RangeErrors += fields.RangeErrors;
        if (converted < 12)
        {
            route = default;
            return false;
        }
        if (_layout22)
            _hhRef = fields.HardwareHeaderRefsOrArp;
        else
            _arp = fields.HardwareHeaderRefsOrArp;
        _hhUptod = fields.HardwareHeaderUpToDate;
        uint destinationValue = Next(fields.Destination);
        uint gatewayValue = Next(fields.Gateway);
        uint sourceValue = Next(fields.MaskOrSource);
        // A row without SpecDst leaves net-tools' buffer holding the previous row's display text,
        // which is (almost always) not hex: the source address is shown again.
        uint specDstValue = Next(fields.SpecificDestination);
        route = new Ipv4CachedRoute
        {
            Interface = _names.Intern(fields.Interface),
            Destination = InetAddress.FromIPv4(destinationValue),
            Gateway = InetAddress.FromIPv4(gatewayValue),
            Flags = fields.Flags,
            RefCount = fields.RefCount,
            Use = fields.Use,
            Metric = fields.Metric,
            Source = InetAddress.FromIPv4(sourceValue),
            Mtu = fields.Mtu,
            Window = fields.Window,
            Irtt = fields.Irtt,
            Tos = _layout22 ? fields.TosOrHardwareHeader : 0,
            HardwareHeaderRefs = _layout22 ? fields.HardwareHeaderRefsOrArp : 0,
            HardwareHeaderUpToDate = _layout22 ? fields.HardwareHeaderUpToDate : 0,
            SpecificDestination = InetAddress.FromIPv4(specDstValue),
            HardwareHeader = _layout22 ? 0 : fields.TosOrHardwareHeader,
            Arp = _layout22 ? 0 : fields.HardwareHeaderRefsOrArp,
        };
        return true;
    }

    private uint Next(ReadOnlySpan<byte> word)
    {
        if (RouteAddressText.TryParse(word, out uint value))
            _last = value;
        return _last;
    }
}
