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
    /// /proc; the environment variable NETSTAT_NO_NETLINK=1 turns it off.
    /// </summary>
    public bool UseNetlink { get; init; } = paths.Root == "/proc" && Environment.GetEnvironmentVariable("NETSTAT_NO_NETLINK") != "1";

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
        if (UseNetlink && !query.ExactTimers && protocol != SocketProtocol.Raw)
        {
            // Where the procfs table is missing or unreadable (a container, a restricted /proc),
            // net-tools reports it: say the same, whatever netlink could still show.
            if (Interop.Libc.Access(FileOf(protocol, family), Interop.Libc.R_OK) != 0)
            {
                errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
                return null;
            }
            var cursor = Netlink.InetDiagCursor.TryStart(protocol, family, query.States,
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
    /// Opens the UNIX socket table; null with the errno when it cannot be read. The rows come
    /// from /proc/net/unix (its RefCnt column exists nowhere else); with netlink, names that
    /// contain newlines are taken whole from unix_diag, so they cannot split or forge rows.
    /// </summary>
    public ITableCursor<UnixSocket>? OpenUnix(out int errno)
    {
        var file = ProcFile.TryOpen(paths.Net("unix"), out errno);
        if (file is null)
            return null;
        var names = UseNetlink ? Netlink.UnixDiagNames.ReadMultiLineNames() : null;
        return new ProcUnixSocketCursor(file, names);
    }
}
