using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>
/// Reads the rows of /proc/net/rt_cache as net-tools 2.10's rprint_cache does. The kernel has
/// used two layouts (Linux 2.0 and 2.2+), told apart by which column names occur in the header;
/// rows need their first twelve fields. net-tools parses all addresses of a row through one
/// variable, so an address that is not 8 hex digits shows the address parsed just before it.
/// </summary>
internal sealed class Ipv4CacheScanner
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
    private readonly byte[] _interface = new byte[15];
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
        var input = new ScanfInput(piece);
        int converted = 0;
        int interfaceLength = 0;
        ReadOnlySpan<byte> destination = default, gateway = default, source = default, specDst = default;
        uint flags = 0;
        int refCount = 0, use = 0, metric = 0, mtu = 0, window = 0, irtt = 0, tos = 0, hh = 0;
        int hhRef = _hhRef, hhUptod = _hhUptod, arp = _arp;
        foreach (int step in _steps)
        {
            bool ok;
            int scanned;
            switch (step)
            {
                case ProcHeaderFormat.Skip: ok = input.SkipString(); break;
                case 0:
                    ok = input.String(15, out var name);
                    if (ok)
                    {
                        name.CopyTo(_interface);
                        interfaceLength = name.Length;
                    }
                    break;
                case 1: ok = input.String(127, out destination); break;
                case 2: ok = input.String(127, out gateway); break;
                case 3: ok = input.UInt32Hex(0, out flags); break;
                case 4: ok = input.Int32(0, out refCount); break;
                case 5: ok = input.Int32(0, out use); break;
                case 6: ok = input.Int32(0, out metric); break;
                case 7: ok = input.String(127, out source); break;
                case 8: ok = input.Int32(0, out mtu); break;
                case 9: ok = input.Int32(0, out window); break;
                case 10: ok = input.Int32(0, out irtt); break;
                case 11:
                    ok = _layout22 ? input.Int32(0, out tos) : input.Int32(0, out hh);
                    break;
                case 12:
                    ok = input.Int32(0, out scanned);
                    if (ok)
                    {
                        if (_layout22) hhRef = scanned;
                        else arp = scanned;
                    }
                    break;
                case 13:
                    ok = input.Int32(0, out scanned);
                    if (ok)
                        hhUptod = scanned;
                    break;
                default: ok = input.String(127, out specDst); break;
            }
            if (!ok)
                break;
            if (step != ProcHeaderFormat.Skip)
                converted++;
        }
        RangeErrors += input.RangeErrors;
        if (converted < 12)
        {
            route = default;
            return false;
        }
        _hhRef = hhRef;
        _hhUptod = hhUptod;
        _arp = arp;
        uint destinationValue = Next(destination);
        uint gatewayValue = Next(gateway);
        uint sourceValue = Next(source);
        // A row without SpecDst leaves net-tools' buffer holding the previous row's display text,
        // which is (almost always) not hex: the source address is shown again.
        uint specDstValue = Next(specDst);
        route = new Ipv4CachedRoute
        {
            Interface = _names.Intern(_interface.AsSpan(0, interfaceLength)),
            Destination = InetAddress.FromIPv4(destinationValue),
            Gateway = InetAddress.FromIPv4(gatewayValue),
            Flags = flags,
            RefCount = refCount,
            Use = use,
            Metric = metric,
            Source = InetAddress.FromIPv4(sourceValue),
            Mtu = mtu,
            Window = window,
            Irtt = irtt,
            Tos = tos,
            HardwareHeaderRefs = _layout22 ? hhRef : 0,
            HardwareHeaderUpToDate = _layout22 ? hhUptod : 0,
            SpecificDestination = InetAddress.FromIPv4(specDstValue),
            HardwareHeader = hh,
            Arp = _layout22 ? 0 : arp,
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
