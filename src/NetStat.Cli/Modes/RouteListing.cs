using NetStat.Cli.CommandLine;
using NetStat.Cli.Localization;
using NetStat.Cli.Output;
using NetStat.Cli.Rendering;
using NetStat.Kernel;
using NetStat.Names;
using NetStat.Records;

namespace NetStat.Cli.Modes;

/// <summary>
/// The routing table mode (-r): net-tools' route_info over the address family list, with the
/// IPv4 FIB and cache, the IPv6 table, the legacy families' messages and all exit statuses.
/// Reading and selecting rows happen here; the renderer only formats.
/// </summary>
internal sealed class RouteListing(NetstatOptions options, StandardStreams streams, IRouteTables tables, ProcPaths proc, HostNames hosts, IRouteRenderer renderer, Func<bool>? stderrUsed = null)
{
    private readonly LegacyRouteTables _legacy = new(streams.Out);

    // net-tools' messages that it prints on stdout; stderr when stdout carries a JSON document.
    private readonly TextOutput _messages = renderer.StdoutIsDocument ? streams.Error : streams.Out;

    private const int ENOENT = 2;
    private const int EINVAL = 22;
    private const int ERANGE = 34;

    // What errno holds in net-tools at this point, for the one message that prints it stale:
    // ENOENT from start-up, ERANGE after strtol overflowed on a row, 0 after a name lookup.
    private int _errno = ENOENT;

    public NetstatOptions Options => options;

    /// <summary>net-tools' detail level: -e counts swapped 1↔2, then the low two bits (no -e = 2, -eee = 0).</summary>
    private int Ext
    {
        get
        {
            int e = options.Extend;
            e = e == 2 ? 1 : e == 1 ? 2 : e;
            return e & 3;
        }
    }

    private bool Fib => options.Fib || !options.Cache;

    /// <summary>Runs one pass over the family list; the exit status.</summary>
    public int RunPass()
    {
        string list = options.Families.List;
        if (list.Length == 0)
            list = "inet";
        foreach (string family in list.Split(','))
        {
            if (family.Length == 0)
                continue;
            int rc;
            switch (family)
            {
                case "inet": rc = Inet(); break;
                case "inet6": rc = Inet6(); break;
                case "ax25": rc = Ax25(); break;
                case "netrom": rc = Netrom(); break;
                case "rose": rc = Rose(); break;
                case "ipx": rc = Ipx(); break;
                case "ddp": rc = Ddp(); break;
                case "x25": rc = X25(); break;
                case "unix" or "ec" or "ash":
                    streams.Error.Write(Catalog.T("No routing for address family `{0}'.\n", family));
                    return 3;
                default:
                    streams.Error.Write(Catalog.T("Address family `{0}' not supported.\n", family));
                    return 3;
            }
            if (rc != 0)
                return rc;
        }
        return 0;
    }

    private int Inet()
    {
        int rc = 0;
        if (Fib && (rc = InetFib()) != 0)
            return rc;
        if (options.Cache)
            rc = InetCache();
        return rc;
    }

    private bool Numeric => options.NumericHosts || options.Symbolic;

    private int InetFib()
    {
        using var cursor = tables.OpenIpv4(out int errno);
        if (cursor is null)
            return NotConfigured(tables.Ipv4Name, errno, Catalog.T("INET (IPv4) not configured in this system.\n"));
        int ext = Ext;
        renderer.BeginIpv4Fib(ext);
        if (cursor.Empty)
            return 1;
        if (cursor.MissingColumn is string missing)
        {
            streams.Error.Write(Catalog.T("warning: {0} does not contain required field {1}\n", tables.Ipv4Name, missing));
            return 1;
        }
        PrintRows(cursor, malformedToo: false, static route => (route.Flags & RouteFlags.Up) != 0, route => renderer.Ipv4FibRow(route, ext));
        return 0;
    }

