using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;
using NetStat.Kernel;
using NetStat.Names;
using NetStat.Records;

namespace NetStat.Tables;

/// <summary>
/// The sockets of the kernel: TCP, UDP, UDP-Lite and raw (IPv4 and IPv6) and UNIX, with their
/// owning processes, users, timers and queues, read through the same readers as the netstat
/// command (netlink inet_diag where it gives every field, /proc/net otherwise).
/// </summary>
/// <example>
/// <code>
/// var sockets = new SocketTable();
/// await foreach (var s in sockets.ReadAsync(SocketQuery.Listeners with { IncludeProcesses = true }))
///     Console.WriteLine($"{s.LocalEndPoint} {s.Process?.ProgramName}");
/// </code>
/// </example>
public sealed class SocketTable
{
    /// <summary>Rows read per thread-pool hop by <see cref="ReadAsync"/>.</summary>
    private const int AsyncBatch = 256;

    private static readonly SocketProtocol[] InetOrder = [SocketProtocol.Tcp, SocketProtocol.Udp, SocketProtocol.UdpLite, SocketProtocol.Raw];

    private static readonly AddressFamily[] Families = [AddressFamily.InterNetwork, AddressFamily.InterNetworkV6];

    private readonly SocketTables _tables;
    private readonly ProcessScanner _scanner;

    /// <summary>The sockets of the running kernel, in the caller's network namespace.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Linux.</exception>
    public SocketTable()
        : this(ProcPaths.Default)
    {
    }

    /// <summary>
    /// The sockets as seen through the procfs mounted at <paramref name="proc"/>. For any root
    /// other than /proc, Internet sockets are read from its text tables (netlink always answers
    /// for the caller's own network namespace).
    /// </summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Linux.</exception>
    public SocketTable(ProcPaths proc)
        : this(new SocketTables(proc ?? throw new ArgumentNullException(nameof(proc))), new ProcessScanner(proc))
    {
    }

    internal SocketTable(SocketTables tables, ProcessScanner scanner)
    {
        LinuxOnly.Ensure(nameof(SocketTable));
        _tables = tables;
        _scanner = scanner;
    }

