using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>
/// Reads the rows of /proc/net/route as net-tools 2.10's rprint_fib does: the header decides the
/// column order (<see cref="ProcHeaderFormat"/>), each row is scanned with
/// <c>"%15s %127s %127s %X %d %d %d %127s %d %d %d"</c> in that order, and a row needs its first
/// ten fields. net-tools keeps some values from the previous row: IRTT when a row lacks it, and
/// an address whose text is not 8 hex digits. This scanner keeps them the same way (starting
/// from 0), so garbled input gives the same rows.
/// </summary>
internal sealed class Ipv4RouteScanner
{
    /// <summary>The column names net-tools requires, in the order they must appear.</summary>
    public static readonly string[] Columns =
        ["Iface", "Destination", "Gateway", "Flags", "RefCnt", "Use", "Metric", "Mask", "MTU", "Window", "IRTT"];

    private readonly int[] _steps;
    private readonly byte[] _interface = new byte[15];
    private uint _destination, _gateway, _mask;
    private int _irtt;
    private readonly NameInterner _names = new();

    /// <summary>Conversions that overflowed so far (each left errno at ERANGE in net-tools).</summary>
    public int RangeErrors { get; private set; }

    public Ipv4RouteScanner(ProcHeaderFormat format) => _steps = format.Steps;

    /// <summary>
    /// Scans one piece (as fgets returned it). False when fewer than ten fields converted: the
    /// row is skipped.
    /// </summary>
    public bool TryScan(ReadOnlySpan<byte> piece, out Ipv4Route route)
    {
        var input = new ScanfInput(piece);
        int converted = 0;
        int interfaceLength = 0;
        ReadOnlySpan<byte> destination = default, gateway = default, mask = default;
        uint flags = 0;
        int refCount = 0, use = 0, metric = 0, mtu = 0, window = 0, irtt = _irtt;
        foreach (int step in _steps)
        {
            bool ok;
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
                case 7: ok = input.String(127, out mask); break;
                case 8: ok = input.Int32(0, out mtu); break;
                case 9: ok = input.Int32(0, out window); break;
                default:
                    ok = input.Int32(0, out int scanned);
                    if (ok)
                        irtt = scanned;
                    break;
            }
            if (!ok)
                break;
            if (step != ProcHeaderFormat.Skip)
                converted++;
        }
        RangeErrors += input.RangeErrors;
        if (converted < 10)
        {
            route = default;
            return false;
        }
        _irtt = irtt;
        if (RouteAddressText.TryParse(destination, out uint value))
            _destination = value;
        if (RouteAddressText.TryParse(gateway, out value))
            _gateway = value;
        if (RouteAddressText.TryParse(mask, out value))
            _mask = value;
        route = new Ipv4Route
        {
            Interface = _names.Intern(_interface.AsSpan(0, interfaceLength)),
            Destination = InetAddress.FromIPv4(_destination),
            Gateway = InetAddress.FromIPv4(_gateway),
            Flags = flags,
            RefCount = refCount,
            Use = use,
            Metric = metric,
            Mask = InetAddress.FromIPv4(_mask),
            Mtu = mtu,
            Window = window,
            Irtt = irtt,
        };
        return true;
    }
}
