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
        if (file is null)
            return null;
        if (!file.TryGets(HeaderBuffer, out var header))
            return new ProcRouteCursor<Ipv4Route>(file, null) { Empty = true };
        var format = ProcHeaderFormat.Build(header, Ipv4RouteScanner.Columns);
        var scanner = format.MissingColumn is null ? new Ipv4RouteScanner(format) : null;
        return new ProcRouteCursor<Ipv4Route>(file, scanner) { MissingColumn = format.MissingColumn };
    }

    /// <inheritdoc/>
    public IRouteCursor<Ipv4CachedRoute>? OpenIpv4Cache(out int errno)
    {
        var file = FgetsReader.TryOpen(Ipv4CacheName, out errno);
        if (file is null)
            return null;
        if (!file.TryGets(HeaderBuffer, out var header))
            return new ProcRouteCursor<Ipv4CachedRoute>(file, null) { Empty = true, Layout = -1 };
        int layout = ProcHeaderFormat.Guess(header, Ipv4CacheScanner.GuessNames);
        // net-tools rewinds and reads the same header again to match the columns.
        bool layout22 = layout == Ipv4CacheScanner.Layout22;
        if (!layout22 && layout != Ipv4CacheScanner.Layout20)
            return new ProcRouteCursor<Ipv4CachedRoute>(file, null) { Layout = layout };
        var format = ProcHeaderFormat.Build(header, layout22 ? Ipv4CacheScanner.Columns22 : Ipv4CacheScanner.Columns20);
        var scanner = format.MissingColumn is null ? new Ipv4CacheScanner(format, layout22) : null;
        return new ProcRouteCursor<Ipv4CachedRoute>(file, scanner) { MissingColumn = format.MissingColumn, Layout = layout };
    }

    /// <inheritdoc/>
    public IRouteCursor<Ipv6Route>? OpenIpv6(out int errno)
    {
        // No header: every piece is a row.
        var file = FgetsReader.TryOpen(Ipv6Name, out errno);
        return file is null ? null : new ProcRouteCursor<Ipv6Route>(file, new Ipv6RouteScanner());
    }
}

/// <summary>
/// Rows of a procfs route table whose header (if it has one) was already read. Without a scanner
/// (an empty file, a missing column, an unknown layout) there are no rows. A row that did not
/// convert is <see cref="ReadOutcome.Malformed"/>.
/// </summary>
internal sealed class ProcRouteCursor<TRow>(FgetsReader file, IRouteRowScanner<TRow>? scanner) : IRouteCursor<TRow>
{
    public bool Empty { get; init; }
    public string? MissingColumn { get; init; }
    public int Layout { get; init; }
    public int ReadError => file.ReadError;
    public int RangeErrors => scanner?.RangeErrors ?? 0;

    public ReadOutcome Next(out TRow row)
    {
        if (scanner is null || !file.TryGets(ProcRouteTables.RowBuffer, out var piece))
        {
            row = default!;
            return ReadOutcome.End;
        }
        return scanner.TryScan(piece, out row) ? ReadOutcome.Row : ReadOutcome.Malformed;
    }

    public void Dispose() => file.Dispose();
}
