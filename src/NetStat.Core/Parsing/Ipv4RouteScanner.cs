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
internal sealed class Ipv4RouteScanner : IRouteRowScanner<Ipv4Route>
{
    /// <summary>The column names net-tools requires, in the order they must appear.</summary>
    public static readonly string[] Columns =
        ["Iface", "Destination", "Gateway", "Flags", "RefCnt", "Use", "Metric", "Mask", "MTU", "Window", "IRTT"];

    private readonly int[] _steps;
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
        var fields = new Ipv4RouteFields { Irtt = _irtt };
        int converted = fields.Scan(piece, _steps);
        RangeErrors += fields.RangeErrors;
        if (converted < 10)
        {
            route = default;
            return false;
        }
        _irtt = fields.Irtt;
        if (RouteAddressText.TryParse(fields.Destination, out uint value))
            _destination = value;
        if (RouteAddressText.TryParse(fields.Gateway, out value))
            _gateway = value;
        if (RouteAddressText.TryParse(fields.MaskOrSource, out value))
            _mask = value;
        route = new Ipv4Route
        {
            Interface = _names.Intern(fields.Interface),
            Destination = InetAddress.FromIPv4(_destination),
            Gateway = InetAddress.FromIPv4(_gateway),
            Flags = fields.Flags,
            RefCount = fields.RefCount,
            Use = fields.Use,
            Metric = fields.Metric,
            Mask = InetAddress.FromIPv4(_mask),
            Mtu = fields.Mtu,
            Window = fields.Window,
            Irtt = fields.Irtt,
        };
        return true;
    }
}
