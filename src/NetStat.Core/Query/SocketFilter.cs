using NetStat.Records;

namespace NetStat.Query;

/// <summary>
/// Which sockets to keep. Each constraint that is set must hold (AND); inside one constraint
/// any of its values may match (OR). An unset (null) constraint accepts everything. Build one
/// from netstat's option syntax with <see cref="SocketFilterBuilder"/>.
/// </summary>
/// <remarks>
/// Ports and addresses belong to Internet sockets only: a UNIX socket never matches a port or
/// address constraint. <see cref="Users"/> also matches Internet sockets only, because the
/// UNIX table (/proc/net/unix) carries no owner. Process constraints (<see cref="Pids"/>,
/// <see cref="Programs"/>) compare with the process netstat -p shows for the socket (the
/// first found holding it); sockets no process is known for (TIME_WAIT, another user's
/// processes when not root) never match them. Addresses are compared as the kernel reports
/// them: a wildcard local address (0.0.0.0, ::) is only in blocks that contain it.
/// </remarks>
public sealed class SocketFilter
{
    /// <summary>A filter that keeps every socket.</summary>
    public static SocketFilter Everything { get; } = new();

    /// <summary>Ports of which the local or the remote one must be in the set.</summary>
    public PortSet? Ports { get; init; }

    /// <summary>Ports the local port must be in.</summary>
    public PortSet? LocalPorts { get; init; }

    /// <summary>Ports the remote port must be in.</summary>
    public PortSet? RemotePorts { get; init; }

    /// <summary>States the socket must be in.</summary>
    public SocketStateSet? States { get; init; }

    /// <summary>Process ids of which the socket's process must be one.</summary>
    public IReadOnlyList<int>? Pids { get; init; }

    /// <summary>Patterns of which the socket's program name must match one.</summary>
    public IReadOnlyList<ProgramPattern>? Programs { get; init; }

    /// <summary>User ids of which the socket's owner must be one.</summary>
    public IReadOnlyList<uint>? Users { get; init; }

    /// <summary>Blocks of which the local or remote address must lie in one.</summary>
    public IReadOnlyList<AddressPrefix>? Addresses { get; init; }

    /// <summary>Blocks of which the local address must lie in one.</summary>
    public IReadOnlyList<AddressPrefix>? LocalAddresses { get; init; }

    /// <summary>Blocks of which the remote address must lie in one.</summary>
    public IReadOnlyList<AddressPrefix>? RemoteAddresses { get; init; }

    /// <summary>Whether matching needs each socket's process (a /proc/PID/fd scan).</summary>
    public bool NeedsProcesses => Pids is not null || Programs is not null;

    /// <summary>Whether the filter keeps every socket.</summary>
    public bool IsEverything => Ports is null && LocalPorts is null && RemotePorts is null && States is null && !NeedsProcesses
        && Users is null && Addresses is null && LocalAddresses is null && RemoteAddresses is null;

    /// <summary>Whether a constraint that only Internet sockets can meet is set.</summary>
    public bool NeedsInternet => Ports is not null || LocalPorts is not null || RemotePorts is not null || Users is not null
        || Addresses is not null || LocalAddresses is not null || RemoteAddresses is not null;

    /// <summary>Whether an Internet socket, held by <paramref name="owner"/> (null when unknown), is kept.</summary>
    public bool Matches(in InetSocket socket, ProcessInfo? owner)
    {
        var protocol = socket.Protocol;
        if (States is { } states && !states.Contains(socket))
            return false;
        if (LocalPorts is not null && !LocalPorts.Contains(protocol, socket.LocalPort))
            return false;
        if (RemotePorts is not null && !RemotePorts.Contains(protocol, socket.RemotePort))
            return false;
        if (Ports is not null && !Ports.Contains(protocol, socket.LocalPort) && !Ports.Contains(protocol, socket.RemotePort))
            return false;
        if (LocalAddresses is not null && !AnyContains(LocalAddresses, socket.LocalAddress))
            return false;
        if (RemoteAddresses is not null && !AnyContains(RemoteAddresses, socket.RemoteAddress))
            return false;
        if (Addresses is not null && !AnyContains(Addresses, socket.LocalAddress) && !AnyContains(Addresses, socket.RemoteAddress))
            return false;
        if (Users is not null && !AnyEquals(Users, socket.Uid))
            return false;
        return MatchesProcess(owner);
    }

    /// <summary>Whether a UNIX socket, held by <paramref name="owner"/> (null when unknown), is kept.</summary>
    public bool Matches(in UnixSocket socket, ProcessInfo? owner)
    {
        if (NeedsInternet)
            return false;
        if (States is { } states && !states.Contains(socket))
            return false;
        return MatchesProcess(owner);
    }

    private bool MatchesProcess(ProcessInfo? owner)
    {
        if (Pids is not null && (owner is null || !AnyEquals(Pids, owner.Pid)))
            return false;
        if (Programs is not null)
        {
            if (owner is null)
                return false;
            // Indexed loops: foreach over an IReadOnlyList boxes an enumerator on every row.
            for (int i = 0; i < Programs.Count; i++)
                if (Programs[i].Matches(owner.Program))
                    return true;
            return false;
        }
        return true;
    }

    private static bool AnyContains(IReadOnlyList<AddressPrefix> prefixes, InetAddress address)
    {
        for (int i = 0; i < prefixes.Count; i++)
            if (prefixes[i].Contains(address))
                return true;
        return false;
    }

    private static bool AnyEquals<T>(IReadOnlyList<T> values, T value) where T : IEquatable<T>
    {
        for (int i = 0; i < values.Count; i++)
            if (values[i].Equals(value))
                return true;
        return false;
    }
}
