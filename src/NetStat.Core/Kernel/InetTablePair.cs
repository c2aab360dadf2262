using System.Net.Sockets;
using NetStat.Kernel.Netlink;
using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>
/// A protocol's IPv4 and IPv6 tables, opened in that order (see
/// <see cref="SocketTables.OpenInetPair"/>). Each open behaves as
/// <see cref="SocketTables.OpenInet(SocketProtocol, AddressFamily, InetTableQuery, out int)"/>
/// does for its family: the same rows, the same errors.
/// </summary>
public sealed class InetTablePair
{
    private readonly SocketTables _tables;
    private readonly SocketProtocol _protocol;
    private readonly InetTableQuery _query;
    private InetDiagStash? _stash;

    internal InetTablePair(SocketTables tables, SocketProtocol protocol, InetTableQuery query)
    {
        _tables = tables;
        _protocol = protocol;
        _query = query;
    }

    /// <summary>Opens the IPv4 table; null with the errno when it cannot be read.</summary>
    public ITableCursor<InetSocket>? OpenIPv4(out int errno)
    {
        // One walk for both needs no per-family filter program (OpenIPv6 checks its own table).
        if (_protocol == SocketProtocol.Tcp && _query.Filter is null && _tables.UsesNetlink(_protocol, _query)
            && _tables.Readable(_protocol, AddressFamily.InterNetwork, out errno))
        {
            var stash = new InetDiagStash();
            if (SockstatCounts.Empty(_tables.Proc, _protocol, ipv4: true, ipv6: true))
            {
                stash.Complete = true;
                _stash = stash;
                return EmptyCursor<InetSocket>.Instance;
            }
            if (InetDiagCursor.TryStartBothTcp(_query.States, stash) is { } cursor)
            {
                _stash = stash;
                return cursor;
            }
        }
        return _tables.OpenInet(_protocol, AddressFamily.InterNetwork, _query, out errno);
    }

    /// <summary>
    /// Opens the IPv6 table: the rows kept from the IPv4 table's walk when that walk was read to
    /// its end, otherwise a read of its own.
    /// </summary>
    public ITableCursor<InetSocket>? OpenIPv6(out int errno)
    {
        var stash = _stash;
        _stash = null;
        if (stash is { Usable: true } && _tables.Readable(_protocol, AddressFamily.InterNetworkV6, out errno))
            return stash.Rows(_protocol);
        return _tables.OpenInet(_protocol, AddressFamily.InterNetworkV6, _query, out errno);
    }
}
