using NetStat.Cli.Rendering;
using NetStat.Records;

namespace NetStat.Cli.Explain;

/// <summary>
/// What one run of a mode showed, for --explain: the tables it started and the values its rows
/// held, named exactly as the text renderers name them. The modes run unchanged with these in
/// place of their text renderers, so the same rows (after -l/-a, -4/-6 ...) are seen.
/// </summary>
internal sealed class SeenTerms
{
    private readonly Dictionary<TermKind, HashSet<string>> _values = [];

    // The flag letters seen, one bit per ASCII letter and kind: a row adds bits, not strings.
    private readonly UInt128[] _letters = new UInt128[Enum.GetValues<TermKind>().Length];

    /// <summary>The column tables of the route tables started, in order.</summary>
    public List<Column[]> RouteTables { get; } = [];

    public bool Internet, Unix, Groups, InterfaceTable;

    /// <summary>Adds a value; the collectors pass the renderers' shared strings, so a row costs none.</summary>
    public void Add(TermKind kind, string value)
    {
        if (value.Length == 0)
            return;
        if (!_values.TryGetValue(kind, out var set))
            _values[kind] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(value);
    }

    /// <summary>Adds a flag letter (ASCII) of a Flags column.</summary>
    public void AddLetter(TermKind kind, byte letter) => _letters[(int)kind] |= UInt128.One << letter;

    /// <summary>The values of <paramref name="kind"/> seen, in the renderer's table order (unknown ones last).</summary>
    public IReadOnlyList<string> Values(TermKind kind)
    {
        for (int letter = 0; letter < 128; letter++)
            if ((_letters[(int)kind] & (UInt128.One << letter)) != 0)
                Add(kind, ((char)letter).ToString());
        if (!_values.TryGetValue(kind, out var set))
            return [];
        var ordered = Terms.Of(kind).Where(set.Contains).ToList();
        ordered.AddRange(set.Where(v => !ordered.Contains(v)).Order(StringComparer.Ordinal));
        return ordered;
    }
}

internal sealed class SocketCollector(SeenTerms seen, bool timers) : ISocketListingRenderer
{
    // The timer codes net-tools prints as unkn-N that were seen: their text is made once each.
    private readonly HashSet<uint> _unknownTimers = [];

    public void BeginInternet() => seen.Internet = true;

    public void InternetRow(in InetSocket socket, ProcessInfo? owner)
    {
        seen.Add(TermKind.Protocol, TextSocketRenderer.ProtocolName(socket));
        if (socket.Protocol == SocketProtocol.Tcp)
            seen.Add(TermKind.TcpState, TextSocketRenderer.TcpStateName(socket.State));
        else if (socket.Protocol is SocketProtocol.Udp or SocketProtocol.UdpLite && socket.State == 1)
            seen.Add(TermKind.UdpState, "ESTABLISHED");
        if (timers)
        {
            if (TextSocketRenderer.TimerName(socket) is { } name)
                seen.Add(TermKind.Timer, name);
            else if (_unknownTimers.Add(socket.TimerCode))
            {
                Span<byte> scratch = stackalloc byte[TextSocketRenderer.TimerTextLength];
                seen.Add(TermKind.Timer, System.Text.Encoding.UTF8.GetString(TextSocketRenderer.TimerText(socket.Protocol == SocketProtocol.Tcp, socket.TimerCode, scratch)));
            }
        }
    }

    public void BeginUnix() => seen.Unix = true;

    public void UnixRow(in UnixSocket socket, ProcessInfo? owner)
    {
        seen.Add(TermKind.Protocol, socket.ProtocolField == 0 ? "unix" : "??");
        seen.Add(TermKind.UnixType, TextSocketRenderer.UnixTypeName(socket.Type));
        seen.Add(TermKind.UnixState, TextSocketRenderer.UnixStateName(socket.State, socket.Flags));
        foreach (var (flag, name) in TextSocketRenderer.UnixFlagNames)
            if ((socket.Flags & flag) != 0)
                seen.Add(TermKind.UnixFlag, name);
    }
}

internal sealed class GroupCollector(SeenTerms seen) : IGroupListingRenderer
{
    public void BeginGroups() => seen.Groups = true;

    public void GroupRow(in MulticastMembership membership)
    {
    }
}

internal sealed class RouteCollector(SeenTerms seen) : IRouteRenderer
{
    public void BeginIpv4Fib(int ext) => Table(TextRouteRenderer.FibColumns(ext));

    public void Ipv4FibRow(in Ipv4Route route, int ext) => Letters(TermKind.RouteFlag, TextRouteRenderer.FibFlags(route.Flags, Buffer()));

    public void BeginIpv4Cache(int ext, int layout) => Table(TextRouteRenderer.CacheColumns(ext, layout));

    public void Ipv4CacheRow(in Ipv4CachedRoute route, int ext, int layout)
    {
    }

    public void BeginIpv6(bool cache) => Table(TextRouteRenderer.Ipv6Columns);

    /// <summary>The columns the text renderer prints a header for in the same call, so explanations follow its choice.</summary>
    private void Table(Column[]? columns)
    {
        if (columns is not null)
            seen.RouteTables.Add(columns);
    }

    public void Ipv6Row(in Ipv6Route route) => Letters(TermKind.Ipv6RouteFlag, TextRouteRenderer.Ipv6Flags(route.Flags, Buffer()));

    private byte[] _buffer = new byte[32];

    private Span<byte> Buffer() => _buffer;

    private void Letters(TermKind kind, int count)
    {
        for (int i = 0; i < count; i++)
            seen.AddLetter(kind, _buffer[i]);
    }
}

internal sealed class InterfaceCollector(SeenTerms seen) : IInterfaceRenderer
{
    public void Title() => seen.InterfaceTable = true;

    public void BeginPass()
    {
    }

    public void Interface(NetworkInterface iface)
    {
        foreach (var (flag, letter) in TextInterfaceRenderer.FlagLetters)
            if ((iface.Flags & flag) != 0)
                seen.AddLetter(TermKind.InterfaceFlag, (byte)letter);
    }
}
