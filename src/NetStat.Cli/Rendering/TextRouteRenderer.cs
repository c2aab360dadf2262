using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Names;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Rendering;

/// <summary>net-tools 2.10's route table text (lib/inet_gr.c, lib/inet6_gr.c), byte for byte.</summary>
internal sealed class TextRouteRenderer(TextOutput output, HostNames hosts, bool numeric) : IRouteRenderer
{
    private const int Layout22 = 63;
    private const int Layout20 = 97;

    /// <summary>A table's title: net-tools' text (the key itself in English), or its translation.</summary>
    private void Title(string key) => Line(Catalog.T(key));

    /// <summary>One header or title line, encoded once per table.</summary>
    private void Line(string? text)
    {
        if (text is null)
            return;
        output.Write(text);
        output.WriteByte((byte)'\n');
    }

    /// <summary>The columns of -re (ext 1), whose English header is <see cref="Ipv4Header1"/> (its Ref label overflows by one).</summary>
    internal static readonly Column[] Ipv4Columns1 =
    [
        new("Destination", 15), new("Gateway", 15), new("Genmask", 15), new("Flags", 5), new("Metric", 6), new("Ref", 2), new("Use", 7, true),
        new("Iface", 0),
    ];

    /// <summary>The columns of plain -r (ext 2), whose English header is <see cref="Ipv4Header2"/> (its Window label overflows by one).</summary>
    internal static readonly Column[] Ipv4Columns2 =
    [
        new("Destination", 15), new("Gateway", 15), new("Genmask", 15), new("Flags", 5), new("MSS", 5, true), new("Window", 5),
        new("irtt", 6, true), new("Iface", 0),
    ];

    /// <summary>
    /// The columns of -ree (ext 3, <see cref="Ipv4Header3"/>). Iface is "%-6.6s" and three spaces:
    /// a column of 8 and the usual one space.
    /// </summary>
    internal static readonly Column[] Ipv4Columns3 =
    [
        new("Destination", 15), new("Gateway", 15), new("Genmask", 15), new("Flags", 5), new("Metric", 6), new("Ref", 3), new("Use", 6, true),
        new("Iface", 8), new("MSS", 5), new("Window", 6), new("irtt", 0),
    ];

    /// <summary>The routing cache's columns at -rCe (ext 1), as <see cref="Ipv4Columns1"/> with Source first.</summary>
    internal static readonly Column[] CacheColumns1 = [new("Source", 15), .. Ipv4Columns1[..2], new("Flags", 5), .. Ipv4Columns1[4..]];

    /// <summary>The routing cache's columns at -rC (ext 2).</summary>
    internal static readonly Column[] CacheColumns2 = [new("Source", 15), .. Ipv4Columns2[..2], new("Flags", 5), .. Ipv4Columns2[4..]];

    /// <summary>The routing cache's columns at -rCee in the Linux 2.0 layout (<see cref="CacheHeader3Layout20"/>).</summary>
    internal static readonly Column[] CacheColumns3Layout20 =
        [new("Source", 15), .. Ipv4Columns3[..2], new("Flags", 5), .. Ipv4Columns3[4..^1], new("irtt", 5), new("HH", 3), new("Arp", 0)];

    /// <summary>
    /// The routing cache's columns at -rCee in the Linux 2.2 layout (<see cref="CacheHeader3Layout22"/>):
    /// HHRef is "%-3d" and three spaces, SpecDst "%15s" ends the line.
    /// </summary>
    internal static readonly Column[] CacheColumns3Layout22 =
        [new("Source", 15), .. Ipv4Columns3[..2], new("Flags", 5), .. Ipv4Columns3[4..^1], new("irtt", 5), new("TOS", 3), new("HHRef", 5), new("HHUptod", 3), new("SpecDst", 15, true)];

    /// <summary>The IPv6 table's columns (<see cref="Ipv6Header"/>; its Ref label overflows).</summary>
    internal static readonly Column[] Ipv6Columns =
    [
        new("Destination", 30), new("Next Hop", 26), new("Flag", 4), new("Met", 3), new("Ref", 1), new("Use", 6, true), new("If", 0),
    ];