    private int InetCache()
    {
        using var cursor = tables.OpenIpv4Cache(out int errno);
        if (cursor is null)
            return NotConfigured(tables.Ipv4CacheName, errno, Catalog.T("INET (IPv4) not configured in this system.\n"));
        int ext = Ext;
        if (cursor.Layout == -1)
        {
            // net-tools prints the title, then perror()s with whatever errno is left and exit(-1)s.
            if (!renderer.StdoutIsDocument)
            {
                streams.Out.Write(Catalog.T("Kernel IP routing cache"));
                streams.Out.Write("\n"u8);
            }
            Perror(tables.Ipv4CacheName, cursor.ReadError != 0 ? cursor.ReadError : _errno);
            return 255;
        }
        renderer.BeginIpv4Cache(ext, cursor.Layout);
        if (cursor.MissingColumn is string missing)
        {
            // net-tools goes on with no format: harmless without rows, a crash with them.
            streams.Error.Write(Catalog.T("warning: {0} does not contain required field {1}\n", tables.Ipv4CacheName, missing));
            return 0;
        }
        int layout = cursor.Layout;
        PrintRows(cursor, malformedToo: false, static _ => true, route => renderer.Ipv4CacheRow(route, ext, layout));
        return 0;
    }

    private int Inet6()
    {
        int rc = 0;
        if (Fib && (rc = Inet6Table(cache: false)) != 0)
            return rc;
        // net-tools shows the neighbour cache of /proc/net/ndisc (gone since Linux 2.2) and
        // otherwise falls back to the RTF_CACHE entries of the route table.
        if (options.Cache && (rc = Inet6Table(cache: true)) != 0)
            return rc;
        return rc;
    }

    private int Inet6Table(bool cache)
    {
        using var cursor = tables.OpenIpv6(out int errno);
        if (cursor is null)
            return NotConfigured(tables.Ipv6Name, errno, Catalog.T("INET6 (IPv6) not configured in this system.\n"));
        renderer.BeginIpv6(cache);
        // net-tools prints garbled rows too, with the values it kept from the row before.
        PrintRows(cursor, malformedToo: true, route => ((route.Flags & RouteFlags.Cache) != 0) == cache, route => renderer.Ipv6Row(route));
        return 0;
    }

    private int Ax25()
    {
        using var file = FgetsReader.TryOpen(proc.Net("ax25_route"), out int errno);
        if (file is null)
            return NotConfigured(proc.Net("ax25_route"), errno, Catalog.T("AX.25 not configured in this system.\n"));
        if (renderer.StdoutIsDocument)
            return NoDocumentForm("AX.25");
        _legacy.Ax25(file);
        return 0;
    }

    private int Netrom()
    {
        using var nodesFile = FgetsReader.TryOpen(proc.Net("nr_nodes"), out int nodesErrno);
        bool neighbours = TryOpen("nr_neigh", out int neighboursErrno);
        if (nodesFile is not null && neighbours)
        {
            if (renderer.StdoutIsDocument)
                return NoDocumentForm("NET/ROM");
            _legacy.Netrom(nodesFile, () => FgetsReader.TryOpen(proc.Net("nr_neigh"), out _));
            return 0;
        }
        // Both opens happen first; perror() then prints whatever errno holds. glibc's perror on a
        // stderr nothing was written to yet tries fdopen(dup(2), "w+"), which fails with EINVAL
        // when stderr is not open for reading and writing (a pipe, a file): the second message shows it.
        int errno = neighbours ? nodesErrno : neighboursErrno;
        if (nodesFile is null)
        {
            bool unused = stderrUsed is null || !stderrUsed();
            Perror(proc.Net("nr_nodes"), errno);
            if (unused && (Cli.Interop.Libc.Fcntl(2, Cli.Interop.Libc.F_GETFL) & Cli.Interop.Libc.O_ACCMODE) != Cli.Interop.Libc.O_RDWR)
                errno = EINVAL;
        }
        if (!neighbours)
            Perror(proc.Net("nr_neigh"), errno);
        _messages.Write(Catalog.T("NET/ROM not configured in this system.\n"));
        return 1;
    }

    private int Rose()
    {
        TryOpen("rose_neigh", out _);
        using var nodes = FgetsReader.TryOpen(proc.Net("rose_nodes"), out int errno);
        if (nodes is null)
        {
            Perror(proc.Net("rose_nodes"), errno);
            streams.Error.Write(Catalog.T("ROSE not configured in this system.\n"));
            return 1;
        }
        if (renderer.StdoutIsDocument)
            return NoDocumentForm("ROSE");
        _legacy.Rose(nodes, () => FgetsReader.TryOpen(proc.Net("rose_neigh"), out _));
        return 0;
    }

