using NetStat.Parsing;
using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>The routing tables in procfs: /proc/net/route, /proc/net/rt_cache, /proc/net/ipv6_route.</summary>
public sealed class ProcRouteTables(ProcPaths paths) : IRouteTables
{
    // net-tools reads headers with fgets(buf, 511) and rows with fgets(buf, 1023).
    internal const int HeaderBuffer = 511;
    internal const int RowBuffer = 1023;

    /// <summary>Tables of the running kernel.</summary>
    public static ProcRouteTables Default { get; } = new(ProcPaths.Default);

    /// <inheritdoc/>
    public string Ipv4Name => paths.Net("route");

    /// <inheritdoc/>
    public string Ipv4CacheName => paths.Net("rt_cache");

    /// <inheritdoc/>
    public string Ipv6Name => paths.Net("ipv6_route");

    /// <inheritdoc/>
    public IRouteCursor<Ipv4Route>? OpenIpv4(out int errno)
    {
        var file = FgetsReader.TryOpen(Ipv4Name, out errno);
        return file is null ? null : new ProcIpv4RouteCursor(file);
    }

    /// <inheritdoc/>
    public IRouteCursor<Ipv4CachedRoute>? OpenIpv4Cache(out int errno)
    {
        var file = FgetsReader.TryOpen(Ipv4CacheName, out errno);
        return file is null ? null : new ProcIpv4CacheCursor(file);
    }

    /// <inheritdoc/>
    public IRouteCursor<Ipv6Route>? OpenIpv6(out int errno)
    {
        var file = FgetsReader.TryOpen(Ipv6Name, out errno);
        return file is null ? null : new ProcIpv6RouteCursor(file);
    }
}

/// <summary>Rows of /proc/net/route; the header is read when the cursor is made.</summary>
internal sealed class ProcIpv4RouteCursor : IRouteCursor<Ipv4Route>
{
    private readonly FgetsReader _file;
    private readonly Ipv4RouteScanner? _scanner;

    public ProcIpv4RouteCursor(FgetsReader file)
    {
        _file = file;
        if (!file.TryGets(ProcRouteTables.HeaderBuffer, out var header))
        {
            Empty = true;
            return;
        }
        var format = ProcHeaderFormat.Build(header, Ipv4RouteScanner.Columns);
        MissingColumn = format.MissingColumn;
        if (MissingColumn is null)
            _scanner = new Ipv4RouteScanner(format);
    }

    public bool Empty { get; }
    public string? MissingColumn { get; }
    public int Layout => 0;
    public int ReadError => _file.ReadError;
    public int RangeErrors => _scanner?.RangeErrors ?? 0;

    public ReadOutcome Next(out Ipv4Route row)
    {
        if (_scanner is null || !_file.TryGets(ProcRouteTables.RowBuffer, out var piece))
        {
            row = default;
            return ReadOutcome.End;
        }
        return _scanner.TryScan(piece, out row) ? ReadOutcome.Row : ReadOutcome.Malformed;
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>Rows of /proc/net/rt_cache; the header is read (and the layout guessed) when the cursor is made.</summary>
internal sealed class ProcIpv4CacheCursor : IRouteCursor<Ipv4CachedRoute>
{
    private readonly FgetsReader _file;
    private readonly Ipv4CacheScanner? _scanner;

    public ProcIpv4CacheCursor(FgetsReader file)
    {
        _file = file;
        if (!file.TryGets(ProcRouteTables.HeaderBuffer, out var header))
        {
            Empty = true;
            Layout = -1;
            return;
        }
        Layout = ProcHeaderFormat.Guess(header, Ipv4CacheScanner.GuessNames);
        // net-tools rewinds and reads the same header again to match the columns.
        bool layout22 = Layout == Ipv4CacheScanner.Layout22;
        if (!layout22 && Layout != Ipv4CacheScanner.Layout20)
            return;
        var format = ProcHeaderFormat.Build(header, layout22 ? Ipv4CacheScanner.Columns22 : Ipv4CacheScanner.Columns20);
        MissingColumn = format.MissingColumn;
        if (MissingColumn is null)
            _scanner = new Ipv4CacheScanner(format, layout22);
    }

    public bool Empty { get; }
    public string? MissingColumn { get; }
    public int Layout { get; }
    public int ReadError => _file.ReadError;
    public int RangeErrors => _scanner?.RangeErrors ?? 0;

    public ReadOutcome Next(out Ipv4CachedRoute row)
    {
        if (_scanner is null || !_file.TryGets(ProcRouteTables.RowBuffer, out var piece))
        {
            row = default;
            return ReadOutcome.End;
        }
        return _scanner.TryScan(piece, out row) ? ReadOutcome.Row : ReadOutcome.Malformed;
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>
/// Rows of /proc/net/ipv6_route (no header). A row that did not fully convert is reported as
/// <see cref="ReadOutcome.Malformed"/> but still carries the values net-tools would print for it.
/// </summary>
internal sealed class ProcIpv6RouteCursor(FgetsReader file) : IRouteCursor<Ipv6Route>
{
    private readonly Ipv6RouteScanner _scanner = new();

    public bool Empty => false;
    public string? MissingColumn => null;
    public int Layout => 0;
    public int ReadError => file.ReadError;
    // Its widths (%02x, %08x) cannot overflow.
    public int RangeErrors => 0;

    public ReadOutcome Next(out Ipv6Route row)
    {
        if (!file.TryGets(ProcRouteTables.RowBuffer, out var piece))
        {
            row = default;
            return ReadOutcome.End;
        }
        return _scanner.Scan(piece, out row) == Ipv6RouteScanner.FieldCount ? ReadOutcome.Row : ReadOutcome.Malformed;
    }

    public void Dispose() => file.Dispose();
}
