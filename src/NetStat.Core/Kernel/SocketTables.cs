using System.Net.Sockets;
using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>Opens the kernel's socket tables.</summary>
public sealed class SocketTables(ProcPaths paths)
{
    /// <summary>Where the tables are read from.</summary>
    public ProcPaths Proc => paths;

    /// <summary>Tables of the running kernel.</summary>
    public static SocketTables Default { get; } = new(ProcPaths.Default);

    /// <summary>The procfs file that holds a table.</summary>
    public string FileOf(SocketProtocol protocol, AddressFamily family)
    {
        string name = protocol switch
        {
            SocketProtocol.Tcp => "tcp",
            SocketProtocol.Udp => "udp",
            SocketProtocol.UdpLite => "udplite",
            SocketProtocol.Raw => "raw",
            _ => "unix",
        };
        return paths.Net(family == AddressFamily.InterNetworkV6 && protocol != SocketProtocol.Unix ? name + "6" : name);
    }

    /// <summary>
    /// Whether TCP, UDP and UDP-Lite are read through NETLINK_SOCK_DIAG (fast, and linear where
    /// /proc/net/udp is quadratic) instead of the /proc/net text. On by default for the live
    /// /proc and the calling thread's own tables; off for another process's /proc/PID/net (a
    /// netlink socket answers for the namespace it is made in, not for that one); the
    /// environment variable NETSTAT_NO_NETLINK=1 turns it off.
    /// </summary>
    public bool UseNetlink { get; init; } = paths.Root == "/proc" && paths.NetDirectory is "/proc/net" or "/proc/self/net" or "/proc/thread-self/net"
        && Environment.GetEnvironmentVariable("NETSTAT_NO_NETLINK") != "1";

    /// <summary>Opens an Internet socket table; null with the errno when it cannot be read.</summary>
    public ITableCursor<InetSocket>? OpenInet(SocketProtocol protocol, AddressFamily family, out int errno) =>
        OpenInet(protocol, family, InetTableQuery.All, out errno);

    /// <summary>
    /// Opens an Internet socket table for <paramref name="query"/>: through netlink when it can
    /// give every field the query needs, otherwise (and when netlink is unavailable) from /proc.
    /// Null with the errno when the table cannot be read at all.
    /// </summary>
    public ITableCursor<InetSocket>? OpenInet(SocketProtocol protocol, AddressFamily family, InetTableQuery query, out int errno)
    {
        if (UsesNetlink(protocol, query))
        {
            if (!Readable(protocol, family, out errno))
                return null;
            if (SockstatCounts.Empty(paths, protocol, family == AddressFamily.InterNetwork, family == AddressFamily.InterNetworkV6))
                return EmptyCursor<InetSocket>.Instance;
            var cursor = Netlink.InetDiagCursor.TryStart(protocol, family, KernelStates(protocol, query),
                query.Filter is null ? null : Netlink.InetDiagBytecode.Compile(query.Filter, protocol, family));
            if (cursor is not null)
            {
                errno = 0;
                return cursor;
            }
        }
        var file = ProcFile.TryOpen(FileOf(protocol, family), out errno);
        return file is null ? null : new ProcInetSocketCursor(file, protocol, family);
    }

    /// <summary>
    /// Prepares to read a protocol's IPv4 table and then its IPv6 table, as netstat lists them.
    /// Where it can (TCP through netlink, no filter program), the kernel walks its TCP hash tables
    /// once for both instead of once per family, and the IPv6 rows wait in a bounded buffer.
    /// </summary>
    public InetTablePair OpenInetPair(SocketProtocol protocol, InetTableQuery query) => new(this, protocol, query);

    /// <summary>
    /// The idiag_states a dump asks for: the query's states, narrowed by its filter's states
    /// (a superset of them: the caller still checks each row), for the command and the library alike.
    /// </summary>
    internal static uint KernelStates(SocketProtocol protocol, InetTableQuery query) =>
        query.Filter?.States is { } wanted && protocol != SocketProtocol.Raw ? query.States & wanted.KernelStates(protocol) : query.States;

    internal bool UsesNetlink(SocketProtocol protocol, InetTableQuery query) =>
        UseNetlink && !query.ExactTimers && protocol != SocketProtocol.Raw;

    /// <summary>
    /// Where the procfs table is missing or unreadable (a container, a restricted /proc),
    /// net-tools reports it: netlink readers say the same, whatever netlink could still show.
    /// </summary>
    internal bool Readable(SocketProtocol protocol, AddressFamily family, out int errno)
    {
        errno = Interop.Libc.Access(FileOf(protocol, family), Interop.Libc.R_OK) != 0
            ? System.Runtime.InteropServices.Marshal.GetLastPInvokeError()
            : 0;
        return errno == 0;
    }

    /// <summary>
    /// Opens the UNIX socket table; null with the errno when it cannot be read. The rows come
    /// from /proc/net/unix (its RefCnt column exists nowhere else); with netlink, names that
    /// contain newlines are taken whole from unix_diag, so they cannot split or forge rows.
    /// </summary>
    public ITableCursor<UnixSocket>? OpenUnix(out int errno)
    {
        var file = ProcFile.TryOpen(paths.Net("unix"), out errno);
        if (file is null)
            return null;
        using var dump = UseNetlink ? Netlink.UnixDiagNames.Start() : null;
        return new ProcUnixSocketCursor(file, dump is null ? null : CollectWhileReading(dump, file));
    }

    /// <summary>Beyond this much of /proc/net/unix read ahead, waiting for the names costs less memory.</summary>
    private const int UnixReadAheadLimit = 4 << 20;

    /// <summary>
    /// The kernel writes /proc/net/unix and the unix_diag dump about as slowly: on a big table
    /// the dump is read on a thread of its own while this one reads the file ahead (bounded),
    /// so the two overlap. A small table (one read reaches its end) costs no thread.
    /// </summary>
    private static Dictionary<ulong, byte[]>? CollectWhileReading(Netlink.NetlinkDump dump, ProcFile file)
    {
        if (file.ReadAhead(static () => true, 64 * 1024))
            return Netlink.UnixDiagNames.Collect(dump);
        Dictionary<ulong, byte[]>? names = null;
        var worker = new Thread(() =>
        {
            // Nothing may escape a thread of ours: without the names the rows are read as
            // /proc/net/unix alone gives them, as when netlink is unavailable.
            try { names = Netlink.UnixDiagNames.Collect(dump); }
            catch (Exception) { names = null; }
        }, 256 * 1024) { IsBackground = true };
        try
        {
            worker.Start();
        }
        catch (Exception e) when (e is OutOfMemoryException or ThreadStartException)
        {
            // No thread to be had (a process or memory limit): collect them here, one after the other.
            return Netlink.UnixDiagNames.Collect(dump);
        }
        file.ReadAhead(() => worker.IsAlive, UnixReadAheadLimit);
        worker.Join();
        return names;
    }
}