    /// <summary>Every column table (the FIB's, IPv6's, then the cache's), for --explain's terms and the catalogs' completeness test.</summary>
    internal static IEnumerable<Column[]> ColumnTables =>
        [Ipv4Columns1, Ipv4Columns2, Ipv4Columns3, Ipv6Columns, CacheColumns1, CacheColumns2, CacheColumns3Layout20, CacheColumns3Layout22];

    /// <summary>The columns of the IPv4 FIB at -e level <paramref name="ext"/>, those of <see cref="FibHeader"/> (null: no header).</summary>
    internal static Column[]? FibColumns(int ext) => ext switch
    {
        1 => Ipv4Columns1,
        2 => Ipv4Columns2,
        >= 3 => Ipv4Columns3,
        _ => null,
    };

    /// <summary>The columns of the IPv4 routing cache, those of <see cref="CacheHeader"/> (null: no header).</summary>
    internal static Column[]? CacheColumns(int ext, int layout) => ext switch
    {
        1 => CacheColumns1,
        2 => CacheColumns2,
        >= 3 when layout == Layout20 => CacheColumns3Layout20,
        >= 3 when layout == Layout22 => CacheColumns3Layout22,
        _ => null,
    };

    // The tables' translated headers, made when a table begins (null in English: the literal
    // headers print and no column is widened).
    private readonly Catalog? _catalog = Catalog.Current;
    private LocalizedColumns? _rows;

    /// <summary>Prints a table's header: the English literal, or the translated labels over widened columns.</summary>
    private void Header(string? english, Column[]? columns)
    {
        _rows = _catalog is not null && columns is not null ? new LocalizedColumns(_catalog, columns) : null;
        Line(_rows is not null ? _rows.Header() : english);
    }

    private void Pad(int i) => LocalizedColumns.Pad(output, _rows, i);

    /// <summary>
    /// The printf width <paramref name="width"/> of column <paramref name="i"/>, widened under a
    /// translated header: data wider than net-tools' width but not than the label stays in its column.
    /// </summary>
    private int W(int i, int width) => _rows is null ? width : width + _rows.Extra[i];

    /// <summary>
    /// A reject route's dash in column <paramref name="i"/> of a translated table, placed as the
    /// column's data would be, and the separator after it (none after the last column).
    /// </summary>
    private void Dash(int i)
    {
        var rows = _rows!;
        int width = rows.Width(i);
        if (width == 0)
        {
            output.WriteByte((byte)'-');
            return;
        }
        if (rows.IsRight(i))
            output.Spaces(width - 1);
        output.WriteByte((byte)'-');
        if (!rows.IsRight(i))
            output.Spaces(width - 1);
        output.WriteByte((byte)' ');
    }

    /// <summary>Dashes from column <paramref name="first"/> to the end of the line.</summary>
    private void DashesFrom(int first)
    {
        for (int i = first; i < _rows!.Count; i++)
            Dash(i);
        output.WriteByte((byte)'\n');
    }

    public void BeginIpv4Fib(int ext)
    {
        Title("Kernel IP routing table");
        Header(FibHeader(ext), FibColumns(ext));
    }

