using System.Net;
using System.Net.Sockets;
using System.Text;
using NetStat.Kernel;
using NetStat.Parsing;
using NetStat.Records;

namespace NetStat.Tables;

/// <summary>One multicast group joined on one interface (netstat -g), in .NET types.</summary>
public sealed class MulticastGroupEntry
{
    internal MulticastGroupEntry(in MulticastMembership raw)
    {
        Family = raw.Family;
        InterfaceIndex = raw.InterfaceIndex;
        Interface = Encoding.UTF8.GetString(raw.InterfaceName.Span);
        Group = raw.Group.ToIPAddress();
        Users = raw.Users;
        Reporter = raw.Reporter;
        TimerRemaining = raw.TimerRunning ? TimeSpan.FromMilliseconds(raw.TimerTicks * 10.0) : null;
    }

    /// <summary><see cref="AddressFamily.InterNetwork"/> (IGMP) or <see cref="AddressFamily.InterNetworkV6"/> (MLD).</summary>
    public AddressFamily Family { get; }

    /// <summary>The interface name.</summary>
    public string Interface { get; }

    /// <summary>The interface index.</summary>
    public int InterfaceIndex { get; }

    /// <summary>The group address.</summary>
    public IPAddress Group { get; }

    /// <summary>How many sockets and kernel users hold the membership (netstat's RefCnt).</summary>
    public int Users { get; }

    /// <summary>Whether this host sent the last report for the group.</summary>
    public bool Reporter { get; }

    /// <summary>Time until the report timer fires; null when none runs.</summary>
    public TimeSpan? TimerRemaining { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Interface} {Group} users {Users}";
}

/// <summary>The multicast group memberships of the kernel (/proc/net/igmp and /proc/net/igmp6).</summary>
public sealed class MulticastGroupTable
{
    private readonly GroupTables _tables;

    /// <summary>The memberships of the caller's network namespace.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Linux.</exception>
    public MulticastGroupTable()
        : this(ProcPaths.Default)
    {
    }

    /// <summary>The memberships as seen through the procfs mounted at <paramref name="proc"/>.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Linux.</exception>
    public MulticastGroupTable(ProcPaths proc)
    {
        ArgumentNullException.ThrowIfNull(proc);
        LinuxOnly.Ensure(nameof(MulticastGroupTable));
        _tables = new GroupTables(proc);
    }

    /// <summary>Reads the memberships of the selected families, IPv4 first, in the kernel's order.</summary>
    /// <exception cref="IOException">A table exists but cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<MulticastGroupEntry> Snapshot(IPFamilies families = IPFamilies.All, CancellationToken cancellationToken = default)
    {
        var list = new List<MulticastGroupEntry>();
        // One scanner for both files, as one netstat process reads them.
        var scanner = new GroupLineScanner();
        if ((families & IPFamilies.IPv4) != 0)
            Add(_tables.OpenIgmp(out int errno, scanner), _tables.IgmpFile, errno, list, cancellationToken);
        if ((families & IPFamilies.IPv6) != 0)
            Add(_tables.OpenIgmp6(out int errno, scanner), _tables.Igmp6File, errno, list, cancellationToken);
        return list;
    }

    /// <summary>Reads the memberships like <see cref="Snapshot"/>, on the thread pool.</summary>
    /// <exception cref="IOException">A table exists but cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<IReadOnlyList<MulticastGroupEntry>> SnapshotAsync(IPFamilies families = IPFamilies.All, CancellationToken cancellationToken = default) =>
        Task.Run(() => Snapshot(families, cancellationToken), cancellationToken);

    private static void Add(ProcGroupCursor? cursor, string path, int errno, List<MulticastGroupEntry> list, CancellationToken cancellationToken)
    {
        foreach (var row in CursorRows.Read(cursor, errno, path, cancellationToken))
            list.Add(new MulticastGroupEntry(row));
    }
}
