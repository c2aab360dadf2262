using System.Net.Sockets;
using NetStat.Cli.CommandLine;
using NetStat.Cli.Interop;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Query;
using NetStat.Records;

namespace NetStat.Cli.Modes;

/// <summary>
/// The default mode: the Internet and UNIX socket tables in net-tools' order, with its rules for
/// missing tables, explicit selections and -c. Reading and filtering happen here; the renderer
/// only formats.
/// </summary>
/// <param name="filter">The rows to keep (built and checked once by NetstatCommand); null keeps every row.</param>
internal sealed class SocketListing(NetstatOptions options, StandardStreams streams, SocketTables tables, ProcessScanner scanner, ISocketListingRenderer renderer, GroupListing? groups = null, SocketFilter? filter = null)
{
    private SocketOwners? _owners;

    // NetstatCommand passes null for a filter that keeps everything.
    private readonly SocketFilter? _filter = filter;
    private readonly bool _noUnixRow = filter?.NeedsInternet ?? false;

    /// <summary>Runs one pass; the exit status (0, 1, or 255 for an unreadable table).</summary>
    public int RunPass()
    {
        _owners = null;
        int rc = 0;
        bool explicitSelection = options.ExplicitSelection;
        if (!explicitSelection || options.Tcp + options.Sctp + options.Udp + options.UdpLite + options.Raw > 0)
        {
            LoadOwners();
            renderer.BeginInternet();
        }
        if (!explicitSelection || options.Tcp > 0)
            if ((rc = InetTable(SocketProtocol.Tcp, "AF INET (tcp)")) != 0) return rc;
        if (!explicitSelection || options.Sctp > 0)
            if ((rc = Sctp()) != 0) return rc;
        if (!explicitSelection || options.Udp > 0)
            if ((rc = InetTable(SocketProtocol.Udp, "AF INET (udp)")) != 0) return rc;
        if (!explicitSelection || options.UdpLite > 0)
            if ((rc = InetTable(SocketProtocol.UdpLite, "AF INET (udplite)")) != 0) return rc;
        if (!explicitSelection || options.Raw > 0)
            if ((rc = InetTable(SocketProtocol.Raw, "AF INET (raw)")) != 0) return rc;
        if (options.Groups > 0 && groups is not null)
            if ((rc = groups.RunPass()) != 0) return rc;
        if (!explicitSelection || options.Families.Unix > 0)
        {
            LoadOwners();
            if ((rc = UnixTable()) != 0) return rc;
        }
        (bool selected, string path, string name)[] legacy =
        [
            (options.Families.Ipx > 0, "ipx/socket", "AF IPX"),
            (options.Families.Ax25 > 0, "ax25", "AF AX25"),
            (options.Families.X25 > 0, "x25", "AF X25"),
            (options.Families.Netrom > 0, "nr", "AF NETROM"),
            (options.Families.Rose > 0, "rose", "AF ROSE"),
        ];
        foreach (var (selected, path, name) in legacy)
        {
            if (explicitSelection && !selected)
                continue;
            if ((rc = LegacyFamily(path, name)) != 0) return rc;
        }
        if (options.L2cap + options.Rfcomm > 0)
        {
            streams.Error.Write(Catalog.T("netstat: feature `AF BLUETOOTH' not supported.\nPlease recompile `net-tools' with newer kernel source or full configuration.\n"));
            rc = 1;
        }
        return rc;
    }