    public void Ipv4FibRow(in Ipv4Route route, int ext)
    {
        // Names are looked up whatever the level, as net-tools does before it looks at ext.
        uint mask = route.Mask.IPv4Value;
        Span<byte> destinationText = stackalloc byte[InetAddressText.MaxLength];
        Span<byte> gatewayText = stackalloc byte[InetAddressText.MaxLength];
        var destination = Cut(Ipv4Name(route.Destination.IPv4Value, mask, defaultName: true, host: (route.Flags & RouteFlags.Host) != 0, destinationText), 15);
        var gateway = Cut(Ipv4Name(route.Gateway.IPv4Value, HostNames.SprintNetmask, defaultName: false, host: true, gatewayText), 15);
        Span<byte> maskText = stackalloc byte[InetAddressText.MaxLength];
        int maskLength = InetAddressText.FormatIPv4(mask, maskText);
        Span<byte> flags = stackalloc byte[32];
        int flagsLength = FibFlags(route.Flags, flags);
        bool reject = (route.Flags & RouteFlags.Reject) != 0;

        if (ext == 0)
            return;
        output.LeftSafe(destination, W(0, 15));
        output.WriteByte((byte)' ');
        if (reject)
        {
            output.Write("-              "u8);
            Pad(1);
            output.WriteByte((byte)' ');
        }
        else
        {
            output.LeftSafe(gateway, W(1, 15));
            output.WriteByte((byte)' ');
        }
        output.Left(maskText[..maskLength], W(2, 15));
        output.WriteByte((byte)' ');
        output.Left(flags[..flagsLength], W(3, 5));
        output.WriteByte((byte)' ');
        if (ext == 1)
            MetricRefUseIface(route.Metric, route.RefCount, route.Use, route.Interface.Span, reject);
        else if (ext == 2)
        {
            if (reject && _rows is not null)
                DashesFrom(4); // "%5s %-5s %6s %s" of dashes, widened like the header
            else if (reject)
                output.Write("    - -          - -\n"u8);
            else
                MssWindowIrttIface(route.Mtu, route.Window, route.Irtt, route.Interface.Span);
        }
        else if (WideColumns(route.Metric, route.RefCount, route.Use, route.Interface.Span, route.Mtu, route.Window, reject))
        {
            output.Number(route.Irtt);
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>INET_rresolve; numeric text is formatted in place (a large table prints without allocating).</summary>
    private ReadOnlySpan<byte> Ipv4Name(uint address, uint netmask, bool defaultName, bool host, Span<byte> buffer) =>
        numeric ? buffer[..InetAddressText.FormatIPv4(address, buffer)] : hosts.ResolveRouteIPv4(address, netmask, numeric, defaultName, host);

    /// <summary>
    /// The flag letters of rprint_fib: "!" replaces U and G of a reject route. ddp_gr.c's
    /// flags_decode has the same letters but appends the "!" (<paramref name="rejectReplaces"/> false).
    /// </summary>
    internal static int FibFlags(uint f, Span<byte> s, bool rejectReplaces = true)
    {
        int n = 0;
        foreach (var (flag, letter) in FibFlagLetters)
        {
            if ((f & flag) == 0)
                continue;
            if (flag == RouteFlags.Reject && rejectReplaces)
                n = 0;
            s[n++] = (byte)letter;
        }
        return n;
    }

    /// <summary>The letters of the IPv4 Flags column in print order ('c' stands for two flags).</summary>
    internal static readonly (uint Flag, char Letter)[] FibFlagLetters =
    [
        (RouteFlags.Up, 'U'), (RouteFlags.Gateway, 'G'), (RouteFlags.Reject, '!'), (RouteFlags.Host, 'H'), (RouteFlags.Reinstate, 'R'),
        (RouteFlags.Dynamic, 'D'), (RouteFlags.Modified, 'M'), (RouteFlags.Default, 'd'), (RouteFlags.AllOnLink, 'a'), (RouteFlags.AddrConf, 'c'),
        (RouteFlags.NoNextHop, 'o'), (RouteFlags.Expires, 'e'), (RouteFlags.Cache, 'c'), (RouteFlags.Flow, 'f'), (RouteFlags.Policy, 'p'),
        (RouteFlags.Local, 'l'), (RouteFlags.Mtu, 'u'), (RouteFlags.Window, 'w'), (RouteFlags.Irtt, 'i'), (RouteFlags.NotCached, 'n'),
    ];

    /// <summary>The letters of the IPv6 Flag column in print order.</summary>
    internal static readonly (uint Flag, char Letter)[] Ipv6FlagLetters =
    [
        (RouteFlags.Up, 'U'), (RouteFlags.Reject, '!'), (RouteFlags.Gateway, 'G'), (RouteFlags.Host, 'H'), (RouteFlags.Default, 'D'),
        (RouteFlags.AddrConf, 'A'), (RouteFlags.Cache, 'C'), (RouteFlags.AllOnLink, 'a'), (RouteFlags.Expires, 'e'), (RouteFlags.Modified, 'm'),
        (RouteFlags.NoNextHop, 'n'), (RouteFlags.Flow, 'f'),
    ];

    /// <summary>The English header of the IPv4 FIB at -e level <paramref name="ext"/> (null: none is printed).</summary>
    internal static string? FibHeader(int ext) => ext switch
    {
        1 => Ipv4Header1,
        2 => Ipv4Header2,
        >= 3 => Ipv4Header3,
        _ => null,
    };

    /// <summary>The English header of the IPv4 routing cache (null: none is printed, as for an unknown layout at -ee).</summary>
    internal static string? CacheHeader(int ext, int layout) => ext switch
    {
        1 => CacheHeader1,
        2 => CacheHeader2,
        >= 3 when layout == Layout20 => CacheHeader3Layout20,
        >= 3 when layout == Layout22 => CacheHeader3Layout22,
        _ => null,
    };

    internal const string Ipv4Header1 = "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface";
    internal const string Ipv4Header2 = "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface";
    internal const string Ipv4Header3 = "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt";
    internal const string Ipv6Header = "Destination                    Next Hop                   Flag Met Ref  Use If";
    private const string CacheHeader1 = "Source          Destination     Gateway         Flags Metric Ref    Use Iface";
    private const string CacheHeader2 = "Source          Destination     Gateway         Flags   MSS Window  irtt Iface";
    private const string CacheHeader3Layout20 = "Source          Destination     Gateway         Flags Metric Ref    Use Iface    MSS   Window irtt  HH  Arp";
    private const string CacheHeader3Layout22 = "Source          Destination     Gateway         Flags Metric Ref    Use Iface    MSS   Window irtt  TOS HHRef HHUptod     SpecDst";

    public void BeginIpv4Cache(int ext, int layout)
    {
        Title("Kernel IP routing cache");
        if (layout != Layout22 && layout != Layout20)
        {
            if (_catalog is null)
            {
                output.Write("ERROR: proc_guess_fmt(/proc/net/rt_cache,... returned: "u8);
                output.Number(layout);
                output.WriteByte((byte)'\n');
            }
            else
                output.Write(Catalog.T("ERROR: proc_guess_fmt(/proc/net/rt_cache,... returned: {0}\n", layout.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        Header(CacheHeader(ext, layout), CacheColumns(ext, layout));
    }

    public void Ipv4CacheRow(in Ipv4CachedRoute route, int ext, int layout)
    {
        Span<byte> buffers = stackalloc byte[4 * InetAddressText.MaxLength];
        const int L = InetAddressText.MaxLength;
        var destination = Ipv4Name(route.Destination.IPv4Value, HostNames.SprintNetmask, false, false, buffers[..L]);
        var gateway = Ipv4Name(route.Gateway.IPv4Value, HostNames.SprintNetmask, false, false, buffers[L..(2 * L)]);
        var source = Ipv4Name(route.Source.IPv4Value, HostNames.SprintNetmask, false, false, buffers[(2 * L)..(3 * L)]);
        var specDst = Ipv4Name(route.SpecificDestination.IPv4Value, HostNames.SprintNetmask, false, false, buffers[(3 * L)..]);
        Span<byte> flags = stackalloc byte[64];
        int flagsLength = CacheFlags(route.Flags, layout == Layout20, flags);

        if (ext == 0)
            return;
        output.LeftSafe(source, W(0, 15));
        output.WriteByte((byte)' ');
        output.LeftSafe(destination, W(1, 15));
        output.WriteByte((byte)' ');
        output.LeftSafe(gateway, W(2, 15));
        output.WriteByte((byte)' ');
        output.Left(flags[..flagsLength], W(3, 5));
        output.WriteByte((byte)' ');
        if (ext == 1)
        {
            MetricRefUseIface(route.Metric, route.RefCount, route.Use, route.Interface.Span, reject: false);
            return;
        }
        if (ext == 2)
        {
            MssWindowIrttIface(route.Mtu, route.Window, route.Irtt, route.Interface.Span);
            return;
        }
        WideColumns(route.Metric, route.RefCount, route.Use, route.Interface.Span, route.Mtu, route.Window, reject: false);
        output.LeftNumber(route.Irtt, W(10, 5));
        output.WriteByte((byte)' ');
        if (layout == Layout20)
        {
            output.LeftNumber(route.HardwareHeader, W(11, 3));
            output.WriteByte((byte)' ');
            output.Number(route.Arp);
        }
        else
        {
            output.LeftNumber(route.Tos, W(11, 3));
            output.WriteByte((byte)' ');
            output.LeftNumber(route.HardwareHeaderRefs, 3);
            output.Write("  "u8);
            Pad(12);
            output.WriteByte((byte)' ');
            output.LeftNumber(route.HardwareHeaderUpToDate, W(13, 3));
            output.WriteByte((byte)' ');
            output.Right(specDst, W(14, 15));
        }
        output.WriteByte((byte)'\n');
    }

    // rprint_fib and rprint_cache print the same columns after Flags; a reject FIB route shows
    // dashes for what it lacks.

    /// <summary>"%-6d %-2d %7d %s\n": Metric Ref Use Iface (ext 1: -re).</summary>
    private void MetricRefUseIface(int metric, int refCount, int use, ReadOnlySpan<byte> iface, bool reject)
    {
        output.LeftNumber(metric, W(4, 6));
        if (RejectDashes(reject, use, 7, " -\n"u8))
            return;
        output.WriteByte((byte)' ');
        output.LeftNumber(refCount, W(5, 2));
        output.WriteByte((byte)' ');
        output.RightNumber(use, W(6, 7));
        output.WriteByte((byte)' ');
        output.LeftSafe(iface, 0);
        output.WriteByte((byte)'\n');
    }

    /// <summary>"%5d %-5d %6d %s\n": MSS Window irtt Iface (ext 2: plain -r).</summary>
    private void MssWindowIrttIface(int mtu, int window, int irtt, ReadOnlySpan<byte> iface)
    {
        output.RightNumber(mtu, W(4, 5));
        output.WriteByte((byte)' ');
        output.LeftNumber(window, W(5, 5));
        output.WriteByte((byte)' ');
        output.RightNumber(irtt, W(6, 6));
        output.WriteByte((byte)' ');
        output.LeftSafe(iface, 0);
        output.WriteByte((byte)'\n');
    }

    /// <summary>
    /// "%-6d %-3d %6d %-6.6s   %-5d %-6ld ": the wide line (ext 3: -ree) from Metric to Window; false when a
    /// reject route's dashes ended the line instead.
    /// </summary>
    private bool WideColumns(int metric, int refCount, int use, ReadOnlySpan<byte> iface, int mtu, int window, bool reject)
    {
        output.LeftNumber(metric, W(4, 6));
        if (RejectDashes(reject, use, 6, " -        -     -      -\n"u8))
            return false;
        output.WriteByte((byte)' ');
        output.LeftNumber(refCount, W(5, 3));
        output.WriteByte((byte)' ');
        output.RightNumber(use, W(6, 6));
        output.WriteByte((byte)' ');
        output.LeftSafe(Cut(iface, 6), 6);
        output.Write("  "u8);
        Pad(7);
        output.WriteByte((byte)' ');
        output.LeftNumber(mtu, W(8, 5));
        output.WriteByte((byte)' ');
        output.LeftNumber(window, W(9, 6));
        output.WriteByte((byte)' ');
        return true;
    }

    /// <summary>
    /// After Metric, a reject route's line: its Use between dashes, then <paramref name="rest"/>.
    /// net-tools prints Use "%7d" there whatever the level; a translated table keeps Use in its
    /// column (<paramref name="useWidth"/>) and puts each dash under its label.
    /// </summary>
    private bool RejectDashes(bool reject, int use, int useWidth, ReadOnlySpan<byte> rest)
    {
        if (!reject)
            return false;
        if (_rows is null)
        {
            output.Write(" -  "u8);
            output.RightNumber(use, 7);
            output.Write(rest);
            return true;
        }
        output.WriteByte((byte)' ');
        Dash(5);
        output.RightNumber(use, W(6, useWidth));
        output.WriteByte((byte)' ');
        DashesFrom(7);
        return true;
    }

    /// <summary>The flag letters of rprint_cache; the Linux 2.0 layout starts with U and H instead of ending in "-" and "o".</summary>
    internal static int CacheFlags(uint f, bool layout20, Span<byte> s)
    {
        int n = 0;
        if (layout20)
        {
            if ((f & RouteFlags.Up) != 0) s[n++] = (byte)'U';
            if ((f & RouteFlags.Host) != 0) s[n++] = (byte)'H';
        }
        if ((f & RouteFlags.Gateway) != 0) s[n++] = (byte)'G';
        if ((f & RouteFlags.Reject) != 0) { n = 0; s[n++] = (byte)'!'; }
        if ((f & RouteFlags.Reinstate) != 0) s[n++] = (byte)'R';
        if ((f & RouteFlags.Dynamic) != 0) s[n++] = (byte)'D';
        if ((f & RouteFlags.Modified) != 0) s[n++] = (byte)'M';
        if (!layout20)
        {
            if ((f & RouteFlags.CacheDead) != 0) s[n++] = (byte)'-';
            if ((f & RouteFlags.CacheOnLink) != 0) s[n++] = (byte)'o';
        }
        if ((f & RouteFlags.CacheNotify) != 0) s[n++] = (byte)'n';
        if ((f & RouteFlags.CacheDirectDst) != 0) s[n++] = (byte)'d';
        if ((f & RouteFlags.CacheTproxy) != 0) s[n++] = (byte)'t';
        if ((f & RouteFlags.CacheFast) != 0) s[n++] = (byte)'f';
        if ((f & RouteFlags.CacheMasq) != 0) s[n++] = (byte)'q';
        if ((f & RouteFlags.CacheSnat) != 0) { s[n++] = (byte)'N'; s[n++] = (byte)'s'; }
        if ((f & RouteFlags.CacheDoRedirect) != 0) s[n++] = (byte)'r';
        if ((f & RouteFlags.CacheDirectSrc) != 0) s[n++] = (byte)'i';
        if ((f & RouteFlags.CacheDnat) != 0) { s[n++] = (byte)'N'; s[n++] = (byte)'d'; }
        if ((f & RouteFlags.CacheBroadcast) != 0) s[n++] = (byte)'b';
        if ((f & RouteFlags.CacheMulticast) != 0) s[n++] = (byte)'m';
        if ((f & RouteFlags.CacheReject) != 0) s[n++] = (byte)'#';
        if ((f & RouteFlags.CacheLocal) != 0) s[n++] = (byte)'l';
        return n;
    }

    public void BeginIpv6(bool cache)
    {
        if (cache)
            Title("Kernel IPv6 routing cache");
        else
            Title("Kernel IPv6 routing table");
        Header(Ipv6Header, Ipv6Columns);
    }

    public void Ipv6Row(in Ipv6Route route)
    {
        // snprintf("%s/%d") into a 128-byte buffer: at most 127 bytes.
        Span<byte> destination = stackalloc byte[127];
        Span<byte> numericText = stackalloc byte[InetAddressText.MaxLength];
        var name = Ipv6Name(route.Destination, numericText);
        int length = Math.Min(name.Length, 127);
        name[..length].CopyTo(destination);
        Span<byte> prefix = stackalloc byte[16];
        prefix[0] = (byte)'/';
        System.Buffers.Text.Utf8Formatter.TryFormat(route.DestinationPrefixLength, prefix[1..], out int digits);
        int copy = Math.Min(digits + 1, 127 - length);
        prefix[..copy].CopyTo(destination[length..]);
        length += copy;
        var nextHop = Ipv6Name(route.NextHop, numericText);
        Span<byte> flags = stackalloc byte[16];
        int flagsLength = Ipv6Flags(route.Flags, flags);

        output.LeftSafe(destination[..length], W(0, 30));
        output.WriteByte((byte)' ');
        output.LeftSafe(nextHop, W(1, 26));
        output.WriteByte((byte)' ');
        output.Left(flags[..flagsLength], W(2, 4));
        output.WriteByte((byte)' ');
        output.LeftNumber(route.Metric, W(3, 3));
        output.WriteByte((byte)' ');
        output.LeftNumber(route.RefCount, W(4, 1));
        output.WriteByte((byte)' ');
        output.RightNumber(route.Use, W(5, 6));
        output.WriteByte((byte)' ');
        output.LeftSafe(route.Interface.Span, 0);
        output.WriteByte((byte)'\n');
    }

    /// <summary>INET6_sprint; numeric text (never IPv4-mapped, which needs the prefix cut) is formatted in place.</summary>
    private ReadOnlySpan<byte> Ipv6Name(InetAddress address, Span<byte> buffer) =>
        numeric && !address.IsIPv4Mapped ? buffer[..InetAddressText.Format(address, buffer)] : hosts.ResolveRouteIPv6(address, numeric);

    /// <summary>The flag letters of rprint_fib6.</summary>
    internal static int Ipv6Flags(uint f, Span<byte> s)
    {
        int n = 0;
        foreach (var (flag, letter) in Ipv6FlagLetters)
            if ((f & flag) != 0)
                s[n++] = (byte)letter;
        return n;
    }

    private static ReadOnlySpan<byte> Cut(ReadOnlySpan<byte> text, int max) => text.Length > max ? text[..max] : text;
}
