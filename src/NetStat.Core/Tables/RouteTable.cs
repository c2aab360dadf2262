using System.Net;
using System.Net.Sockets;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using NetStat.Kernel;
using NetStat.Records;

namespace NetStat.Tables;

/// <summary>One route of the IPv4 or IPv6 routing table (netstat -r), in .NET types.</summary>
public sealed class RouteEntry
{
    internal RouteEntry(in Ipv4Route route)
    {
        IPv4 = route with { Interface = route.Interface.ToArray() };
        Family = AddressFamily.InterNetwork;
        Destination = route.Destination.ToIPAddress();
        uint mask = route.Mask.IPv4Value;
        PrefixLength = ((~mask + 1) & ~mask) == 0 ? BitOperations.PopCount(mask) : -1;
        Gateway = route.Gateway.ToIPAddress();
        Interface = Encoding.UTF8.GetString(route.Interface.Span);
        Flags = route.Flags;
        Metric = route.Metric;
    }

    internal RouteEntry(in Ipv6Route route)
    {
        IPv6 = route with { Interface = route.Interface.ToArray() };
        Family = AddressFamily.InterNetworkV6;
        Destination = route.Destination.ToIPAddress();
        PrefixLength = route.DestinationPrefixLength;
        Gateway = route.NextHop.ToIPAddress();
        Interface = Encoding.UTF8.GetString(route.Interface.Span);
        Flags = route.Flags;
        Metric = route.Metric;
    }

    /// <summary><see cref="AddressFamily.InterNetwork"/> or <see cref="AddressFamily.InterNetworkV6"/>.</summary>
    public AddressFamily Family { get; }

    /// <summary>The destination network or host.</summary>
    public IPAddress Destination { get; }

    /// <summary>The destination prefix length in bits; -1 for an IPv4 netmask that is not contiguous.</summary>
    public int PrefixLength { get; }

    /// <summary>The gateway (next hop); 0.0.0.0 or :: for directly connected destinations.</summary>
    public IPAddress Gateway { get; }

    /// <summary>The output interface name.</summary>
    public string Interface { get; }

    /// <summary>RTF_* flags: see <see cref="RouteFlags"/>.</summary>
    public uint Flags { get; }

    /// <summary>The route's metric (a C int, so 4294967295 reads as -1, as netstat shows it).</summary>
    public int Metric { get; }

    /// <summary>Whether the route is usable (RTF_UP).</summary>
    public bool IsUp => (Flags & RouteFlags.Up) != 0;

    /// <summary>Whether the destination is reached through <see cref="Gateway"/> (RTF_GATEWAY).</summary>
    public bool IsGateway => (Flags & RouteFlags.Gateway) != 0;

    /// <summary>Whether this is a host route (RTF_HOST).</summary>
    public bool IsHost => (Flags & RouteFlags.Host) != 0;

    /// <summary>Whether this IPv6 entry is a cloned cache route rather than part of the FIB (RTF_CACHE).</summary>
    public bool IsCache => (Flags & RouteFlags.Cache) != 0;

    /// <summary>Every column of the IPv4 table row; null for IPv6 routes.</summary>
    public Ipv4Route? IPv4 { get; }

    /// <summary>Every column of the IPv6 table row; null for IPv4 routes.</summary>
    public Ipv6Route? IPv6 { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Destination}/{PrefixLength} via {Gateway} dev {Interface} metric {Metric}";
}

/// <summary>The kernel's IPv4 and IPv6 routing tables (main FIB, as netstat -r reads them from procfs).</summary>
public sealed class RouteTable
{
    private readonly ProcRouteTables _tables;

    /// <summary>The routes of the running kernel, in the caller's network namespace.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Linux.</exception>
    public RouteTable()
        : this(ProcPaths.Default)
    {
    }

    /// <summary>The routes as seen through the procfs mounted at <paramref name="proc"/>.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Linux.</exception>
    public RouteTable(ProcPaths proc)
    {
        ArgumentNullException.ThrowIfNull(proc);
        LinuxOnly.Ensure(nameof(RouteTable));
        _tables = new ProcRouteTables(proc);
    }

    /// <summary>Streams the routes of the selected families, IPv4 first, each in the kernel's order.</summary>
    /// <exception cref="IOException">A table exists but cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<RouteEntry> Read(IPFamilies families = IPFamilies.All, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Rows(families, cancellationToken);
    }

    /// <summary>Streams the routes like <see cref="Read"/>, reading on the thread pool.</summary>
    /// <exception cref="IOException">A table exists but cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async IAsyncEnumerable<RouteEntry> ReadAsync(IPFamilies families = IPFamilies.All, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Routing tables are small: one hop to the pool reads them whole.
        var rows = await Task.Run(() => Snapshot(families, cancellationToken), cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
            yield return row;
    }

    /// <summary>Reads the routes of the selected families into a list.</summary>
    /// <exception cref="IOException">A table exists but cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<RouteEntry> Snapshot(IPFamilies families = IPFamilies.All, CancellationToken cancellationToken = default) =>
        Read(families, cancellationToken).ToList();

    private IEnumerable<RouteEntry> Rows(IPFamilies families, CancellationToken cancellationToken)
    {
        if ((families & IPFamilies.IPv4) != 0)
            foreach (var route in CursorRows.Read(_tables.OpenIpv4(out int errno4), errno4, _tables.Ipv4Name, cancellationToken))
                yield return new RouteEntry(route);
        if ((families & IPFamilies.IPv6) != 0)
            foreach (var route in CursorRows.Read(_tables.OpenIpv6(out int errno6), errno6, _tables.Ipv6Name, cancellationToken))
                yield return new RouteEntry(route);
    }
}
