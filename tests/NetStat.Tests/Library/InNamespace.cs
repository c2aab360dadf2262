using NetStat.Kernel;
using NetStat.Tables;

namespace NetStat.Tests.Library;

/// <summary>
/// Runs library calls inside a namespace world the way docs/library.md tells a caller to:
/// <see cref="NetworkNamespace.OpenByName"/> and <see cref="NetworkNamespace.Run{T}"/>, which
/// enters the namespace on the calling thread, hands the body the /proc paths that show it, and
/// returns the thread to its own namespace afterwards.
/// </summary>
internal static class InNamespace
{
    /// <summary>A socket table read through <paramref name="proc"/>, through netlink as the live /proc would be read.</summary>
    public static SocketTable Sockets(ProcPaths proc, bool netlink = true) =>
        new(new SocketTables(proc) { UseNetlink = netlink }, ProcessScanner.Default);

    public static T Run<T>(string netns, Func<ProcPaths, T> body)
    {
        using var ns = NetworkNamespace.OpenByName(netns);
        return ns.Run(body);
    }
}