    /// <summary>
    /// Streams the sockets <paramref name="query"/> selects, table by table in netstat's order
    /// (tcp, tcp6, udp, udp6, udplite, udplite6, raw, raw6, unix), without holding the tables in
    /// memory. Tables the kernel lacks (no UDP-Lite module, a restricted container) are skipped.
    /// </summary>
    /// <exception cref="IOException">A table exists but cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<SocketEntry> Read(SocketQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= SocketQuery.All;
        cancellationToken.ThrowIfCancellationRequested();
        return Rows(query, query.NeedsOwners ? query.Owners ?? _scanner.Scan(allHolders: true) : null, cancellationToken);
    }

    /// <summary>
    /// Streams the sockets like <see cref="Read"/>, doing the blocking work (the /proc/PID/fd
    /// walk, netlink and procfs reads) on the thread pool a batch of rows at a time. Those
    /// threads are in this process's own network namespace: inside
    /// <see cref="NetworkNamespace.Run{T}"/> use <see cref="Read"/> or <see cref="Snapshot"/>.
    /// </summary>
    /// <exception cref="IOException">A table exists but cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async IAsyncEnumerable<SocketEntry> ReadAsync(SocketQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        query ??= SocketQuery.All;
        var owners = !query.NeedsOwners ? null
            : query.Owners ?? await Task.Run(() => _scanner.Scan(allHolders: true), cancellationToken).ConfigureAwait(false);
        using var rows = Rows(query, owners, cancellationToken).GetEnumerator();
        var batch = new List<SocketEntry>(AsyncBatch);
        bool more = true;
        while (more)
        {
            batch.Clear();
            more = await Task.Run(() =>
            {
                while (batch.Count < AsyncBatch)
                {
                    if (!rows.MoveNext())
                        return false;
                    batch.Add(rows.Current);
                }
                return true;
            }, cancellationToken).ConfigureAwait(false);
            foreach (var row in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return row;
            }
        }
    }

    /// <summary>Reads the selected sockets into a list.</summary>
    /// <exception cref="IOException">A table exists but cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<SocketEntry> Snapshot(SocketQuery? query = null, CancellationToken cancellationToken = default) =>
        Read(query, cancellationToken).ToList();

    /// <summary>Reads the selected sockets into a list, on the thread pool.</summary>
    /// <exception cref="IOException">A table exists but cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyList<SocketEntry>> SnapshotAsync(SocketQuery? query = null, CancellationToken cancellationToken = default)
    {
        var list = new List<SocketEntry>();
        await foreach (var row in ReadAsync(query, cancellationToken).ConfigureAwait(false))
            list.Add(row);
        return list;
    }

    /// <summary>
    /// Counts the TCP sockets per state (both families), asking the kernel only for
    /// <paramref name="states"/>; states with no socket are absent from the result.
    /// </summary>
    /// <exception cref="IOException">A table exists but cannot be read.</exception>
    public IReadOnlyDictionary<TcpState, int> CountTcpStates(TcpStates states = TcpStates.All, CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<TcpState, int>();
        var kernelQuery = new SocketQuery { Protocols = SocketProtocols.Tcp, TcpStates = states }.KernelQuery(SocketProtocol.Tcp);
        if (kernelQuery.States == 0)
            return counts;
        var pair = _tables.OpenInetPair(SocketProtocol.Tcp, kernelQuery);
        foreach (var family in Families)
        {
            // The raw rows: no SocketEntry per socket just to count it; one kernel walk for both families.
            int errno;
            var cursor = family == AddressFamily.InterNetwork ? pair.OpenIPv4(out errno) : pair.OpenIPv6(out errno);
            var rows = CursorRows.Read(cursor, errno, _tables.FileOf(SocketProtocol.Tcp, family), cancellationToken);
            foreach (var socket in rows)
            {
                // /proc lists every state: count only those asked for, as netlink does.
                if ((kernelQuery.States & (1u << socket.State)) == 0)
                    continue;
                var state = (TcpState)socket.State;
                counts[state] = counts.GetValueOrDefault(state) + 1;
            }
        }
        return counts;
    }

    private IEnumerable<SocketEntry> Rows(SocketQuery query, SocketOwners? owners, CancellationToken cancellationToken)
    {
        // One decoded name per user id for the whole read, not one string per row.
        UserNameCache? users = query.IncludeUserNames ? new UserNameCache(new UserNames()) : null;
        foreach (var protocol in InetOrder)
        {
            if (!query.Selects(protocol))
                continue;
            var kernelQuery = query.KernelQuery(protocol);
            if (protocol == SocketProtocol.Tcp && kernelQuery.States == 0)
                continue; // no state asked for: no table to open
            // Both families: one kernel walk may serve the two tables, as for the command.
            var pair = query.Families == IPFamilies.All ? _tables.OpenInetPair(protocol, kernelQuery) : null;
            foreach (var family in Families)
            {
                if ((query.Families & (family == AddressFamily.InterNetwork ? IPFamilies.IPv4 : IPFamilies.IPv6)) == 0)
                    continue;
                int errno;
                var cursor = pair is null ? _tables.OpenInet(protocol, family, kernelQuery, out errno)
                    : family == AddressFamily.InterNetwork ? pair.OpenIPv4(out errno) : pair.OpenIPv6(out errno);
                foreach (var row in InetRows(cursor, errno, protocol, family, kernelQuery, query, owners, users, cancellationToken))
                    yield return row;
            }
        }
        if (query.Selects(SocketProtocol.Unix))
        {
            foreach (var row in UnixRows(query, owners, cancellationToken))
                yield return row;
        }
    }

    private IEnumerable<SocketEntry> InetRows(ITableCursor<InetSocket>? cursor, int errno, SocketProtocol protocol, AddressFamily family, InetTableQuery kernelQuery,
        SocketQuery query, SocketOwners? owners, UserNameCache? users, CancellationToken cancellationToken)
    {
        var rows = CursorRows.Read(cursor, errno, _tables.FileOf(protocol, family), cancellationToken);
        foreach (var socket in rows)
        {
            if (!query.SelectsRole(socket.IsServer))
                continue;
            // /proc (exact timers, raw sockets, no netlink) lists every state: filter here what netlink filtered.
            if (protocol == SocketProtocol.Tcp && (kernelQuery.States & (1u << socket.State)) == 0)
                continue;
            if (query.Filter is { } filter && !filter.Matches(socket, filter.NeedsProcesses ? owners?.Find(socket.Inode) : null))
                continue;
            var entry = new SocketEntry(socket, query.IncludeProcesses ? HoldersOf(owners, socket.Inode) : [], users?.Find(socket.Uid));
            if (query.Where is null || query.Where(entry))
                yield return entry;
        }
    }

    private IEnumerable<SocketEntry> UnixRows(SocketQuery query, SocketOwners? owners, CancellationToken cancellationToken)
    {
        foreach (var socket in CursorRows.Read(_tables.OpenUnix(out int errno), errno, _tables.Proc.Net("unix"), cancellationToken))
        {
            if (!query.SelectsRole(socket.IsServer))
                continue;
            if (query.Filter is { } filter && !filter.Matches(socket, filter.NeedsProcesses ? owners?.Find(socket.Inode) : null))
                continue;
            var entry = new SocketEntry(socket, query.IncludeProcesses ? HoldersOf(owners, socket.Inode) : []);
            if (query.Where is null || query.Where(entry))
                yield return entry;
        }
    }

    /// <summary>User names by uid, decoded once per read.</summary>
    private sealed class UserNameCache(UserNames names)
    {
        private readonly Dictionary<uint, string?> _decoded = [];

        public string? Find(uint uid)
        {
            if (!_decoded.TryGetValue(uid, out var name))
                _decoded[uid] = name = names.Find(uid) is { } raw ? Encoding.UTF8.GetString(raw) : null;
            return name;
        }
    }

    /// <summary>
    /// Every process holding the socket once (a process may hold it through several fds), lowest
    /// PID first; from a scan that kept only the first holder (a caller's <see cref="SocketQuery.Owners"/>), that one.
    /// </summary>
    private static IReadOnlyList<ProcessInfo> HoldersOf(SocketOwners? owners, ulong inode)
    {
        if (owners is null)
            return [];
        if (!owners.KeepsAllHolders)
            return owners.Find(inode) is { } shown ? [shown] : [];
        List<ProcessInfo>? list = null;
        foreach (var holder in owners.FindAll(inode))
        {
            list ??= new List<ProcessInfo>(1);
            if (list.Count == 0 || list[^1].Pid != holder.Process.Pid)
                list.Add(holder.Process);
        }
        return list is null ? [] : list;
    }
}