    private int Ipx()
    {
        if (TryOpen("ipx/route", out _) || TryOpen("ipx_route", out int errno))
            return NotImplementedTable("IPX");
        streams.Error.Write(Catalog.SystemError(errno) + "\n");
        _messages.Write(Catalog.T("IPX routing not in file {0} or {1} found.\n", proc.Net("ipx/route"), proc.Net("ipx_route")));
        return 1;
    }

    private int Ddp()
    {
        using var file = FgetsReader.TryOpen(proc.Net("atalk_route"), out int errno);
        if (file is null)
        {
            Perror(Catalog.T("Error opening {0}", proc.Net("atalk_route")), errno);
            streams.Error.Write(Catalog.T("DDP (AppleTalk) not configured on this system.\n"));
            return 1;
        }
        if (renderer.StdoutIsDocument)
            return NoDocumentForm("AppleTalk (DDP)");
        _legacy.Ddp(file);
        return 0;
    }

    private int X25()
    {
        using var file = FgetsReader.TryOpen(proc.Net("x25/route"), out _) ?? FgetsReader.TryOpen(proc.Net("x25_routes"), out _);
        if (file is not null)
        {
            if (renderer.StdoutIsDocument)
                return NoDocumentForm("X.25");
            _legacy.X25(file);
            return 0;
        }
        _messages.Write(Catalog.T("X.25 not configured in this system.\n"));
        return 1;
    }

    /// <summary>
    /// The IPX table exists only with the ipx module (removed from Linux in 4.18); its printer,
    /// with net-tools' IPX address parsing, is not reproduced. Say so plainly rather than print
    /// something net-tools would not.
    /// </summary>
    private int NotImplementedTable(string family)
    {
        streams.Error.Write(Catalog.T("netstat: the {0} routing table is not supported by this netstat.\n", family));
        return 1;
    }

    /// <summary>
    /// A legacy family's table under --json: net-tools' text form is all there is (its columns are
    /// cut from fixed offsets of kernel lines, not parsed into values), and text must not enter
    /// the document. Refused like a table that cannot be read: one line, status 1, the run ends.
    /// </summary>
    private int NoDocumentForm(string family)
    {
        streams.Error.Write(Catalog.T("netstat: --json: the {0} routing table has no JSON form (run without --json to see it)\n", family));
        return 1;
    }

    /// <summary>
    /// Prints the rows <paramref name="wanted"/> accepts (malformed ones too when net-tools prints
    /// them), keeping <see cref="_errno"/> as net-tools leaves it: ERANGE after a conversion
    /// overflowed, 0 after a name lookup went to the library.
    /// </summary>
    private void PrintRows<T>(IRouteCursor<T> cursor, bool malformedToo, Func<T, bool> wanted, Action<T> print)
    {
        int ranges = cursor.RangeErrors;
        while (true)
        {
            var outcome = cursor.Next(out T row);
            if (cursor.RangeErrors != ranges)
            {
                ranges = cursor.RangeErrors;
                _errno = ERANGE;
            }
            if (outcome == ReadOutcome.End)
                break;
            if ((outcome == ReadOutcome.Row || malformedToo) && wanted(row))
            {
                int lookups = hosts.LibraryLookups;
                print(row);
                if (hosts.LibraryLookups != lookups)
                    _errno = 0;
            }
        }
    }

    /// <summary>A table that cannot be opened: perror, net-tools' "not configured" line on stdout, status 1.</summary>
    private int NotConfigured(string path, int errno, string message)
    {
        Perror(path, errno);
        _messages.Write(message);
        return 1;
    }

    private bool TryOpen(string name, out int errno)
    {
        using var file = ProcFile.TryOpen(proc.Net(name), out errno);
        return file is not null;
    }

    private void Perror(string prefix, int errno) =>
        streams.Error.Write($"{prefix}: {Catalog.SystemError(errno)}\n");
}
