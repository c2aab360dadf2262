using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using NetStat.Kernel;
using NetStat.Records;

namespace NetStat.Tables;

/// <summary>One network interface (netstat -i, ifconfig) in .NET types.</summary>
public sealed class InterfaceEntry
{
    internal InterfaceEntry(NetworkInterface raw)
    {
        Raw = raw;
        Name = Encoding.UTF8.GetString(raw.Name.Span);
        IPv4Address = raw.HasIPv4 ? raw.IPv4Address.ToIPAddress() : null;
        IPv4Netmask = raw.HasIPv4 ? raw.IPv4Netmask?.ToIPAddress() : null;
        var v6 = new IPAddress[raw.IPv6Addresses.Count];
        for (int i = 0; i < v6.Length; i++)
            v6[i] = raw.IPv6Addresses[i].Address.ToIPAddress();
        IPv6Addresses = v6;
    }

    /// <summary>The name ("lo", "eth0", or an address label such as "eth0:1").</summary>
    public string Name { get; }

    /// <summary>The interface flags (IFF_*).</summary>
    public InterfaceFlags Flags => Raw.Flags;

    /// <summary>Whether the interface is administratively up (IFF_UP).</summary>
    public bool IsUp => (Raw.Flags & InterfaceFlags.Up) != 0;

    /// <summary>Whether it is a loopback interface (IFF_LOOPBACK).</summary>
    public bool IsLoopback => (Raw.Flags & InterfaceFlags.Loopback) != 0;

    /// <summary>The MTU (0 when it could not be read).</summary>
    public int Mtu => Raw.Mtu;

    /// <summary>The IPv4 address, or null when none is assigned.</summary>
    public IPAddress? IPv4Address { get; }

    /// <summary>The IPv4 netmask, or null.</summary>
    public IPAddress? IPv4Netmask { get; }

    /// <summary>The IPv6 addresses (prefix length and scope are in <see cref="Raw"/>'s <see cref="NetworkInterface.IPv6Addresses"/>).</summary>
    public IReadOnlyList<IPAddress> IPv6Addresses { get; }

    /// <summary>The packet and byte counters of /proc/net/dev; null for address labels, which have none.</summary>
    public InterfaceStatistics? Statistics => Raw.Statistics;

    /// <summary>Everything the kernel reported (hardware type and address, queue length, map ...).</summary>
    public NetworkInterface Raw { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} mtu {Mtu} {Flags}";
}

/// <summary>The kernel's network interfaces, read as netstat -i reads them (/proc/net/dev and interface ioctls).</summary>
public sealed class InterfaceTable
{
    private readonly ProcPaths _proc;

    /// <summary>The interfaces of the caller's network namespace.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Linux.</exception>
    public InterfaceTable()
        : this(ProcPaths.Default)
    {
    }

    /// <summary>
    /// The interfaces listed by the procfs mounted at <paramref name="proc"/> (their configuration
    /// is always asked of the caller's network namespace).
    /// </summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Linux.</exception>
    public InterfaceTable(ProcPaths proc)
    {
        ArgumentNullException.ThrowIfNull(proc);
        LinuxOnly.Ensure(nameof(InterfaceTable));
        _proc = proc;
    }

    /// <summary>Reads the interfaces in netstat's (natural name) order, with their IPv6 addresses.</summary>
    /// <exception cref="IOException">No socket could be opened to ask the kernel, or no interface list could be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<InterfaceEntry> Snapshot(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var source = new IoctlInterfaceSource(_proc);
        if (!source.TryConnect(out int errno))
            throw TableErrors.ReadFailed("socket", errno);
        using var cursor = source.Open(new InterfaceQuery { IPv6Addresses = true });
        if (cursor.ListError != 0)
            throw TableErrors.ReadFailed(_proc.Net("dev"), cursor.ListError);
        var list = new List<InterfaceEntry>();
        while (cursor.Next(out var row) != ReadOutcome.End)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A device that vanished between listing and querying is no longer an interface.
            if (row is not null && row.FetchError == 0)
                list.Add(new InterfaceEntry(row));
        }
        return list;
    }

    /// <summary>Reads the interfaces like <see cref="Snapshot"/>, on the thread pool.</summary>
    /// <exception cref="IOException">No socket could be opened to ask the kernel, or no interface list could be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<IReadOnlyList<InterfaceEntry>> SnapshotAsync(CancellationToken cancellationToken = default) =>
        Task.Run(() => Snapshot(cancellationToken), cancellationToken);
}