    private void LoadOwners()
    {
        // A --pid or --program filter needs the owners even when -p does not print them.
        if ((options.Programs == 0 && _filter?.NeedsProcesses != true) || _owners is not null)
            return;
        _owners = scanner.Scan(renderer.WantsAllHolders);
        if (options.Programs == 0)
        {
            if (_owners.ProcUnreadable || _owners.AccessDenied)
                streams.Error.Write(Catalog.T("(Not all processes could be identified: --pid and --program see only your own processes.)\n"));
            return;
        }
        renderer.Owners(_owners);
        if (_owners.ProcUnreadable || (_owners.AccessDenied && _owners.Count == 0))
            streams.Error.Write(Catalog.T("(No info could be read for \"-p\": geteuid()={0} but you should be root.)\n", ((int)Cli.Interop.Libc.GetEuid()).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        else if (_owners.AccessDenied)
            streams.Error.Write(Catalog.T("(Not all processes could be identified, non-owned process info\n will not be shown, you would have to be root to see it all.)\n"));
    }

    /// <summary>
    /// What net-tools does when a table cannot be opened: ENOENT/EACCES are "no support" (an
    /// error only when the table was asked for), anything else is perror and status 255.
    /// </summary>
    private int MissingTable(string path, int errno, string name)
    {
        if (errno != Cli.Interop.Libc.ENOENT && errno != Cli.Interop.Libc.EACCES)
        {
            streams.Error.Write($"{path}: {Catalog.SystemError(errno)}\n");
            return 255;
        }
        if (options.ImplicitProtocols)
            return 0;
        if (options.ExplicitSelection || options.Verbose)
            streams.Error.Write(Catalog.T("netstat: no support for `{0}' on this system.\n", name));
        return options.ExplicitSelection ? 1 : 0;
    }

    private int InetTable(SocketProtocol protocol, string name)
    {
        int rc = 0;
        bool inet = !options.ExplicitSelection || options.Families.Inet > 0, inet6 = !options.ExplicitSelection || options.Families.Inet6 > 0;
        var query = Query(protocol);
        // Both families: one kernel walk may serve the two tables.
        var pair = inet && inet6 ? tables.OpenInetPair(protocol, query) : null;
        if (inet)
        {
            using var cursor = pair is null ? tables.OpenInet(protocol, AddressFamily.InterNetwork, query, out int errno) : pair.OpenIPv4(out errno);
            if (cursor is null)
            {
                rc = MissingTable(tables.FileOf(protocol, AddressFamily.InterNetwork), errno, name);
                if (rc == 255)
                    return rc;
            }
            else
            {
                Rows(cursor, protocol);
                if (cursor.ReadError != 0)
                    return ReadFailed(tables.FileOf(protocol, AddressFamily.InterNetwork), cursor.ReadError);
            }
        }
        if (inet6)
        {
            using var cursor = pair is null ? tables.OpenInet(protocol, AddressFamily.InterNetworkV6, query, out _) : pair.OpenIPv6(out _);
            if (cursor is not null)
            {
                Rows(cursor, protocol);
                if (cursor.ReadError != 0)
                    return ReadFailed(tables.FileOf(protocol, AddressFamily.InterNetworkV6), cursor.ReadError);
            }
        }
        return rc;
    }

    /// <summary>
    /// Ask the kernel only for what will be printed: TCP servers are exactly the listeners
    /// (remote port 0), so -l needs LISTEN alone and the default listing everything else.
    /// UDP and raw "servers" depend on the remote address, which no state expresses.
    /// </summary>
    private InetTableQuery Query(SocketProtocol protocol)
    {
        uint states = InetTableQuery.AllStates;
        if (protocol == SocketProtocol.Tcp && options.All == 0)
            states = options.Listening > 0 ? InetTableQuery.ListenOnly : InetTableQuery.AllStates & ~InetTableQuery.ListenOnly;
        return new InetTableQuery
        {
            States = states,
            ExactTimers = options.Timers > 0,
            Filter = _filter,
        };
    }

    private void Rows(ITableCursor<InetSocket> cursor, SocketProtocol protocol)
    {
        var filter = _filter;
        bool all = options.All > 0, listening = options.Listening > 0;
        while (true)
        {
            var outcome = cursor.Next(out var socket);
            if (outcome == ReadOutcome.End)
                return;
            if (outcome == ReadOutcome.Malformed)
            {
                streams.Error.Write(protocol switch
                {
                    SocketProtocol.Tcp => Catalog.T("warning, got bogus tcp line.\n"),
                    SocketProtocol.Raw => Catalog.T("warning, got bogus raw line.\n"),
                    _ => Catalog.T("warning, got bogus udp line.\n"),
                });
                continue;
            }
            if (!all && socket.IsServer != listening)
                continue;
            var owner = _owners?.Find(socket.Inode);
            if (filter is not null && !filter.Matches(socket, owner))
                continue;
            renderer.InternetRow(socket, owner);
        }
    }

    private int UnixTable()
    {
        renderer.BeginUnix();
        using var cursor = tables.OpenUnix(out int errno);
        if (cursor is null)
            return MissingTableUnix(errno);
        bool all = options.All > 0, listening = options.Listening > 0, none = _noUnixRow;
        var filter = _filter;
        while (true)
        {
            var outcome = cursor.Next(out var socket);
            if (outcome == ReadOutcome.End)
                return cursor.ReadError == 0 ? 0 : ReadFailed(tables.Proc.Net("unix"), cursor.ReadError);
            if (outcome == ReadOutcome.Malformed)
            {
                streams.Error.Write(Catalog.T("warning, got bogus unix line.\n"));
                continue;
            }
            // A port, address or user constraint keeps no UNIX row; the table is still read
            // for its header, warnings and read errors.
            if (none || (!all && socket.IsServer != listening))
                continue;
            var owner = _owners?.Find(socket.Inode);
            if (filter is not null && !filter.Matches(socket, owner))
                continue;
            renderer.UnixRow(socket, owner);
        }
    }

    /// <summary>
    /// A table that opened but cannot be read (a directory in its place, an I/O error): net-tools
    /// loops forever on it; we say which file failed, as perror would, and stop like its open errors.
    /// </summary>
    private int ReadFailed(string path, int errno)
    {
        streams.Error.Write($"{path}: {Catalog.SystemError(errno)}\n");
        return 255;
    }

    private int MissingTableUnix(int errno)
    {
        if (errno != Cli.Interop.Libc.ENOENT && errno != Cli.Interop.Libc.EACCES)
        {
            streams.Error.Write($"/proc/net/unix: {Catalog.SystemError(errno)}\n");
            return 255;
        }
        if (options.ExplicitSelection || options.Verbose)
            streams.Error.Write(Catalog.T("netstat: no support for `{0}' on this system.\n", "AF UNIX"));
        return options.ExplicitSelection ? 1 : 0;
    }

    private int Sctp()
    {
        // net-tools reads endpoints only for -a/-l and associations unless -l alone; each
        // missing table is its own "no support" (so -av reports SCTP twice).
        int rc = 0;
        if (options.All > 0 || options.Listening > 0)
            rc = SctpTable("eps");
        if (rc == 0 && !(options.Listening > 0 && options.All == 0))
            rc = SctpTable("assocs");
        return rc;
    }

    private int SctpTable(string name)
    {
        if (!options.ExplicitSelection || options.Families.Inet > 0)
        {
            string path = tables.Proc.Net("sctp/" + name);
            if (File.Exists(path))
                return 0; // SCTP rows themselves are not listed yet
            return MissingTable(path, Cli.Interop.Libc.ENOENT, "AF INET (sctp)");
        }
        return 0;
    }

    private int LegacyFamily(string file, string name)
    {
        if (File.Exists(tables.Proc.Net(file)))
            return 0;
        if (options.ExplicitSelection || options.Verbose)
            streams.Error.Write(Catalog.T("netstat: no support for `{0}' on this system.\n", name));
        return options.ExplicitSelection ? 1 : 0;
    }
}
